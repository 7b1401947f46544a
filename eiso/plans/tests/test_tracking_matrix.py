"""Permission matrix of every tracking endpoint: who may, who may not, and that a denied request
changes nothing."""

import datetime as dt

import pytest
from django.urls import reverse

from eiso.plans.models import PlanScope, ProgressUpdate, TaskAssignment
from eiso.plans.tracking import feeds, services
from eiso.plans.tracking.testing import add_task, issued_plan
from eiso.plans.tracking.uploads import in_memory
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

D = dt.date
READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
# Reporters on a task led by the division: the agency's managers and the division's people.
DIVISION_REPORTERS = {"head", "iso", "unit_head", "staff"}
PROVINCE_READERS = {"admin", "province_admin", "dost", "inspector"}


@pytest.fixture
def data(world, personas):
    plan = issued_plan(world.agency, year=2026)
    task = add_task(plan, "Đánh giá nội bộ", due=D(2026, 7, 30), unit=world.division)
    services.progress_report(
        actor=personas.unit_head,
        work=task,
        reported_on=D(2026, 6, 1),
        percent=30,
        evidence=in_memory("ke-hoach.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    wide = issued_plan(world.dost, scope=PlanScope.PROVINCE, title="Kế hoạch toàn tỉnh")
    wide_task = add_task(
        wide, "Duy trì HTQLCL", due=D(2026, 10, 15), agencies=[world.agency, world.other_agency]
    )
    share = TaskAssignment.objects.get(task=wide_task, agency=world.agency)
    return {
        "plan": plan,
        "task": task,
        "wide": wide,
        "wide_task": wide_task,
        "share": share,
        "update": ProgressUpdate.objects.get(),
    }


def progress_state():
    return list(ProgressUpdate.objects.order_by("id").values_list("id", "percent"))


def shares_state():
    return list(TaskAssignment.objects.order_by("id").values_list("id", "lead_unit_id"))


def test_task_page(personas, client, data):
    url = reverse("plans:tracking_task", args=[data["task"].pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_task_report(personas, client, data):
    url = reverse("plans:tracking_task_report", args=[data["task"].pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, {"reported_on": "2026-06-02", "percent": "50"}),
        allowed=DIVISION_REPORTERS,
        state=progress_state,
    )


def test_share_page(personas, client, data):
    url = reverse("plans:tracking_share", args=[data["share"].pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_share_report(personas, client, data):
    url = reverse("plans:tracking_share_report", args=[data["share"].pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, {"reported_on": "2026-06-02", "percent": "50"}),
        allowed={"head", "iso"},
        state=progress_state,
    )


def test_share_unit(personas, client, data, world):
    url = reverse("plans:tracking_share_unit", args=[data["share"].pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, {"unit": str(world.division.pk)}),
        allowed={"head", "iso"},
        state=shares_state,
    )


def test_evidence_download(personas, client, data):
    url = reverse("plans:tracking_evidence", args=[data["update"].pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_board_and_calendar(personas, client, data, world):
    for name in ("plans:tracking_board", "plans:tracking_calendar"):
        url = reverse(name, args=[world.agency.pk])
        check_matrix(personas, client, request=lambda c, p, u=url: c.get(u), allowed=READERS)


def test_timeline_of_an_agency_plan(personas, client, data):
    url = reverse("plans:tracking_timeline", args=[data["plan"].pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_province_pages(personas, client, data):
    wide, wide_task = data["wide"], data["wide_task"]
    urls = [
        reverse("plans:tracking_province", args=[wide.pk]),
        reverse("plans:tracking_province_task", args=[wide.pk, wide_task.pk]),
        reverse("plans:tracking_province_export", args=[wide.pk]),
        reverse("plans:tracking_timeline", args=[wide.pk]),
    ]
    for url in urls:
        check_matrix(
            personas, client, request=lambda c, p, u=url: c.get(u), allowed=PROVINCE_READERS
        )


def test_feed_page(personas, client, data):
    url = reverse("plans:tracking_feed_page")
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url),
        allowed=READERS | {"other_agency", "other_province"},
    )


def test_feed_by_secret_address_and_token(personas, client, data):
    user = personas.unit_head
    good = reverse("plans:tracking_feed", args=[user.pk, feeds.feed_key(user)])
    assert client.get(good).status_code == 200
    wrong = reverse("plans:tracking_feed", args=[user.pk, feeds.feed_key(personas.iso)])
    assert client.get(wrong).status_code == 404
    token_url = reverse("plans:tracking_feed_token")
    assert client.get(token_url, {"token": "eiso_nonsense"}).status_code == 401
    assert client.get(token_url).status_code == 401
