"""The daily job: acknowledgement reminders after N working days and periodic-review reminders
before and after the due date, each sent exactly once, counted in Vietnamese working days."""

from __future__ import annotations

import datetime as dt

import pytest

from eiso.core.calendar import subtract_working_days
from eiso.core.models import CalendarException
from eiso.distribution import events, reminders
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    ReviewKind,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.distribution.tests.seed import make_effective_document
from eiso.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _sent(kind: str) -> int:
    return Notification.objects.filter(kind=kind).count()


def test_ack_reminder_after_five_working_days_across_the_may_holidays(
    personas, django_capture_on_commit_callbacks, settings
):
    """Asked on Tue 28/04/2026: 30/04 and 01/05 are public holidays, so the fifth working day
    after is Thu 07/05/2026 — not Mon 04/05 as calendar days would give."""
    settings.EISO_ACK_REMINDER_WORKING_DAYS = 5
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    rows = Acknowledgement.objects.filter(document=document)
    people = rows.count()
    rows.update(requested_on=dt.date(2026, 4, 28))
    rows.filter(user=personas.head).update(
        state=AckState.ACKNOWLEDGED, acknowledged_at=dt.datetime(2026, 4, 29, 8, tzinfo=dt.UTC)
    )
    assert reminders.send_ack_reminders(dt.date(2026, 5, 6)) == 0
    assert reminders.send_ack_reminders(dt.date(2026, 5, 7)) == people - 1
    notes = Notification.objects.filter(kind=events.KIND_ACK_REMINDER)
    assert notes.count() == people - 1
    assert not notes.filter(recipient=personas.head).exists()
    assert notes.get(recipient=personas.staff).title.startswith(
        "Nhắc việc: đề nghị xác nhận đã đọc "
    )
    # Once: the next days (and a second run the same day) send nothing more.
    assert reminders.send_ack_reminders(dt.date(2026, 5, 7)) == 0
    assert reminders.send_ack_reminders(dt.date(2026, 5, 8)) == 0
    assert notes.count() == people - 1


def test_ack_reminder_follows_a_province_day_off(
    personas, django_capture_on_commit_callbacks, settings
):
    settings.EISO_ACK_REMINDER_WORKING_DAYS = 2
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    rows = Acknowledgement.objects.filter(document=document)
    rows.update(requested_on=dt.date(2026, 6, 8))  # Monday
    CalendarException.objects.create(
        date=dt.date(2026, 6, 9),
        kind=CalendarException.Kind.DAY_OFF,
        province=personas.world.province,
        note="Nghỉ bù theo quyết định của UBND tỉnh",
    )
    assert reminders.send_ack_reminders(dt.date(2026, 6, 10)) == 0
    assert reminders.send_ack_reminders(dt.date(2026, 6, 11)) == rows.count()


def _review_notes(kind: str) -> set:
    return set(Notification.objects.filter(kind=kind).values_list("recipient_id", flat=True))


def test_periodic_review_opens_ten_working_days_before_due_then_overdue_once(
    personas, django_capture_on_commit_callbacks, settings
):
    """Due Tue 08/09/2026: ten working days before, counting back over the National Day
    holidays (31/08–02/09) and the weekend, is Fri 21/08/2026."""
    settings.EISO_REVIEW_REMINDER_WORKING_DAYS = 10
    document = make_effective_document(
        personas,
        django_capture_on_commit_callbacks,
        effective_on=dt.date(2025, 9, 8),
        review_interval_months=12,
    )
    schedule = ReviewSchedule.objects.get(document=document)
    schedule.effective_on = dt.date(2025, 9, 8)
    schedule.next_due = dt.date(2026, 9, 8)
    schedule.save()
    assert subtract_working_days(dt.date(2026, 9, 8), 10) == dt.date(2026, 8, 21)
    assert reminders.daily(dt.date(2026, 8, 20))["reviews_opened"] == 0
    assert reminders.daily(dt.date(2026, 8, 21))["reviews_opened"] == 1
    assert reminders.daily(dt.date(2026, 8, 21))["reviews_opened"] == 0
    task = ReviewTask.objects.get()
    assert (task.kind, task.due_date, task.state) == (
        ReviewKind.PERIODIC,
        dt.date(2026, 9, 8),
        ReviewState.OPEN,
    )
    owners = {personas.unit_head.pk, personas.iso.pk}
    assert _review_notes(events.KIND_REVIEW_OPENED) == owners
    # Opening it was the due-soon reminder: no second one in the window.
    result = reminders.daily(dt.date(2026, 9, 1))
    assert result[events.KIND_REVIEW_DUE] == 0
    assert reminders.daily(dt.date(2026, 9, 8))[events.KIND_REVIEW_OVERDUE] == 0
    assert reminders.daily(dt.date(2026, 9, 9))[events.KIND_REVIEW_OVERDUE] == 1
    assert reminders.daily(dt.date(2026, 9, 9))[events.KIND_REVIEW_OVERDUE] == 0
    assert reminders.daily(dt.date(2026, 9, 30))[events.KIND_REVIEW_OVERDUE] == 0
    assert _review_notes(events.KIND_REVIEW_OVERDUE) == owners
    assert Notification.objects.filter(kind=events.KIND_REVIEW_OVERDUE).count() == 2
    assert ReviewTask.objects.count() == 1


def test_external_review_is_reminded_once_before_and_once_after(
    personas, django_capture_on_commit_callbacks, settings
):
    from eiso.distribution import services

    settings.EISO_REVIEW_REMINDER_WORKING_DAYS = 10
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    ReviewSchedule.objects.filter(document=document).update(next_due=None)
    services.review_task_open(
        document=document,
        due_date=dt.date(2027, 2, 26),
        reason="Văn bản căn cứ được sửa đổi",
        kind=ReviewKind.OTHER,
    )
    assert reminders.daily(dt.date(2027, 1, 4))[events.KIND_REVIEW_DUE] == 0
    first = subtract_working_days(dt.date(2027, 2, 26), 10)
    assert reminders.daily(first)[events.KIND_REVIEW_DUE] == 1
    assert reminders.daily(first)[events.KIND_REVIEW_DUE] == 0
    assert reminders.daily(dt.date(2027, 2, 25))[events.KIND_REVIEW_DUE] == 0
    assert reminders.daily(dt.date(2027, 3, 1))[events.KIND_REVIEW_OVERDUE] == 1
    assert reminders.daily(dt.date(2027, 3, 2))[events.KIND_REVIEW_OVERDUE] == 0
    assert _sent(events.KIND_REVIEW_DUE) == 2 and _sent(events.KIND_REVIEW_OVERDUE) == 2


def test_recorded_review_is_not_reminded(personas, django_capture_on_commit_callbacks):
    from eiso.distribution import services

    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    task = services.review_task_open(
        document=document, due_date=dt.date(2026, 11, 20), reason="Định kỳ", kind="other"
    )
    services.review_record(actor=personas.iso, task=task, outcome="no_change", comment="Ổn")
    assert reminders.remind_reviews(dt.date(2026, 11, 25)) == {
        events.KIND_REVIEW_DUE: 0,
        events.KIND_REVIEW_OVERDUE: 0,
    }


def test_a_saturday_counts_as_the_friday_before_it(
    personas, django_capture_on_commit_callbacks, settings
):
    """Asked Mon 16/11/2026: by Sat 21/11 only four working days have passed (17–20/11)."""
    settings.EISO_ACK_REMINDER_WORKING_DAYS = 5
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    rows = Acknowledgement.objects.filter(document=document)
    rows.update(requested_on=dt.date(2026, 11, 16))
    assert reminders.send_ack_reminders(dt.date(2026, 11, 21)) == 0
    assert reminders.send_ack_reminders(dt.date(2026, 11, 22)) == 0
    assert reminders.send_ack_reminders(dt.date(2026, 11, 23)) == rows.count()
