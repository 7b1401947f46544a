"""Plan pages: permission matrix for every endpoint (with state), forms keep input on error,
query counts identical at two sizes, htmx fragments."""

import datetime as dt
from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document

from eiso.core.documents import samples
from eiso.plans import services
from eiso.plans.models import Plan, PlanStatus, PlanTask
from eiso.plans.tests.test_excel import xlsx
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

MANAGERS = {"admin", "province_admin", "head", "iso"}
PROVINCE_READERS = {"admin", "province_admin", "dost", "inspector"}
AGENCY_PEOPLE = {"head", "iso", "unit_head", "auditor", "staff"}


def make_draft(personas, world, year=2026) -> Plan:
    return services.plan_create_from_template(actor=personas.iso, agency=world.agency, year=year)


def make_issued(personas, world, year=2025) -> Plan:
    plan = make_draft(personas, world, year)
    services.plan_update(actor=personas.iso, plan=plan, signer_name="Phạm Văn Giám")
    return services.plan_issue(actor=personas.head, plan=plan, issued_on=dt.date(year, 2, 1))


def plans_state():
    return sorted(
        Plan.objects.values_list("id", "status", "title", "number_symbol"), key=str
    ), sorted(PlanTask.objects.values_list("id", "order", "content", "due_date"), key=str)


def test_list_matrix(personas, client, world):
    make_draft(personas, world)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("plans:list")),
        allowed=set(personas.names(exclude=("anonymous",))),
    )


def test_list_shows_drafts_only_to_managers_and_province(personas, client, world):
    draft = make_draft(personas, world)
    issued = make_issued(personas, world)
    client.force_login(personas.staff)
    page = client.get(reverse("plans:list")).content.decode()
    assert str(issued.pk) in page and str(draft.pk) not in page
    client.force_login(personas.inspector)
    page = client.get(reverse("plans:list")).content.decode()
    assert str(issued.pk) in page and str(draft.pk) in page
    client.force_login(personas.other_agency)
    assert str(issued.pk) not in client.get(reverse("plans:list")).content.decode()


def test_detail_and_downloads_matrix(personas, client, world):
    draft = make_draft(personas, world)
    issued = make_issued(personas, world)
    for plan, allowed in (
        (draft, MANAGERS | PROVINCE_READERS),
        (issued, MANAGERS | PROVINCE_READERS | AGENCY_PEOPLE),
    ):
        for url in (
            reverse("plans:detail", args=[plan.pk]),
            reverse("plans:download", args=[plan.pk, "docx"]),
            reverse("plans:tasks_export", args=[plan.pk]),
        ):
            check_matrix(personas, client, request=lambda c, p, u=url: c.get(u), allowed=allowed)


def test_pdf_download(personas, client, world):
    plan = make_issued(personas, world)
    client.force_login(personas.staff)
    response = client.get(reverse("plans:download", args=[plan.pk, "pdf"]))
    assert response["Content-Type"] == "application/pdf"
    assert (
        b"".join(response.streaming_content if response.streaming else [response.content])[:4]
        == b"%PDF"
    )


def _fresh_matrix(personas, client, world, *, url_of, data, allowed, method="post"):
    shared = make_draft(personas, world, 2027)

    def request(c, name):
        plan = make_draft(personas, world) if name in allowed else shared
        return getattr(c, method)(url_of(plan), data(plan) if callable(data) else data)

    check_matrix(personas, client, request=request, allowed=allowed, state=plans_state)


def test_edit_matrix(personas, client, world):
    data = {"title": "Kế hoạch mới", "year": 2026, "appendix_title": "Phụ lục"}
    _fresh_matrix(
        personas,
        client,
        world,
        url_of=lambda p: reverse("plans:edit", args=[p.pk]),
        data=data,
        allowed=MANAGERS,
    )


def task_post(world, **extra):
    return {
        "content": "Tập huấn ISO",
        "lead_unit": world.office.pk,
        "timeframe_kind": "before",
        "due_date": "30/04/2026",
        **extra,
    }


def test_task_add_matrix(personas, client, world):
    _fresh_matrix(
        personas,
        client,
        world,
        url_of=lambda p: reverse("plans:task_add", args=[p.pk]),
        data=task_post(world),
        allowed=MANAGERS,
    )


def test_task_edit_move_delete_matrix(personas, client, world):
    def first(plan):
        return plan.tasks.get(order=1)

    for name, data in (
        ("task_edit", task_post(world)),
        ("task_move", {"direction": "down"}),
        ("task_delete", {}),
    ):
        _fresh_matrix(
            personas,
            client,
            world,
            url_of=lambda p, n=name: reverse(f"plans:{n}", args=[p.pk, first(p).pk]),
            data=data,
            allowed=MANAGERS,
        )


def test_import_matrix(personas, client, world):
    def data(plan):
        return {"file": xlsx(samples.PLAN_187_TASKS), "replace": "on"}

    _fresh_matrix(
        personas,
        client,
        world,
        url_of=lambda p: reverse("plans:task_import", args=[p.pk]),
        data=data,
        allowed=MANAGERS,
    )


def test_issue_matrix_head_and_coordinator(personas, client, world):
    shared = make_draft(personas, world, 2027)
    services.plan_update(actor=personas.iso, plan=shared, signer_name="Phạm Văn Giám")

    def request(c, name):
        plan = shared
        if name in ("head", "iso"):
            plan = make_draft(personas, world, 2026 if name == "head" else 2028)
            services.plan_update(actor=personas.iso, plan=plan, signer_name="Phạm Văn Giám")
        return c.post(reverse("plans:issue", args=[plan.pk]), {"issued_on": "03/02/2026"})

    results = check_matrix(
        personas, client, request=request, allowed={"head", "iso"}, state=plans_state
    )
    assert results["head"] == results["iso"] == 302
    shared.refresh_from_db()
    assert shared.status == PlanStatus.DRAFT


def test_cancel_copy_delete_matrix(personas, client, world):
    _fresh_matrix(
        personas,
        client,
        world,
        url_of=lambda p: reverse("plans:delete", args=[p.pk]),
        data={},
        allowed=MANAGERS,
    )
    issued = make_issued(personas, world)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("plans:copy", args=[issued.pk])),
        allowed=MANAGERS,
        state=plans_state,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("plans:cancel", args=[issued.pk]), {"reason": "Thay"}),
        allowed={"head"},
        state=plans_state,
    )
    issued.refresh_from_db()
    assert issued.status == PlanStatus.CANCELLED


def test_create_matrix(personas, client, world):
    def request(c, name):
        return c.post(
            reverse("plans:create"),
            {"agency": world.agency.pk, "year": 2026, "start": "template"},
        )

    check_matrix(
        personas,
        client,
        request=request,
        allowed=MANAGERS,
        state=plans_state,
        personas_to_check=personas.names(exclude=("dost", "other_agency", "other_province")),
    )
    # They may create plans for their own agencies: the form refuses this one.
    for name in ("dost", "other_agency", "other_province"):
        client.force_login(personas[name])
        count = Plan.objects.count()
        response = request(client, name)
        assert response.status_code == 200 and Plan.objects.count() == count


def test_create_copy_without_last_year_keeps_input(personas, client, world):
    client.force_login(personas.iso)
    response = client.post(
        reverse("plans:create"), {"agency": world.agency.pk, "year": 2031, "start": "copy"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Không có kế hoạch năm 2030 để sao chép." in page
    assert 'value="2031"' in page


def test_copy_from_last_year(personas, client, world):
    last = make_issued(personas, world, 2025)
    client.force_login(personas.iso)
    response = client.post(
        reverse("plans:create"), {"agency": world.agency.pk, "year": 2026, "start": "copy"}
    )
    plan = Plan.objects.get(copied_from=last)
    assert response.status_code == 302 and plan.year == 2026
    assert plan.tasks.get(order=8).due_date == dt.date(2026, 9, 30)


def test_task_form_keeps_input_and_names_the_field(personas, client, world):
    plan = make_draft(personas, world)
    client.force_login(personas.iso)
    data = task_post(
        world,
        timeframe_kind="range",
        start_date="30/07/2026",
        due_date="01/06/2026",
        content="Đánh giá nội bộ đặc biệt",
    )
    response = client.post(reverse("plans:task_add", args=[plan.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ngày kết thúc 01/06/2026 trước ngày bắt đầu 30/07/2026." in page
    assert "Đánh giá nội bộ đặc biệt" in page and 'value="30/07/2026"' in page
    response = client.post(
        reverse("plans:task_add", args=[plan.pk]), task_post(world, lead_unit=world.other_unit.pk)
    )
    assert response.status_code == 200 and plan.tasks.count() == 10


def test_import_errors_are_listed(personas, client, world):
    plan = make_draft(personas, world)
    client.force_login(personas.iso)
    rows = [(1, "Sai", "Phòng X", "", "Trước 10/02/2026")]
    response = client.post(reverse("plans:task_import", args=[plan.pk]), {"file": xlsx(rows)})
    page = response.content.decode()
    assert "Dòng 3, cột “Đơn vị chủ trì”: không có đơn vị “Phòng X”" in page
    assert plan.tasks.count() == 10


def test_htmx_move_returns_the_table(personas, client, world):
    plan = make_draft(personas, world)
    client.force_login(personas.iso)
    task = plan.tasks.get(order=1)
    response = client.post(
        reverse("plans:task_move", args=[plan.pk, task.pk]),
        {"direction": "down"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'id="nhiem-vu"' in response.content.decode()
    assert "<html" not in response.content.decode()
    task.refresh_from_db()
    assert task.order == 2


def test_issued_docx_has_every_task_row(personas, client, world):
    plan = make_issued(personas, world)
    client.force_login(personas.head)
    response = client.get(reverse("plans:download", args=[plan.pk, "docx"]))
    content = b"".join(response.streaming_content) if response.streaming else response.content
    table = Document(BytesIO(content)).tables[2]
    assert len(table.rows) == 11
    assert table.rows[6].cells[1].text == "Đánh giá nội bộ"


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_list_and_task_table_query_counts_do_not_grow(personas, client, world):
    client.force_login(personas.iso)
    plan = make_draft(personas, world)
    make_issued(personas, world)
    list_small = _count(client, reverse("plans:list"))
    detail_small = _count(client, reverse("plans:detail", args=[plan.pk]))
    for year in (2020, 2021, 2022, 2023):
        make_draft(personas, world, year)
    services.task_add(
        actor=personas.iso,
        plan=plan,
        data=services.TaskData(
            content="Thêm",
            lead_unit=world.division,
            coordinating_units=[world.office, world.subdivision],
            due_date=dt.date(2026, 5, 1),
        ),
    )
    assert _count(client, reverse("plans:list")) == list_small
    assert _count(client, reverse("plans:detail", args=[plan.pk])) == detail_small


def test_history_shows_plan_and_task_events(personas, client, world):
    from eiso.core.history import url_for

    plan = make_draft(personas, world)
    task = plan.tasks.get(order=2)
    services.task_update(
        actor=personas.iso,
        task=task,
        data=services.TaskData(
            content="Nội dung mới", lead_unit=world.office, due_date=dt.date(2026, 3, 1)
        ),
    )
    services.task_delete(actor=personas.iso, task=plan.tasks.get(order=10))
    url = url_for(plan)
    assert url
    client.force_login(personas.iso)
    assert "Xóa nhiệm vụ kế hoạch" in client.get(url).content.decode()
    page = client.get(url + "?sub=1").content.decode()
    assert "Sửa nhiệm vụ kế hoạch" in page
    assert "Nội dung mới" in page
    client.force_login(personas.staff)
    assert client.get(url).status_code == 404


def test_dost_creates_a_province_wide_plan_and_exports_the_list(personas, client, world):
    client.force_login(personas.dost)
    response = client.post(
        reverse("plans:create"), {"agency": world.dost.pk, "year": 2026, "start": "template"}
    )
    plan = Plan.objects.get(agency=world.dost)
    assert response.status_code == 302 and plan.scope == "province"
    page = client.get(reverse("plans:task_add", args=[plan.pk])).content.decode()
    assert "Cơ quan thực hiện" in page and "Đơn vị chủ trì" not in page
    response = client.post(
        reverse("plans:task_add", args=[plan.pk]),
        {
            "content": "Duy trì HTQLCL",
            "lead_agency": world.dost.pk,
            "assigned_agencies": [world.agency.pk, world.other_agency.pk],
            "timeframe_kind": "recurring",
            "rhythm": "quarterly",
        },
    )
    assert response.status_code == 302
    assert plan.tasks.get().assignments.count() == 2
    response = client.get(reverse("plans:list") + "?format=xlsx")
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
