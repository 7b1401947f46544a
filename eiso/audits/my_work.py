"""“Việc của tôi” sections: audits the user audits (planned, in progress, report to write), and
audit programmes waiting for the head's approval."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.audits.models import Audit, AuditProgramme, AuditStatus, ProgrammeStatus
from eiso.core.my_work import WorkItem, WorkSection
from eiso.organizations.access import access_for
from eiso.organizations.roles import Role

SECTION_LIMIT = 10
OPEN_STATES = (AuditStatus.PLANNED, AuditStatus.IN_PROGRESS, AuditStatus.COMPLETED)


def _badge(audit: Audit) -> str:
    if audit.status == AuditStatus.COMPLETED:
        return _("Report to write")
    return str(audit.get_status_display())


def my_audits_section(user, agency) -> WorkSection | None:
    """Two queries: the first audits and their count."""
    audits = Audit.objects.filter(
        Q(lead_auditor=user) | Q(auditors=user), status__in=OPEN_STATES
    ).distinct()
    total = audits.count()
    if not total:
        return None
    rows = audits.select_related("programme__agency").order_by("start_date", "planned_month")[
        :SECTION_LIMIT
    ]
    items = [
        WorkItem(
            title=audit.title,
            url=reverse("audits:audit", args=[audit.pk]),
            due=audit.end_date if audit.status != AuditStatus.COMPLETED else None,
            detail=audit.programme.agency.name,
            badge=_badge(audit),
        )
        for audit in rows
    ]
    return WorkSection(
        key="audits.mine",
        title=_("Internal audits you take part in"),
        items=items,
        total=total,
        more_url=reverse("audits:audits"),
        icon="clipboard-check",
        order=55,
    )


def programmes_to_approve_section(user, agency) -> WorkSection | None:
    access = access_for(user)
    headed = [a for a, roles in access.agency_roles.items() if Role.AGENCY_HEAD in roles]
    if not headed:
        return None
    programmes = AuditProgramme.objects.filter(agency_id__in=headed, status=ProgrammeStatus.DRAFT)
    total = programmes.count()
    if not total:
        return None
    rows = programmes.select_related("agency").order_by("year")[:SECTION_LIMIT]
    items = [
        WorkItem(
            title=_("Internal audit programme %(year)d") % {"year": programme.year},
            url=reverse("audits:programme", args=[programme.pk]),
            detail=programme.agency.name,
            badge=_("Waiting for approval"),
        )
        for programme in rows
    ]
    return WorkSection(
        key="audits.programmes",
        title=_("Audit programmes to approve"),
        items=items,
        total=total,
        more_url=reverse("audits:index"),
        icon="clipboard-list",
        order=56,
    )
