"""Escalation of overdue actions (daily job).

Level 1, the day after the due date: the owner and the head(s) of the action's unit.
Level 2, once the action is `EISO_NC_ESCALATION_WORKING_DAYS` working days late (default 5):
the agency's ISO coordinators (and the owner again).
Each level is sent once per action: an `ActionEscalation` row is claimed (unique per action and
level) in the same transaction as the notification, so a re-run or a second worker never repeats it.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.core.calendar import working_days_between
from eiso.nonconformities.models import (
    ActionEscalation,
    ActionStatus,
    CorrectiveAction,
    EscalationLevel,
)
from eiso.nonconformities.services import notices
from eiso.organizations.roles import Role


def level_two_days() -> int:
    return int(getattr(settings, "EISO_NC_ESCALATION_WORKING_DAYS", 5))


def due_levels(action: CorrectiveAction, today: dt.date) -> list[int]:
    if action.due_date >= today:
        return []
    levels: list[int] = [EscalationLevel.UNIT_HEAD]
    late = working_days_between(action.due_date, today, province=action.agency.province_id)
    if late >= level_two_days():
        levels.append(EscalationLevel.ISO_COORDINATOR)
    return levels


def _recipients(action: CorrectiveAction, level: int) -> list:
    nonconformity = action.nonconformity
    unit = action.unit or (nonconformity.unit if nonconformity is not None else None)
    if level == EscalationLevel.UNIT_HEAD:
        return [action.owner_id, *notices.unit_heads(unit)]
    return [action.owner_id, *notices.agency_role_holders(action.agency_id, Role.ISO_COORDINATOR)]


def _send(action: CorrectiveAction, level: int, today: dt.date) -> bool:
    from eiso.notifications.services import notify

    try:
        with transaction.atomic():
            ActionEscalation.objects.create(action=action, level=level, sent_on=today)
            nonconformity = action.nonconformity
            reference = nonconformity.number if nonconformity is not None else ""
            notify(
                recipients=_recipients(action, level),
                kind=notices.KIND_ACTION_OVERDUE,
                title=_("Overdue action %(ref)s (due %(date)s)")
                % {"ref": reference, "date": action.due_date.strftime("%d/%m/%Y")},
                body=action.description,
                url=notices.action_url(action),
                agency=action.agency,
            )
    except IntegrityError:  # already sent (by an earlier or a parallel run)
        return False
    return True


def escalate_overdue_actions(today: dt.date | None = None) -> int:
    """Send every escalation due today that was not sent before. Returns how many were sent."""
    today = today or timezone.localdate()
    overdue = (
        CorrectiveAction.objects.filter(status=ActionStatus.OPEN, due_date__lt=today)
        .select_related("agency", "unit", "nonconformity__unit")
        .prefetch_related("escalations")
        .order_by("due_date", "id")
    )
    sent = 0
    for action in overdue.iterator(chunk_size=500):
        done = {e.level for e in action.escalations.all()}
        for level in due_levels(action, today):
            if level not in done and _send(action, level, today):
                sent += 1
    return sent
