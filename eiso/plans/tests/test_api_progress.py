"""Progress reported through the API: same rights and rules as the task pages."""

import datetime as dt
import json

import pytest

from eiso.plans.models import PlanScope, ProgressUpdate, Rhythm, TaskStatus, TimeframeKind
from eiso.plans.tracking.testing import add_task, issued_plan
from tests.support.matrix import check_matrix

D = dt.date
pytestmark = pytest.mark.django_db


def _post(client, url, **body):
    return client.post(url, data=json.dumps(body), content_type="application/json")


def _state():
    return list(ProgressUpdate.objects.values_list("id", "percent").order_by("id"))


@pytest.fixture
def plan(world):
    return issued_plan(world.agency, year=2026)


def test_matrix_for_task_progress(personas, client, world, plan):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    url = f"/api/v1/plan-tasks/{task.pk}/progress"
    check_matrix(
        personas,
        client,
        request=lambda c, p: _post(c, url, reported_on="2026-11-02", percent=10),
        # The lead unit's people and the agency's managers; readers of the plan get 403,
        # everyone else 404 (the task is not theirs to see).
        allowed={"iso", "head", "unit_head", "staff"},
        state=_state,
        allowed_statuses=(201,),
        denied_statuses=(403, 404),
        anonymous_statuses=(401,),
    )


def test_a_lead_unit_member_reports_and_the_task_completes(personas, client, world, plan):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    client.force_login(personas.unit_head)
    response = _post(
        client,
        f"/api/v1/plan-tasks/{task.pk}/progress",
        reported_on="2026-11-20",
        percent=60,
        note="Đã hoàn thành rà soát",
        done=True,
    )
    assert response.status_code == 201, response.content
    body = response.json()
    update = ProgressUpdate.objects.get()
    assert body == {
        "id": str(update.pk),
        "task_id": str(task.pk),
        "assignment_id": None,
        "occurrence_id": None,
        "reported_on": "2026-11-20",
        "percent": 100,
        "note": "Đã hoàn thành rà soát",
        "status": TaskStatus.DONE,
        "progress": 100,
    }


def test_bad_input_is_a_clear_message_and_nothing_is_saved(personas, client, world, plan):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    client.force_login(personas.iso)
    url = f"/api/v1/plan-tasks/{task.pk}/progress"
    future = _post(client, url, reported_on="2099-01-01", percent=10)
    assert future.status_code == 400
    assert future.json() == {
        "detail": "Ngày báo cáo không được sau ngày hôm nay.",
        "code": "invalid",
        "field": "reported_on",
    }
    too_much = _post(client, url, reported_on="2026-11-02", percent=101)
    assert too_much.status_code == 422
    assert too_much.json()["errors"][0]["field"] == "payload.percent"
    assert not ProgressUpdate.objects.exists()


def test_a_recurring_task_is_reported_per_period(personas, client, world, plan):
    from eiso.plans.tracking import services

    monthly = add_task(
        plan,
        "Báo cáo tháng",
        kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.MONTHLY,
        unit=world.office,
    )
    services.tracking_start(plan=plan)
    client.force_login(personas.iso)
    url = f"/api/v1/plan-tasks/{monthly.pk}/progress"
    whole = _post(client, url, reported_on="2026-02-02", percent=100)
    assert whole.status_code == 400
    assert whole.json()["field"] == "percent"
    january = monthly.occurrences.order_by("period_start").first()
    response = _post(
        client, url, reported_on="2026-02-02", percent=100, occurrence_id=str(january.pk)
    )
    assert response.status_code == 201
    assert response.json()["occurrence_id"] == str(january.pk)
    assert response.json()["status"] == TaskStatus.DONE
    other = issued_plan(world.agency, year=2026)
    foreign = add_task(
        other, "Khác", kind=TimeframeKind.RECURRING, rhythm=Rhythm.MONTHLY, unit=world.office
    )
    services.tracking_start(plan=other)
    stray = foreign.occurrences.first()
    assert (
        _post(
            client, url, reported_on="2026-02-02", percent=5, occurrence_id=str(stray.pk)
        ).status_code
        == 404
    )
    assert ProgressUpdate.objects.count() == 1


def test_an_agency_reports_its_own_share_only(personas, client, world):
    plan = issued_plan(world.dost, scope=PlanScope.PROVINCE, title="Kế hoạch 752/KH-UBND")
    task = add_task(
        plan, "Duy trì HTQLCL", due=D(2026, 10, 15), agencies=[world.agency, world.other_agency]
    )
    mine = task.assignments.get(agency=world.agency)
    theirs = task.assignments.get(agency=world.other_agency)
    client.force_login(personas.iso)
    response = _post(
        client, f"/api/v1/plan-shares/{mine.pk}/progress", reported_on="2026-10-01", percent=100
    )
    assert response.status_code == 201
    assert response.json()["assignment_id"] == str(mine.pk)
    denied = _post(
        client, f"/api/v1/plan-shares/{theirs.pk}/progress", reported_on="2026-10-01", percent=5
    )
    assert denied.status_code in (403, 404)
    assert ProgressUpdate.objects.count() == 1
