"""Excel import (all or nothing, row-by-row errors in Vietnamese) and export parsed back."""

import datetime as dt
from io import BytesIO

import pytest
from openpyxl import Workbook, load_workbook

from eiso.core.documents import samples
from eiso.core.errors import DomainError, PermissionDenied
from eiso.plans import excel, selectors, services
from eiso.plans.models import PlanScope, TimeframeKind

pytestmark = pytest.mark.django_db
HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]


def xlsx(rows, header=HEADER, title=True) -> BytesIO:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append(["PHỤ LỤC CÁC NHIỆM VỤ"])
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    buffer = BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer


@pytest.fixture
def draft(personas, world):
    return services.plan_create(actor=personas.iso, agency=world.agency, year=2022)


def test_seed_appendix_imports_with_every_text(personas, draft):
    count = excel.import_tasks(actor=personas.iso, plan=draft, file=xlsx(samples.PLAN_187_TASKS))
    assert count == 10
    tasks = list(draft.tasks.order_by("order"))
    printed = [
        (str(t.order), t.content, t.lead_text(), t.coordinating_text(), t.timeframe_text())
        for t in tasks
    ]
    assert printed == [tuple(row) for row in samples.PLAN_187_TASKS]
    assert tasks[0].due_date == dt.date(2022, 2, 10)
    assert (tasks[5].start_date, tasks[5].due_date) == (dt.date(2022, 6, 1), dt.date(2022, 7, 30))
    assert tasks[3].timeframe_kind == TimeframeKind.RECURRING
    assert tasks[9].timeframe_kind == TimeframeKind.REGULATORY


def test_units_are_matched_and_timeframe_forms_parsed(personas, draft, world):
    rows = [
        (1, "Tập huấn", "Văn phòng Sở", "Phòng Giáo dục phổ thông; GDPT", "Quý II/2022"),
        (2, "Rà soát", "VP", "Các phòng thuộc Sở", "Tháng 3/2022"),
        (3, "Đánh giá", "Văn phòng Sở", "", "Từ 01/03/2022 đến 30/06/2022"),
        (4, "Báo cáo", "Văn phòng Sở", "", "Thường xuyên (hằng quý)"),
        (5, "Hạn", "Văn phòng Sở", "", dt.datetime(2022, 5, 4)),
    ]
    excel.import_tasks(actor=personas.iso, plan=draft, file=xlsx(rows, title=False))
    first, second, third, fourth, fifth = draft.tasks.order_by("order")
    assert first.lead_unit == world.office and first.lead_label == ""
    assert list(first.coordinating_units.all()) == [world.division]
    assert (first.start_date, first.due_date) == (dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    assert second.lead_unit == world.office and second.lead_label == "VP"
    assert second.coordinating_label == "Các phòng thuộc Sở"
    assert (second.start_date, second.due_date) == (dt.date(2022, 3, 1), dt.date(2022, 3, 31))
    assert third.timeframe_text() == "Từ 01/03/2022 đến 30/06/2022" and not third.timeframe_label
    assert fourth.rhythm == "quarterly"
    assert fifth.due_date == dt.date(2022, 5, 4) and fifth.timeframe_text() == "Trước 04/05/2022"


def test_bad_rows_leave_nothing_saved_and_name_row_and_field(personas, draft):
    services.task_add(
        actor=personas.iso,
        plan=draft,
        data=services.TaskData(
            content="Có sẵn", lead_label="Ban ISO", due_date=dt.date(2022, 3, 1)
        ),
    )
    rows = [
        (1, "Đúng", "Văn phòng Sở", "", "Trước 10/02/2022"),
        (2, "Sai đơn vị", "Phòng X", "", "Trước 10/02/2022"),
        (3, "", "Văn phòng Sở", "", "Sau Tết"),
        (4, "Ngược", "Văn phòng Sở", "", "Từ 30/06/2022 đến 01/03/2022"),
    ]
    with pytest.raises(excel.ImportRejected) as error:
        excel.import_tasks(actor=personas.iso, plan=draft, file=xlsx(rows), replace=True)
    assert error.value.errors[0] == (
        "Dòng 4, cột “Đơn vị chủ trì”: không có đơn vị “Phòng X” trong Sở Giáo dục và Đào tạo."
    )
    assert error.value.errors[1] == "Dòng 5, cột “Nội dung”: ô này đang trống."
    assert error.value.errors[2].startswith("Dòng 5, cột “Thời gian thực hiện”: ")
    assert error.value.errors[3] == (
        "Dòng 6, cột “Thời gian thực hiện”: Ngày kết thúc trước ngày bắt đầu."
    )
    assert list(draft.tasks.values_list("content", flat=True)) == ["Có sẵn"]


def test_not_a_workbook_and_missing_columns(personas, draft):
    with pytest.raises(DomainError) as error:
        excel.import_tasks(actor=personas.iso, plan=draft, file=BytesIO(b"not excel"))
    assert error.value.field == "file"
    with pytest.raises(DomainError) as error:
        excel.import_tasks(
            actor=personas.iso, plan=draft, file=xlsx([(1, "A")], header=["TT", "Nội dung"])
        )
    assert "Đơn vị chủ trì" in str(error.value.message)


def test_import_needs_edit_permission(personas, draft):
    with pytest.raises(PermissionDenied):
        excel.import_tasks(actor=personas.staff, plan=draft, file=xlsx(samples.PLAN_187_TASKS))
    assert not draft.tasks.exists()


def test_province_wide_import_matches_agencies(personas, world):
    plan = services.plan_create(
        actor=personas.dost, agency=world.dost, year=2022, scope=PlanScope.PROVINCE
    )
    header = [*HEADER, "Cơ quan thực hiện"]
    rows = [
        (1, "Duy trì HTQLCL", "SKHCN", "", "Thường xuyên", "Sở Giáo dục và Đào tạo; Sở Y tế"),
        (2, "Báo cáo kết quả", "Sở Khoa học và Công nghệ", "", "Trước 15/10/2022", "SYT"),
    ]
    excel.import_tasks(actor=personas.dost, plan=plan, file=xlsx(rows, header=header))
    first, second = plan.tasks.order_by("order")
    assert first.lead_agency == world.dost
    assert set(first.assignments.values_list("agency__symbol", flat=True)) == {"SGDĐT", "SYT"}
    assert list(second.assignments.values_list("agency__symbol", flat=True)) == ["SYT"]


def test_export_of_task_status_reimports(personas, draft):
    excel.import_tasks(actor=personas.iso, plan=draft, file=xlsx(samples.PLAN_187_TASKS))
    workbook = excel.tasks_workbook(draft, selectors.tasks_of(draft))
    buffer = BytesIO()
    workbook.save(buffer)
    sheet = load_workbook(BytesIO(buffer.getvalue())).active
    rows = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[1][:6] == [*HEADER, "Trạng thái"]
    assert [[str(r[0]), *r[1:5]] for r in rows[2:]] == [list(t) for t in samples.PLAN_187_TASKS]
    assert rows[2][5] == "Chưa thực hiện" and rows[2][6] == 0
    other = services.plan_create(actor=personas.iso, agency=draft.agency, year=2022)
    buffer.seek(0)
    assert excel.import_tasks(actor=personas.iso, plan=other, file=buffer) == 10


def test_plans_export(personas, draft):
    plans = selectors.plans_for_user(personas.iso)
    buffer = BytesIO()
    excel.plans_workbook(plans).save(buffer)
    rows = list(load_workbook(BytesIO(buffer.getvalue())).active.iter_rows(values_only=True))
    assert rows[0][0] == "Cơ quan" and len(rows) == 2
    assert rows[1][:3] == ("Sở Giáo dục và Đào tạo", 2022, None)
    assert rows[1][6] == "Dự thảo"
