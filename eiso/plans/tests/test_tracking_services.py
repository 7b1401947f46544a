"""Progress reports, periods of recurring tasks, the daily sweep and the reminders."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.test import override_settings

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.notifications.models import Notification
from eiso.plans.models import (
    PlanScope,
    ProgressUpdate,
    Rhythm,
    TaskOccurrence,
    TaskStatus,
    TimeframeKind,
)
from eiso.plans.tracking import events, reminders, services
from eiso.plans.tracking.tasks import daily_tracking
from eiso.plans.tracking.testing import add_task, issued_plan
from eiso.plans.tracking.uploads import in_memory

D = dt.date
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(world):
    return issued_plan(world.agency, year=2026)


def test_unit_head_reports_progress_then_completes(plan, personas, world):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    services.progress_report(
        actor=personas.unit_head, work=task, reported_on=D(2026, 11, 2), percent=40, note="Đã họp"
    )
    task.refresh_from_db()
    assert (task.status, task.progress, task.completed_on) == (TaskStatus.IN_PROGRESS, 40, None)
    update = services.progress_report(
        actor=personas.staff,
        work=task,
        reported_on=D(2026, 11, 20),
        percent=60,
        done=True,
        evidence=in_memory("bien-ban.pdf", PDF),
    )
    task.refresh_from_db()
    assert (task.status, task.progress, task.completed_on) == (
        TaskStatus.DONE,
        100,
        D(2026, 11, 20),
    )
    assert update.evidence.name.endswith("bien-ban.pdf")
    event = AuditEvent.objects.filter(action=events.PROGRESS_REPORT).first()
    assert event.changes["status"] == ["Đang thực hiện", "Hoàn thành"]


def test_outsiders_and_overseers_cannot_report(plan, personas, world):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.office)
    for name in ("dost", "other_agency", "unit_head", "inspector", "province_admin"):
        with pytest.raises(PermissionDenied):
            services.progress_report(
                actor=personas[name], work=task, reported_on=D(2026, 11, 2), percent=10
            )
    assert not ProgressUpdate.objects.exists()
    services.progress_report(actor=personas.iso, work=task, reported_on=D(2026, 11, 2), percent=5)


def test_a_renamed_program_is_refused_and_nothing_is_saved(plan, personas, world):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    program = in_memory("bao-cao.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    with pytest.raises(DomainError) as error:
        services.progress_report(
            actor=personas.unit_head,
            work=task,
            reported_on=D(2026, 11, 2),
            percent=50,
            evidence=program,
        )
    assert "là một chương trình" in str(error.value.message)
    assert error.value.field == "evidence"
    task.refresh_from_db()
    assert task.progress == 0 and not ProgressUpdate.objects.exists()


@override_settings(EISO_MAX_UPLOAD_BYTES=100)
def test_a_file_over_the_limit_is_refused(plan, personas, world):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    with pytest.raises(DomainError) as error:
        services.progress_report(
            actor=personas.unit_head,
            work=task,
            reported_on=D(2026, 11, 2),
            percent=50,
            evidence=in_memory("bien-ban.pdf", PDF * 10),
        )
    assert error.value.field == "evidence"


def test_bad_input_is_refused(plan, personas, world):
    task = add_task(plan, due=D(2026, 12, 10), unit=world.division)
    with pytest.raises(DomainError):
        services.progress_report(
            actor=personas.unit_head, work=task, reported_on=D(2099, 1, 1), percent=5
        )
    with pytest.raises(DomainError):
        services.progress_report(
            actor=personas.unit_head, work=task, reported_on=D(2026, 1, 1), percent=101
        )


def test_recurring_tasks_get_their_periods_and_summarise_them(plan, personas, world):
    monthly = add_task(
        plan,
        "Báo cáo tháng",
        kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.MONTHLY,
        unit=world.division,
    )
    quarterly = add_task(
        plan, "Rà soát", kind=TimeframeKind.RECURRING, rhythm=Rhythm.QUARTERLY, unit=world.office
    )
    add_task(plan, "Thường xuyên", kind=TimeframeKind.RECURRING, unit=world.office)
    assert services.tracking_start(plan=plan) == 16
    assert services.tracking_start(plan=plan) == 0  # idempotent
    periods = list(monthly.occurrences.order_by("period_start"))
    assert [p.period_label for p in periods[:2]] == ["Tháng 1/2026", "Tháng 2/2026"]
    # February 2026 ends on Saturday 28: due Friday 27/02.
    assert periods[1].due_date == D(2026, 2, 27)
    assert [p.due_date for p in quarterly.occurrences.order_by("period_start")] == [
        D(2026, 3, 31),
        D(2026, 6, 30),
        D(2026, 9, 30),
        D(2026, 12, 31),
    ]
    with pytest.raises(DomainError):
        services.progress_report(
            actor=personas.unit_head, work=monthly, reported_on=D(2026, 2, 2), percent=100
        )
    services.progress_report(
        actor=personas.unit_head, work=periods[0], reported_on=D(2026, 2, 2), percent=100
    )
    monthly.refresh_from_db()
    assert monthly.status == TaskStatus.IN_PROGRESS
    assert monthly.progress == 8  # 100 / 12


def test_province_wide_shares_summarise_into_the_task(personas, world):
    plan = issued_plan(world.dost, scope=PlanScope.PROVINCE, title="Kế hoạch 752/KH-UBND")
    task = add_task(
        plan, "Duy trì HTQLCL", due=D(2026, 10, 15), agencies=[world.agency, world.other_agency]
    )
    share = task.assignments.get(agency=world.agency)
    services.progress_report(
        actor=personas.iso, work=share, reported_on=D(2026, 10, 1), percent=100
    )
    task.refresh_from_db()
    assert (task.status, task.progress) == (TaskStatus.IN_PROGRESS, 50)
    with pytest.raises(PermissionDenied):
        other = task.assignments.get(agency=world.other_agency)
        services.progress_report(
            actor=personas.iso, work=other, reported_on=D(2026, 10, 1), percent=5
        )


def test_sweep_marks_overdue_once_with_an_audit_event(plan, world):
    task = add_task(plan, due=D(2026, 2, 13), unit=world.division)
    assert services.tracking_sweep(today=D(2026, 2, 20))["overdue"] == 0  # Tết
    assert services.tracking_sweep(today=D(2026, 2, 23))["overdue"] == 1
    assert services.tracking_sweep(today=D(2026, 2, 24))["overdue"] == 0
    task.refresh_from_db()
    assert task.status == TaskStatus.OVERDUE
    assert AuditEvent.objects.filter(action=events.BECAME_OVERDUE).count() == 1


def test_reminders_go_to_the_unit_head_once(plan, personas, world):
    add_task(plan, "Đánh giá nội bộ", due=D(2026, 3, 9), unit=world.division)
    add_task(plan, "Không có trưởng phòng", due=D(2026, 3, 9), unit=world.office)
    assert reminders.send_reminders(today=D(2026, 3, 3)) == {
        events.KIND_DUE_SOON: 0,
        events.KIND_OVERDUE: 0,
    }
    sent = reminders.send_reminders(today=D(2026, 3, 4))
    assert sent[events.KIND_DUE_SOON] == 2
    assert reminders.send_reminders(today=D(2026, 3, 4))[events.KIND_DUE_SOON] == 0
    assert reminders.send_reminders(today=D(2026, 3, 5))[events.KIND_DUE_SOON] == 0
    due_soon = Notification.objects.filter(kind=events.KIND_DUE_SOON)
    assert sorted(n.recipient.username for n in due_soon) == ["gd.thuky", "gd.truongphong"]
    assert due_soon.get(recipient=personas.unit_head).title.startswith("Hạn 09/03/2026:")
    reminders.send_reminders(today=D(2026, 3, 10))
    reminders.send_reminders(today=D(2026, 3, 11))
    overdue = Notification.objects.filter(kind=events.KIND_OVERDUE, recipient=personas.unit_head)
    assert overdue.count() == 1
    assert "Quá hạn 1 ngày làm việc" in overdue.get().title


def test_the_daily_job_run_twice_sends_one_reminder(plan, personas, world):
    add_task(plan, "Họp xem xét của lãnh đạo", due=D(2020, 1, 6), unit=world.division)
    plan.year = 2020
    plan.save(update_fields=["year"])
    daily_tracking.call()
    daily_tracking.call()
    assert Notification.objects.filter(kind=events.KIND_OVERDUE).count() == 1
    assert TaskOccurrence.objects.count() == 0
    call_command("check")


@override_settings(EISO_PLAN_REMINDER_DAYS=5)
def test_the_reminder_lead_time_is_a_setting_in_working_days(plan, world):
    add_task(plan, "Đánh giá nội bộ", due=D(2026, 3, 9), unit=world.division)
    # Five working days before Monday 09/03/2026 is Monday 02/03/2026.
    assert reminders.send_reminders(today=D(2026, 2, 27))[events.KIND_DUE_SOON] == 0
    assert reminders.send_reminders(today=D(2026, 3, 2))[events.KIND_DUE_SOON] == 1


def test_a_share_without_unit_reminds_the_agency_iso_coordinator(personas, world):
    wide = issued_plan(world.dost, scope=PlanScope.PROVINCE)
    add_task(wide, "Báo cáo kết quả", due=D(2026, 10, 15), agencies=[world.agency])
    sent = reminders.send_reminders(today=D(2026, 10, 19))
    assert sent[events.KIND_OVERDUE] == 1
    assert Notification.objects.get(kind=events.KIND_OVERDUE).recipient == personas.iso
