"""Daily reminders: risks whose review date comes (N working days ahead and on the day), and
treatments that fall due today.

Who is reminded of a review: the risk owner; without one, the agency's ISO coordinators.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.core.calendar import add_working_days
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role
from eiso.risks.models import Risk, RiskStatus, Treatment
from eiso.risks.states import OPEN_STATUSES

KIND_REVIEW_DUE = "risks.review_due"
KIND_TREATMENT_DUE = "risks.treatment_due"


def reminder_days() -> int:
    return int(getattr(settings, "EISO_RISK_REMINDER_WORKING_DAYS", 3))


def _coordinators(agency_ids: set) -> dict:
    result: dict = {}
    for agency_id, user_id in RoleGrant.objects.filter(
        agency_id__in=agency_ids, role=Role.ISO_COORDINATOR, is_active=True
    ).values_list("agency_id", "user_id"):
        result.setdefault(agency_id, []).append(user_id)
    return result


def send_review_reminders(today: dt.date | None = None) -> int:
    """Notify about every open risk whose review is today or in N working days. Returns count."""
    from eiso.notifications.services import notify

    today = today or timezone.localdate()
    sent = 0
    risks = list(
        Risk.objects.filter(status=RiskStatus.OPEN, review_date__gte=today)
        .filter(review_date__lte=today + dt.timedelta(days=reminder_days() * 2 + 7))
        .select_related("agency")
    )
    coordinators = _coordinators({risk.agency_id for risk in risks})
    for risk in risks:
        ahead = add_working_days(today, reminder_days(), province=risk.agency.province_id)
        if risk.review_date not in (today, ahead):
            continue
        recipients = [risk.owner_id] if risk.owner_id else coordinators.get(risk.agency_id, [])
        notify(
            recipients=recipients,
            kind=KIND_REVIEW_DUE,
            title=_("Risk review due on %(date)s")
            % {"date": risk.review_date.strftime("%d/%m/%Y")},
            body=f"{risk.code} {risk.title}",
            url=reverse("risks:detail", args=[risk.pk]),
            agency=risk.agency,
        )
        sent += 1
    return sent


def send_treatment_reminders(today: dt.date | None = None) -> int:
    """Notify the person responsible for each open treatment due today. Returns count."""
    from eiso.notifications.services import notify

    today = today or timezone.localdate()
    sent = 0
    due = Treatment.objects.filter(status__in=OPEN_STATUSES, due_date=today).select_related(
        "risk", "risk__agency"
    )
    for treatment in due.iterator(chunk_size=500):
        notify(
            recipients=[treatment.owner_id],
            kind=KIND_TREATMENT_DUE,
            title=_("Risk treatment due today"),
            body=treatment.action,
            url=reverse("risks:detail", args=[treatment.risk_id]),
            agency=treatment.risk.agency,
        )
        sent += 1
    return sent


def send_reminders() -> int:
    return send_review_reminders() + send_treatment_reminders()
