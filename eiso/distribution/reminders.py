"""The daily reminders of distribution and review (run by the scheduler through tasks.py).

- **Acknowledgement**: a request still open N working days (EISO_ACK_REMINDER_WORKING_DAYS,
  default 5) after it was made reminds its person once (`reminded_on`).
- **Periodic review**: N working days (EISO_REVIEW_REMINDER_WORKING_DAYS, default 10) before a
  document's next review is due, the daily job opens the periodic review task for that due date
  (which notifies the owner-unit heads and the ISO coordinator). Any open review entering that
  window is reminded once (`reminded_soon_on`), and once more when it becomes overdue
  (`reminded_overdue_on`).

"Once" is enforced by a conditional UPDATE that claims the row before notifying, in the same
transaction, so a second run the same day (or a second scheduler) sends nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.core.calendar import add_working_days, is_working_day, subtract_working_days
from eiso.distribution import events, services
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    ReviewKind,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.notifications.services import notify

CHUNK = 500


def _provinces(model, **filters) -> list:
    return list(
        model.objects.filter(**filters).values_list("agency__province_id", flat=True).distinct()
    )


def _last_working_day(day: dt.date, province_id) -> dt.date:
    """`day` or, on a day off, the working day before it: N working days "have passed" on a
    Saturday exactly when they had on the Friday."""
    while not is_working_day(day, province=province_id):
        day -= dt.timedelta(days=1)
    return day


def send_ack_reminders(today: dt.date | None = None) -> int:
    """Remind everyone whose request is open N working days after it was made. Returns count."""
    today = today or timezone.localdate()
    sent = 0
    for province_id in _provinces(Acknowledgement, state=AckState.PENDING, reminded_on=None):
        cutoff = subtract_working_days(
            _last_working_day(today, province_id),
            services.ack_reminder_days(),
            province=province_id,
        )
        due = Acknowledgement.objects.filter(
            state=AckState.PENDING,
            reminded_on=None,
            requested_on__lte=cutoff,
            agency__province_id=province_id,
        )
        while True:
            with transaction.atomic():
                ids = list(due.values_list("pk", flat=True)[:CHUNK])
                if not ids:
                    break
                claimed = Acknowledgement.objects.filter(pk__in=ids, reminded_on=None)
                rows = list(claimed.select_related("document__agency", "edition"))
                claimed.update(reminded_on=today)
                sent += _notify_ack_reminders(rows)
    return sent


def _notify_ack_reminders(rows: list[Acknowledgement]) -> int:
    """One notification insert per edition for all its late readers."""
    by_edition: dict = defaultdict(list)
    for row in rows:
        by_edition[row.edition_id].append(row)
    for group in by_edition.values():
        first = group[0]
        document = first.document
        notify(
            recipients=[row.user_id for row in group],
            kind=events.KIND_ACK_REMINDER,
            title=_("Reminder: please confirm you have read %(code)s %(title)s")
            % {"code": document.code, "title": document.title[:150]},
            body=_("Requested on %(date)s.") % {"date": f"{first.requested_on:%d/%m/%Y}"},
            url=services.document_url(document),
            agency=document.agency,
        )
    return len(rows)


def open_periodic_reviews(today: dt.date | None = None) -> int:
    """Open the periodic review of every document entering the reminder window. Returns count."""
    today = today or timezone.localdate()
    opened = 0
    for province_id in _provinces(ReviewSchedule, next_due__isnull=False):
        horizon = add_working_days(today, services.review_reminder_days(), province=province_id)
        schedules = list(
            ReviewSchedule.objects.filter(
                agency__province_id=province_id, next_due__isnull=False, next_due__lte=horizon
            )
            .exclude(
                Exists(
                    ReviewTask.objects.filter(
                        document_id=OuterRef("document_id"),
                        kind=ReviewKind.PERIODIC,
                        state=ReviewState.OPEN,
                    )
                )
            )
            .select_related("document__agency")
        )
        existing = set(
            ReviewTask.objects.filter(
                kind=ReviewKind.PERIODIC,
                document_id__in=[s.document_id for s in schedules],
            ).values_list("document_id", "due_date")
        )
        pending = [s for s in schedules if (s.document_id, s.next_due) not in existing]
        recipients = services.review_recipients([s.document for s in pending])
        for schedule in pending:
            assert schedule.next_due is not None
            with transaction.atomic():
                task = services.review_task_open(
                    document=schedule.document,
                    due_date=schedule.next_due,
                    reason=str(
                        _("Periodic review every %(months)s months.")
                        % {"months": schedule.document.review_interval_months}
                    ),
                    kind=ReviewKind.PERIODIC,
                    recipients=recipients[schedule.document_id],
                )
                # Opening it told the owners: that is the "due soon" reminder.
                ReviewTask.objects.filter(pk=task.pk).update(reminded_soon_on=today)
            opened += 1
    return opened


def _claim(task: ReviewTask, field: str, today: dt.date) -> bool:
    return bool(ReviewTask.objects.filter(pk=task.pk, **{field: None}).update(**{field: today}))


def remind_reviews(today: dt.date | None = None) -> dict[str, int]:
    """Due-soon and overdue reminders of open reviews, each once per task. Returns counts."""
    today = today or timezone.localdate()
    sent = {events.KIND_REVIEW_DUE: 0, events.KIND_REVIEW_OVERDUE: 0}
    for province_id in _provinces(ReviewTask, state=ReviewState.OPEN):
        horizon = add_working_days(today, services.review_reminder_days(), province=province_id)
        open_tasks = ReviewTask.objects.filter(
            state=ReviewState.OPEN, agency__province_id=province_id
        ).select_related("document__agency")
        overdue = list(open_tasks.filter(due_date__lt=today, reminded_overdue_on=None))
        soon = list(
            open_tasks.filter(due_date__gte=today, due_date__lte=horizon, reminded_soon_on=None)
        )
        recipients = services.review_recipients([t.document for t in overdue + soon])
        for task in overdue:
            with transaction.atomic():
                if _claim(task, "reminded_overdue_on", today):
                    _notify_review(task, recipients, events.KIND_REVIEW_OVERDUE)
                    sent[events.KIND_REVIEW_OVERDUE] += 1
        for task in soon:
            with transaction.atomic():
                if _claim(task, "reminded_soon_on", today):
                    _notify_review(task, recipients, events.KIND_REVIEW_DUE)
                    sent[events.KIND_REVIEW_DUE] += 1
    return sent


def _notify_review(task: ReviewTask, recipients: dict, kind: str) -> None:
    document = task.document
    values = {
        "code": document.code,
        "title": document.title[:150],
        "date": f"{task.due_date:%d/%m/%Y}",
    }
    if kind == events.KIND_REVIEW_OVERDUE:
        title = _("Review overdue (due %(date)s): %(code)s %(title)s") % values
    else:
        title = _("Review due on %(date)s: %(code)s %(title)s") % values
    notify(
        recipients=recipients.get(document.pk, []),
        kind=kind,
        title=title,
        body=task.reason,
        url=services.task_url(task),
        agency=document.agency,
    )


def daily(today: dt.date | None = None) -> dict[str, int]:
    """The daily pass: acknowledgement reminders, periodic reviews opened, review reminders."""
    today = today or timezone.localdate()
    result = {
        "ack_reminders": send_ack_reminders(today),
        "reviews_opened": open_periodic_reviews(today),
    }
    result.update(remind_reviews(today))
    return result
