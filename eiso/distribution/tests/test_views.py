"""Pages of distribution: permission matrix (denied writes change nothing), the status list with
its filters and Excel export, the review outcome form, and query counts at two sizes."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from eiso.distribution import services
from eiso.distribution.models import Acknowledgement, AckState, DistributionTarget, ReviewTask
from eiso.distribution.my_work import acknowledgements_section, reviews_section
from eiso.distribution.tests.seed import bulk_documents, bulk_people, make_effective_document
from eiso.documents.models import Document
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

READERS = {"admin", "province_admin", "dost", "inspector", "head", "iso", "unit_head", "auditor"}
MANAGERS = {"admin", "province_admin", "head", "iso", "unit_head"}


@pytest.fixture
def document(personas, django_capture_on_commit_callbacks):
    return make_effective_document(personas, django_capture_on_commit_callbacks)


def _acks():
    return list(
        Acknowledgement.objects.order_by("id").values_list("id", "state", "acknowledged_at")
    )


def test_index_matrix(personas, client):
    url = reverse("distribution:index")
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=set(personas.names()))


def test_document_page_matrix(personas, client, document):
    url = reverse("distribution:document", args=[document.pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS | {"staff"})
    check_matrix(
        personas, client, request=lambda c, p: c.get(url + "?format=xlsx"), allowed=READERS
    )


def test_distribution_edit_matrix(personas, client, document):
    world = personas.world
    url = reverse("distribution:distribution_edit", args=[document.pk])
    state = lambda: (  # noqa: E731
        list(DistributionTarget.objects.order_by("id").values_list("unit_id", "user_id")),
        _acks(),
    )

    def post(c, p):
        return c.post(url, {"units": [str(world.division.pk)], "users": [str(personas.iso.pk)]})

    check_matrix(personas, client, request=post, allowed=MANAGERS, state=state)
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=MANAGERS)
    assert set(DistributionTarget.objects.values_list("unit_id", "user_id")) == {
        (world.division.pk, None),
        (None, personas.iso.pk),
    }


def test_acknowledge_matrix_only_the_person_asked(personas, client, document):
    row = Acknowledgement.objects.get(user=personas.staff, edition=document.effective_edition)
    url = reverse("distribution:acknowledge", args=[row.pk])
    check_matrix(personas, client, request=lambda c, p: c.post(url), allowed={"staff"}, state=_acks)
    row.refresh_from_db()
    assert row.state == AckState.ACKNOWLEDGED
    # GET never changes anything.
    client.force_login(personas.head)
    head_row = Acknowledgement.objects.get(user=personas.head)
    assert client.get(reverse("distribution:acknowledge", args=[head_row.pk])).status_code == 405


def test_review_task_matrix(personas, client, document):
    task = services.review_task_open(
        document=document, due_date=dt.date(2026, 12, 15), reason="Định kỳ", kind="other"
    )
    url = reverse("distribution:review_task", args=[task.pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)

    def post(c, p):
        fresh = services.review_task_open(
            document=document, due_date=dt.date(2026, 12, 15), reason=f"Lần {p}", kind="other"
        )
        return c.post(
            reverse("distribution:review_task", args=[fresh.pk]),
            {"outcome": "no_change", "comment": "Vẫn phù hợp"},
        )

    closed = lambda: list(  # noqa: E731
        ReviewTask.objects.exclude(state="open").order_by("id").values_list("id", "state")
    )
    check_matrix(personas, client, request=post, allowed=MANAGERS, state=closed)
    assert ReviewTask.objects.filter(state="no_change").count() == len(MANAGERS)


def test_review_form_keeps_input_and_names_the_field(personas, client, document):
    task = services.review_task_open(
        document=document, due_date=dt.date(2026, 12, 15), reason="Định kỳ", kind="other"
    )
    client.force_login(personas.iso)
    url = reverse("distribution:review_task", args=[task.pk])
    response = client.post(url, {"outcome": "no_change", "comment": ""})
    assert response.status_code == 200
    assert "Hãy nêu ngắn gọn lý do giữ nguyên tài liệu." in response.text
    response = client.post(url, {"outcome": "", "comment": "Đã đọc lại toàn bộ"})
    assert "Hãy chọn kết quả xem xét." in response.text
    assert "Đã đọc lại toàn bộ" in response.text
    task.refresh_from_db()
    assert task.state == "open"


def test_status_list_filters_counts_and_excel(personas, client, document):
    world = personas.world
    staff_row = Acknowledgement.objects.get(user=personas.staff)
    services.acknowledgement_confirm(actor=personas.staff, acknowledgement=staff_row)
    client.force_login(personas.iso)
    url = reverse("distribution:document", args=[document.pk])
    response = client.get(url)
    total = Acknowledgement.objects.filter(edition=document.effective_edition).count()
    assert response.context["counts"] == {
        "total": total,
        "acknowledged": 1,
        "pending": total - 1,
        "percent": round(100 / total),
    }
    response = client.get(url, {"unit": str(world.division.pk)})
    names = [row.user.full_name for row in response.context["page"]]
    assert sorted(names) == sorted([personas.unit_head.full_name, personas.staff.full_name])
    response = client.get(url, {"state": "pending"})
    assert personas.staff.full_name not in [r.user.full_name for r in response.context["page"]]
    response = client.get(url, {"format": "xlsx", "state": "acknowledged"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == f"{document.code} {document.title}"
    assert rows[3] == (
        "STT",
        "Họ và tên",
        "Đơn vị",
        "Trạng thái",
        "Ngày đề nghị",
        "Thời điểm xác nhận",
    )
    assert rows[4][1:4] == (personas.staff.full_name, world.subdivision.name, "Đã đọc và hiểu")
    assert len(rows) == 5


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _grow(personas, document, size: int, start: int) -> None:
    world = personas.world
    people = bulk_people(world.agency, world.subdivision, size, prefix=f"p{start}-")
    today = timezone.localdate()
    documents = bulk_documents(world.agency, world.division, size, effective_on=today, start=start)
    rows = [
        Acknowledgement(
            edition_id=d.effective_edition_id,
            document=d,
            agency=world.agency,
            user=u,
            unit=world.subdivision,
            requested_on=today,
        )
        for d in [document, *documents]
        for u in [*people, personas.staff, personas.iso]
    ]
    Acknowledgement.objects.bulk_create(rows, ignore_conflicts=True)
    for d in documents:
        services.review_task_open(
            document=d, due_date=today + dt.timedelta(days=5), reason="Định kỳ", kind="other"
        )


def test_query_counts_do_not_grow_with_the_data(personas, client, document):
    _grow(personas, document, 3, 100)
    urls = [
        reverse("distribution:index"),
        reverse("distribution:document", args=[document.pk]),
        reverse("distribution:document", args=[document.pk])
        + f"?unit={personas.world.subdivision.pk}&state=pending",
    ]
    for index, name in enumerate(("iso", "staff", "dost", "unit_head")):
        client.force_login(personas[name])
        [_count(client, url) for url in urls]  # warm the calendar cache
        small = [_count(client, url) for url in urls]
        _grow(personas, document, 14, 200 + 100 * index)
        large = [_count(client, url) for url in urls]
        assert small == large, name
    assert Document.objects.count() > 30


def test_my_work_sections_query_counts(personas, document, django_assert_num_queries):
    _grow(personas, document, 2, 100)
    staff, iso = personas.staff, personas.iso
    acknowledgements_section(staff, None)  # warm the working-day calendar cache
    staff = type(staff).objects.get(pk=staff.pk)
    with CaptureQueriesContext(connection) as small_acks:
        acknowledgements_section(staff, None)
    with CaptureQueriesContext(connection) as small_reviews:
        section = reviews_section(iso, None)
    assert section is not None and section.total == 2
    _grow(personas, document, 14, 200)
    staff = type(staff).objects.get(pk=staff.pk)
    iso = type(iso).objects.get(pk=iso.pk)
    with django_assert_num_queries(len(small_acks)):
        section = acknowledgements_section(staff, None)
    assert section.total == 17 and len(section.items) == 10
    with django_assert_num_queries(len(small_reviews)):
        section = reviews_section(iso, None)
    assert section.total == 16 and len(section.items) == 10
    assert reviews_section(personas.staff, None) is None


def test_review_task_history(personas, client, document):
    task = services.review_task_open(
        document=document, due_date=dt.date(2026, 12, 15), reason="Định kỳ", kind="other"
    )
    services.review_record(actor=personas.iso, task=task, outcome="no_change", comment="Ổn")
    url = reverse("core:history", args=["distribution.reviewtask", str(task.pk)])
    client.force_login(personas.iso)
    response = client.get(url)
    assert response.status_code == 200
    assert "Ghi nhận kết quả xem xét tài liệu" in response.text
    assert "Mở đợt xem xét tài liệu" in response.text
    client.force_login(personas.staff)
    assert client.get(url).status_code == 404


def test_distribution_form_refuses_another_agencys_unit_and_changes_nothing(
    personas, client, document
):
    world = personas.world
    client.force_login(personas.iso)
    url = reverse("distribution:distribution_edit", args=[document.pk])
    before = _acks()
    response = client.post(
        url, {"units": [str(world.other_unit.pk)], "users": [str(personas.other_agency.pk)]}
    )
    assert response.status_code == 200
    assert "Hãy chọn phòng, ban của cơ quan ban hành tài liệu." in response.text
    assert "Hãy chọn người đang làm việc tại cơ quan ban hành tài liệu." in response.text
    assert not DistributionTarget.objects.exists()
    assert _acks() == before
    response = client.post(url, {"units": ["not-a-uuid"]})
    assert response.status_code == 200
    assert not DistributionTarget.objects.exists()


def test_open_a_review_now_matrix_and_bad_input(personas, client, document):
    url = reverse("distribution:review_open", args=[document.pk])
    tasks = lambda: list(ReviewTask.objects.order_by("id").values_list("id", "state"))  # noqa: E731
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, {"due_date": "15/12/2026", "reason": f"Sau đánh giá {p}"}),
        allowed=MANAGERS,
        state=tasks,
    )
    opened = ReviewTask.objects.filter(kind="other", due_date=dt.date(2026, 12, 15))
    assert opened.count() == len(MANAGERS)
    client.force_login(personas.iso)
    before = tasks()
    response = client.post(url, {"due_date": "01/01/2020", "reason": "Khiếu nại của người dân"})
    assert response.status_code == 200
    assert "Hạn không thể là ngày đã qua." in response.text
    assert "Khiếu nại của người dân" in response.text  # what was typed is kept
    response = client.post(url, {"due_date": "31/02/2027", "reason": ""})
    assert "Hãy nêu lý do xem xét tài liệu." in response.text
    assert tasks() == before
    page = client.get(reverse("distribution:document", args=[document.pk]))
    assert page.context["open_form"]["due_date"].value() >= timezone.localdate()
