"""Measurement reminders: N working days before a measurement is due, and on the day it is due.

Who is reminded: the responsible person; without one, the heads of the responsible unit; without
either, the agency's ISO coordinators.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.core.calendar import working_days_between
from eiso.objectives.models import Objective
from eiso.objectives.periods import next_due
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role

KIND_DUE = "objectives.measurement_due"


def reminder_days() -> int:
    return int(settings.EISO_OBJECTIVE_REMINDER_WORKING_DAYS)


def _recipients(objective: Objective) -> list:
    if objective.responsible_person_id:
        return [objective.responsible_person_id]
    if objective.responsible_unit_id:
        heads = list(
            RoleGrant.objects.filter(
                unit_id=objective.responsible_unit_id, role=Role.UNIT_HEAD, is_active=True
            ).values_list("user_id", flat=True)
        )
        if heads:
            return heads
    return list(
        RoleGrant.objects.filter(
            agency_id=objective.agency_id, role=Role.ISO_COORDINATOR, is_active=True
        ).values_list("user_id", flat=True)
    )


def due_today_or_soon(objective: Objective, today: dt.date) -> dt.date | None:
    """The due day when a reminder goes out today, else None."""
    due = next_due(objective, today)
    if due is None or due < today:
        return None
    province = objective.agency.province_id
    if due == today or working_days_between(today, due, province=province) == reminder_days():
        return due
    return None


def send_measurement_reminders(today: dt.date | None = None) -> int:
    """Notify for every objective of a running period whose measurement is due. Returns count."""
    from eiso.notifications.services import notify

    today = today or timezone.localdate()
    sent = 0
    running = Objective.objects.filter(
        period_start__lte=today, period_end__gte=today
    ).select_related("agency")
    for objective in running.iterator(chunk_size=500):
        due = due_today_or_soon(objective, today)
        if due is None:
            continue
        notify(
            recipients=_recipients(objective),
            kind=KIND_DUE,
            title=_("Measurement due on %(date)s") % {"date": due.strftime("%d/%m/%Y")},
            body=objective.statement,
            url=reverse("objectives:detail", args=[objective.pk]),
            agency=objective.agency,
        )
        sent += 1
    return sent
