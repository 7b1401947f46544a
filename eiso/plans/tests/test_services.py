"""Plan services: permissions, validation messages (Vietnamese), template, copy, lifecycle."""

import datetime as dt

import pytest

from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.plans import services
from eiso.plans.models import Plan, PlanScope, PlanStatus, PlanTask, TimeframeKind
from eiso.plans.services import TaskData

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(personas, world):
    return services.plan_create_from_template(actor=personas.iso, agency=world.agency, year=2026)


def test_template_gives_the_annual_cycle(draft, world):
    tasks = list(draft.tasks.order_by("order"))
    assert len(tasks) == 10
    assert all(t.lead_unit == world.office for t in tasks)
    texts = [t.timeframe_text() for t in tasks]
    assert texts == [
        "Trước 15/02/2026",
        "Tháng 1/2026",
        "Thường xuyên",
        "Thường xuyên (hằng quý)",
        "Quý II/2026",
        "Từ 01/06/2026 đến 30/07/2026",
        "Từ 01/08/2026 đến 15/09/2026",
        "Trước 30/09/2026",
        "Thường xuyên (6 tháng)",
        "Theo quy định",
    ]
    assert "Đánh giá nội bộ" in [t.content for t in tasks]
    assert draft.status == PlanStatus.DRAFT and draft.title.endswith("năm 2026")
    assert draft.recipients[0] == "Sở Khoa học và Công nghệ"
    assert draft.archive == ["VT", "VP"]
    assert AuditEvent.objects.filter(object_id=str(draft.pk), action="plan.create").exists()


def test_staff_and_other_agency_cannot_create(personas, world):
    for user in (personas.staff, personas.unit_head, personas.other_agency, personas.dost):
        with pytest.raises(PermissionDenied):
            services.plan_create(actor=user, agency=world.agency, year=2026)
    assert not Plan.objects.exists()


def test_lead_unit_from_another_agency_is_refused(personas, world, draft):
    data = TaskData(content="Việc", lead_unit=world.other_unit, due_date=dt.date(2026, 3, 1))
    with pytest.raises(DomainError) as error:
        services.task_add(actor=personas.iso, plan=draft, data=data)
    assert error.value.field == "lead_unit"
    assert str(error.value.message) == (
        "Đơn vị chủ trì “Văn phòng Sở” không thuộc Sở Giáo dục và Đào tạo."
    )
    assert draft.tasks.count() == 10


def test_end_date_before_start_is_refused(personas, draft, world):
    data = TaskData(
        content="Đánh giá",
        lead_unit=world.office,
        timeframe_kind=TimeframeKind.RANGE,
        start_date=dt.date(2026, 7, 30),
        due_date=dt.date(2026, 6, 1),
    )
    with pytest.raises(DomainError) as error:
        services.task_add(actor=personas.iso, plan=draft, data=data)
    assert error.value.field == "due_date"
    assert str(error.value.message) == ("Ngày kết thúc 01/06/2026 trước ngày bắt đầu 30/07/2026.")


def test_month_and_quarter_become_their_bounds(personas, draft, world):
    task = services.task_add(
        actor=personas.iso,
        plan=draft,
        data=TaskData(
            content="Tập huấn",
            lead_unit=world.division,
            timeframe_kind=TimeframeKind.QUARTER,
            start_date=dt.date(2026, 5, 20),
        ),
    )
    assert (task.start_date, task.due_date) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert task.order == 11 and task.timeframe_text() == "Quý II/2026"


def test_move_and_delete_renumber(personas, draft):
    last = draft.tasks.get(order=10)
    services.task_move(actor=personas.iso, task=last, direction="up")
    assert draft.tasks.get(order=9).pk == last.pk
    services.task_delete(actor=personas.iso, task=draft.tasks.get(order=1))
    assert list(draft.tasks.order_by("order").values_list("order", flat=True)) == list(range(1, 10))


def test_head_or_coordinator_issues_and_the_plan_is_frozen(personas, draft):
    services.plan_update(actor=personas.iso, plan=draft, signer_name="Phạm Văn Giám")
    for outsider in (personas.unit_head, personas.staff, personas.dost):
        with pytest.raises(PermissionDenied):
            services.plan_issue(actor=outsider, plan=draft)
    plan = services.plan_issue(actor=personas.iso, plan=draft, issued_on=dt.date(2026, 2, 3))
    assert plan.number_symbol == "01/KH-SGDĐT" and plan.status == PlanStatus.ISSUED
    with pytest.raises(PermissionDenied):
        services.plan_update(actor=personas.head, plan=plan, title="Khác")
    with pytest.raises(PermissionDenied):
        services.task_delete(actor=personas.iso, task=plan.tasks.first())
    with pytest.raises(IllegalTransition):
        services.plan_issue(actor=personas.head, plan=plan)


def test_issue_needs_a_signer(personas, draft):
    with pytest.raises(DomainError) as error:
        services.plan_issue(actor=personas.head, plan=draft)
    assert error.value.field == "signer_name"
    draft.refresh_from_db()
    assert draft.status == PlanStatus.DRAFT and not draft.number_symbol


def test_cancel_needs_reason(personas, draft):
    services.plan_update(actor=personas.iso, plan=draft, signer_name="Phạm Văn Giám")
    plan = services.plan_issue(actor=personas.head, plan=draft)
    with pytest.raises(DomainError):
        services.plan_cancel(actor=personas.head, plan=plan, reason=" ")
    plan = services.plan_cancel(actor=personas.head, plan=plan, reason="Thay bằng kế hoạch mới")
    assert plan.status == PlanStatus.CANCELLED


def test_copy_moves_dates_to_the_new_year_and_handles_29_february(personas, world):
    source = services.plan_create(actor=personas.iso, agency=world.agency, year=2024)
    services.task_add(
        actor=personas.iso,
        plan=source,
        data=TaskData(
            content="Đánh giá mục tiêu năm học 2023-2024",
            lead_unit=world.office,
            coordinating_units=[world.division],
            due_date=dt.date(2024, 2, 29),
            timeframe_label="Trước 29/02/2024",
        ),
    )
    services.task_add(
        actor=personas.iso,
        plan=source,
        data=TaskData(
            content="Tập huấn",
            lead_label="Ban ISO",
            timeframe_kind=TimeframeKind.MONTH,
            start_date=dt.date(2024, 2, 1),
        ),
    )
    copy = services.plan_copy(actor=personas.iso, source=source)
    assert copy.year == 2025 and copy.copied_from == source and copy.title.endswith("năm 2025")
    first, second = copy.tasks.order_by("order")
    assert first.due_date == dt.date(2025, 2, 28)
    assert first.timeframe_text() == "Trước 28/02/2025"
    assert first.content == "Đánh giá mục tiêu năm học 2024-2025"
    assert list(first.coordinating_units.all()) == [world.division]
    assert (second.start_date, second.due_date) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert second.timeframe_text() == "Tháng 2/2025"
    assert copy.legal_bases == source.legal_bases


def test_province_wide_plan_assigns_agencies(personas, world):
    plan = services.plan_create(
        actor=personas.dost, agency=world.dost, year=2026, scope=PlanScope.PROVINCE
    )
    task = services.task_add(
        actor=personas.dost,
        plan=plan,
        data=TaskData(
            content="Duy trì, cải tiến HTQLCL",
            lead_agency=world.dost,
            assigned_agencies=[world.agency, world.other_agency],
            timeframe_kind=TimeframeKind.RECURRING,
        ),
    )
    assert set(task.assignments.values_list("agency_id", flat=True)) == {
        world.agency.pk,
        world.other_agency.pk,
    }
    foreign = TaskData(content="X", lead_agency=world.foreign_agency, due_date=dt.date(2026, 5, 1))
    with pytest.raises(DomainError) as error:
        services.task_add(actor=personas.dost, plan=plan, data=foreign)
    assert error.value.field == "lead_agency"
    with pytest.raises(PermissionDenied):
        services.plan_create(
            actor=personas.iso, agency=world.dost, year=2026, scope=PlanScope.PROVINCE
        )
    services.plan_update(
        actor=personas.dost, plan=plan, signer_name="Nguyễn Văn A", signer_title="GIÁM ĐỐC"
    )
    plan = services.plan_issue(actor=personas.dost, plan=plan)
    assert plan.number_symbol == "01/KH-SKHCN"
    assert PlanTask.objects.filter(assignments__agency=world.agency).count() == 1


def test_issue_creates_the_periods_of_recurring_tasks(personas, draft, world):
    from eiso.plans.models import Rhythm, TaskOccurrence

    services.plan_update(actor=personas.iso, plan=draft, signer_name="Phạm Văn Giám")
    data = TaskData(
        content="Báo cáo tiến độ hằng quý",
        lead_unit=world.division,
        timeframe_kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.QUARTERLY,
    )
    task = services.task_add(actor=personas.iso, plan=draft, data=data)
    assert not TaskOccurrence.objects.filter(task=task).exists()
    services.plan_issue(actor=personas.head, plan=draft, issued_on=dt.date(draft.year, 1, 5))
    assert TaskOccurrence.objects.filter(task=task, assignment__isnull=True).count() == 4
