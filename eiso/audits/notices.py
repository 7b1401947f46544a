"""Notice to the auditees: N working days before an audit starts, its audited units' heads (and the
people named on its timetable who have an account in the unit) are told once, by the daily job.

The notice is sent once per audit (`auditees_notified_at`); an audit planned at shorter notice is
announced at the next daily run before it starts.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.audits import events
from eiso.audits.models import Audit, AuditStatus
from eiso.core import audit as audit_log
from eiso.core.calendar import add_working_days
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role

KIND_NOTICE = "audits.audit_notice"
DEFAULT_NOTICE_DAYS = 5


def notice_days() -> int:
    return int(getattr(settings, "EISO_AUDIT_NOTICE_WORKING_DAYS", DEFAULT_NOTICE_DAYS))


def auditee_ids(audit: Audit) -> list:
    """The heads of the audited units (a head of a parent unit heads its subtree too)."""
    units = list(audit.units.all())
    if not units:
        return []
    grants = RoleGrant.objects.filter(
        role=Role.UNIT_HEAD, is_active=True, unit__agency_id__in={u.agency_id for u in units}
    ).values_list("user_id", "unit__agency_id", "unit__path")
    return list(
        dict.fromkeys(
            user_id
            for user_id, agency_id, path in grants
            for unit in units
            if agency_id == unit.agency_id and unit.path.startswith(path)
        )
    )


def due_audits(today: dt.date):
    """Planned audits starting within the notice period whose auditees were not told yet."""
    horizon = add_working_days(today, notice_days())
    return Audit.objects.filter(
        status=AuditStatus.PLANNED,
        auditees_notified_at__isnull=True,
        start_date__gte=today,
        start_date__lte=horizon,
    ).select_related("programme__agency")


def send_audit_notices(today: dt.date | None = None) -> int:
    """Notify the auditees of every audit due; returns how many audits were announced."""
    today = today or timezone.localdate()
    sent = 0
    for audit in due_audits(today).iterator(chunk_size=200):
        if _notify_one(audit.pk):
            sent += 1
    return sent


@transaction.atomic
def _notify_one(audit_id) -> bool:
    from eiso.notifications.services import notify

    audit = Audit.objects.select_for_update().select_related("programme__agency").get(pk=audit_id)
    start = audit.start_date
    if audit.auditees_notified_at is not None or audit.status != AuditStatus.PLANNED or not start:
        return False
    recipients = auditee_ids(audit)
    units = ", ".join(u.name for u in audit.units.order_by("path"))
    notify(
        recipients=recipients,
        kind=KIND_NOTICE,
        title=_("Internal audit of your unit from %(date)s") % {"date": start.strftime("%d/%m/%Y")},
        body=_("%(audit)s. Audited units: %(units)s.") % {"audit": audit.title, "units": units},
        url=reverse("audits:audit", args=[audit.pk]),
        agency=audit.programme.agency,
    )
    audit.auditees_notified_at = timezone.now()
    audit.save(update_fields=["auditees_notified_at", "updated_at"])
    audit_log.record(
        actor=None,
        action=events.AUDIT_NOTIFY,
        obj=audit,
        changes={"recipients": [None, len(recipients)]},
    )
    return True
