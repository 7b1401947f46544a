"""Reminders about plan work: "due soon" N working days before the due date, and "overdue".

Who is reminded: the head of the lead unit (a unit-head role granted on that unit), or, when the
unit has no head or the work has no lead unit, the agency's ISO coordinator(s).

Each reminder is sent at most once per due date: the day it was sent is stored on the work
(`reminded_before_on`, `reminded_overdue_on`) with a conditional UPDATE that only one run can
win, in the same transaction as the notification. Running the job twice sends nothing twice.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.notifications.services import notify
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role
from eiso.plans.models import Plan, PlanStatus, TaskAssignment, TaskOccurrence
from eiso.plans.tracking import dates, events, selectors
from eiso.plans.tracking.work import (
    Work,
    agency_id_of,
    effective_due_of,
    lead_unit_of,
    province_id_of,
    task_of,
)


def work_url(work: Work) -> str:
    if isinstance(work, TaskOccurrence):
        if work.assignment_id is not None:
            return reverse("plans:tracking_share", args=[work.assignment_id])
        return reverse("plans:tracking_task", args=[work.task_id])
    if isinstance(work, TaskAssignment):
        return reverse("plans:tracking_share", args=[work.pk])
    return reverse("plans:tracking_task", args=[work.pk])


def work_title(work: Work) -> str:
    task = task_of(work)
    title = task.content
    if isinstance(work, TaskOccurrence):
        title = f"{title} ({work.period_label})"
    return title


class Recipients:
    """Unit heads and ISO coordinators of the candidates' units/agencies: two queries."""

    def __init__(self, works: list[Work]):
        unit_ids = {lead_unit_of(w).pk for w in works if lead_unit_of(w) is not None}
        agency_ids = {agency_id_of(w) for w in works}
        self.heads: dict = {}
        for unit_id, user_id in RoleGrant.objects.filter(
            role=Role.UNIT_HEAD, unit_id__in=unit_ids, is_active=True, user__is_active=True
        ).values_list("unit_id", "user_id"):
            self.heads.setdefault(unit_id, []).append(user_id)
        self.coordinators: dict = {}
        for agency_id, user_id in RoleGrant.objects.filter(
            role=Role.ISO_COORDINATOR,
            agency_id__in=agency_ids,
            is_active=True,
            user__is_active=True,
        ).values_list("agency_id", "user_id"):
            self.coordinators.setdefault(agency_id, []).append(user_id)

    def for_work(self, work: Work) -> list:
        unit = lead_unit_of(work)
        heads = self.heads.get(unit.pk, []) if unit is not None else []
        return heads or self.coordinators.get(agency_id_of(work), [])


def _claim(work: Work, field: str, not_since: dt.date, today: dt.date) -> bool:
    """Mark the reminder as sent today unless it was already sent on or after `not_since`."""
    model = type(work)
    claimed = (
        model.objects.filter(pk=work.pk)
        .exclude(**{f"{field}__gte": not_since})
        .update(**{field: today})
    )
    return bool(claimed)


def _agency_of(work: Work):
    if isinstance(work, TaskAssignment):
        return work.agency
    if isinstance(work, TaskOccurrence) and work.assignment is not None:
        return work.assignment.agency
    return task_of(work).plan.agency


def _send(work: Work, recipients: list, kind: str, title) -> None:
    notify(
        recipients=recipients,
        kind=kind,
        title=title,
        body=work_title(work),
        url=work_url(work),
        agency=_agency_of(work),
    )


def _remind_one(work: Work, recipients: Recipients, today: dt.date) -> str | None:
    province = province_id_of(work)
    due = effective_due_of(work)
    if due is None:
        return None
    people = recipients.for_work(work)
    if dates.is_overdue(due, today, province=province):
        if not people or not _claim(work, "reminded_overdue_on", due, today):
            return None
        late = dates.working_days_late(due, today, province=province)
        title = _("Overdue by %(days)s working day(s) (due %(due)s): %(task)s") % {
            "days": late,
            "due": f"{due:%d/%m/%Y}",
            "task": work_title(work)[:150],
        }
        _send(work, people, events.KIND_OVERDUE, title)
        return events.KIND_OVERDUE
    if today >= dates.reminder_from(due, province=province) and today <= due:
        if not people or not _claim(
            work, "reminded_before_on", dates.reminder_from(due, province=province), today
        ):
            return None
        title = _("Due on %(due)s: %(task)s") % {
            "due": f"{due:%d/%m/%Y}",
            "task": work_title(work)[:150],
        }
        _send(work, people, events.KIND_DUE_SOON, title)
        return events.KIND_DUE_SOON
    return None


def send_reminders(*, today: dt.date | None = None) -> dict[str, int]:
    """Send the due-soon and overdue reminders of today. Returns counts by kind."""
    today = today or timezone.localdate()
    sent = {events.KIND_DUE_SOON: 0, events.KIND_OVERDUE: 0}
    provinces = (
        Plan.objects.filter(status=PlanStatus.ISSUED)
        .values_list("agency__province_id", flat=True)
        .distinct()
    )
    for province_id in list(provinces):
        thresholds = dates.Thresholds.for_day(today, province=province_id)
        candidates = selectors.reminder_candidates(thresholds, province_id)
        recipients = Recipients(candidates)
        for work in candidates:
            with transaction.atomic():
                kind = _remind_one(work, recipients, today)
            if kind:
                sent[kind] += 1
    return sent
