"""Plans API: who may read what (same rules as the pages), payloads, query counts."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.plans import services
from eiso.plans.models import Plan, PlanTask
from eiso.plans.tests.test_views import AGENCY_PEOPLE, MANAGERS, PROVINCE_READERS, make_draft
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db


def _state():
    return list(Plan.objects.values_list("id", "status").order_by("id")), list(
        PlanTask.objects.values_list("id", "order").order_by("id")
    )


def issued(personas, world):
    plan = make_draft(personas, world, 2025)
    services.plan_update(actor=personas.iso, plan=plan, signer_name="Phạm Văn Giám")
    return services.plan_issue(actor=personas.head, plan=plan, issued_on=dt.date(2025, 2, 3))


def test_matrix_for_every_endpoint(personas, client, world):
    draft = make_draft(personas, world)
    plan = issued(personas, world)
    everyone = set(personas.names(exclude=("anonymous",)))
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get("/api/v1/plans"),
        allowed=everyone,
        state=_state,
        anonymous_statuses=(401,),
    )
    for target, allowed in (
        (draft, MANAGERS | PROVINCE_READERS),
        (plan, MANAGERS | PROVINCE_READERS | AGENCY_PEOPLE),
    ):
        for suffix in ("", "/tasks"):
            url = f"/api/v1/plans/{target.pk}{suffix}"
            check_matrix(
                personas,
                client,
                request=lambda c, p, u=url: c.get(u),
                allowed=allowed,
                state=_state,
                anonymous_statuses=(401,),
            )


def test_payloads(personas, client, world):
    plan = issued(personas, world)
    client.force_login(personas.staff)
    body = client.get("/api/v1/plans?year=2025&status=issued").json()
    assert body["count"] == 1
    assert body["items"][0]["number_symbol"] == "01/KH-SGDĐT"
    assert body["items"][0]["task_count"] == 10
    detail = client.get(f"/api/v1/plans/{plan.pk}").json()
    assert detail["signer_name"] == "Phạm Văn Giám" and detail["archive"] == ["VT", "VP"]
    tasks = client.get(f"/api/v1/plans/{plan.pk}/tasks").json()
    assert [t["order"] for t in tasks["items"]] == list(range(1, 11))
    sixth = tasks["items"][5]
    assert sixth["timeframe"] == "Từ 01/06/2025 đến 30/07/2025"
    assert sixth["lead_unit_id"] == str(world.office.pk) and sixth["status"] == "not_started"
    assert client.get("/api/v1/plans?status=nope").status_code == 422


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_query_counts_do_not_grow(personas, client, world):
    plan = make_draft(personas, world)
    client.force_login(personas.iso)
    plans_small = _count(client, "/api/v1/plans")
    tasks_small = _count(client, f"/api/v1/plans/{plan.pk}/tasks")
    for year in (2021, 2022, 2023):
        make_draft(personas, world, year)
    services.task_add(
        actor=personas.iso,
        plan=plan,
        data=services.TaskData(
            content="Thêm",
            lead_unit=world.division,
            coordinating_units=[world.office],
            due_date=dt.date(2026, 5, 1),
        ),
    )
    assert _count(client, "/api/v1/plans") == plans_small
    assert _count(client, f"/api/v1/plans/{plan.pk}/tasks") == tasks_small
