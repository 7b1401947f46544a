"""Who may see and do what in internal audit. Deny by default.

- The agency's ISO coordinator and head (or a province administrator) draft the programme and
  plan its audits; only the head approves the programme.
- The plan (scope, team, timetable) is edited by those managers or by the audit's lead auditor
  while the audit is planned; the checklist is prepared by the managers and the audit team.
- Results are recorded only by the audit team (lead auditor and auditors), during the audit.
- The lead auditor closes the fieldwork, writes the report and approves it.
- Everyone of the agency reads an approved programme and its audits; a draft programme only the
  managers and the agency's internal auditors. Province readers (administrator, DOST overseer,
  inspector) read everything of their province and edit no agency's audits (the administrator
  excepted, as for every QMS object).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.audits.models import (
    Audit,
    AuditProgramme,
    AuditStatus,
    ChecklistItem,
    ProgrammeStatus,
)
from eiso.organizations.access import access_for
from eiso.organizations.models import Agency
from eiso.organizations.roles import Role

PLAN_EDITABLE = frozenset({AuditStatus.PLANNED})
CHECKLIST_EDITABLE = frozenset({AuditStatus.PLANNED, AuditStatus.IN_PROGRESS})


def _manages(user, agency: Agency) -> bool:
    return access_for(user).manages_agency(agency.pk, agency.province_id)


# Who sees the agency's draft programme (besides province readers).
INSIDE_ROLES = frozenset({Role.AGENCY_HEAD, Role.ISO_COORDINATOR, Role.INTERNAL_AUDITOR})


def visible_programmes(user) -> QuerySet[AuditProgramme]:
    access = access_for(user)
    if not access.is_authenticated:
        return AuditProgramme.objects.none()
    if access.global_admin:
        return AuditProgramme.objects.all()
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    inside = [a for a, roles in access.agency_roles.items() if roles & INSIDE_ROLES]
    return AuditProgramme.objects.filter(
        Q(agency__province_id__in=provinces)
        | Q(agency_id__in=inside)
        | Q(agency_id__in=access.agency_ids(), status=ProgrammeStatus.APPROVED)
    )


def visible_audits(user) -> QuerySet[Audit]:
    return Audit.objects.filter(programme__in=visible_programmes(user))


def visible_items(user) -> QuerySet[ChecklistItem]:
    return ChecklistItem.objects.filter(audit__in=visible_audits(user))


def creatable_agencies(user) -> QuerySet[Agency]:
    """Agencies (with an ISO unit) for which the user may draft an audit programme."""
    access = access_for(user)
    if not access.is_authenticated:
        return Agency.objects.none()
    agencies = Agency.objects.filter(is_active=True, iso_unit__isnull=False)
    if access.global_admin:
        return agencies
    managed = [
        a
        for a, roles in access.agency_roles.items()
        if roles & {Role.AGENCY_HEAD, Role.ISO_COORDINATOR}
    ]
    return agencies.filter(Q(province_id__in=access.admin_provinces) | Q(pk__in=managed))


def can_create_programme(user, agency: Agency) -> bool:
    return agency.iso_unit_id is not None and _manages(user, agency)


def can_edit_programme(user, programme: AuditProgramme) -> bool:
    """Objectives of the programme, its planned audits (add, cancel)."""
    return _manages(user, programme.agency)


def can_approve_programme(user, programme: AuditProgramme) -> bool:
    return programme.status == ProgrammeStatus.DRAFT and access_for(user).has_agency_role(
        programme.agency_id, Role.AGENCY_HEAD
    )


def is_team_member(user, audit: Audit) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if audit.lead_auditor_id == user.pk:
        return True
    return audit.auditors.filter(pk=user.pk).exists()


def is_lead_auditor(user, audit: Audit) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and audit.lead_auditor_id == user.pk


def can_edit_plan(user, audit: Audit) -> bool:
    if audit.status not in PLAN_EDITABLE:
        return False
    return _manages(user, audit.programme.agency) or is_lead_auditor(user, audit)


def can_cancel_audit(user, audit: Audit) -> bool:
    return audit.status == AuditStatus.PLANNED and _manages(user, audit.programme.agency)


def can_start_audit(user, audit: Audit) -> bool:
    return audit.status == AuditStatus.PLANNED and (
        _manages(user, audit.programme.agency) or is_lead_auditor(user, audit)
    )


def can_edit_checklist(user, audit: Audit) -> bool:
    if audit.status not in CHECKLIST_EDITABLE:
        return False
    return _manages(user, audit.programme.agency) or is_team_member(user, audit)


def can_record_results(user, audit: Audit) -> bool:
    return audit.status == AuditStatus.IN_PROGRESS and is_team_member(user, audit)


def can_complete_fieldwork(user, audit: Audit) -> bool:
    return audit.status == AuditStatus.IN_PROGRESS and is_lead_auditor(user, audit)


def can_edit_report(user, audit: Audit) -> bool:
    return audit.status == AuditStatus.COMPLETED and is_lead_auditor(user, audit)


def can_approve_report(user, audit: Audit) -> bool:
    return can_edit_report(user, audit)


def can_raise_nonconformity(user, audit: Audit) -> bool:
    """Show the "create nonconformity" button (the nonconformities service decides finally)."""
    if audit.status not in (AuditStatus.IN_PROGRESS, AuditStatus.COMPLETED, AuditStatus.REPORTED):
        return False
    return _manages(user, audit.programme.agency) or is_team_member(user, audit)
