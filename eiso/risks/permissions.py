"""Who may do what with context, interested parties and risks. Deny by default.

- read: whoever reads the agency (its members; administrators, DOST overseers and inspectors of
  its province);
- manage context issues, interested parties and the risk matrix of the agency's ISO unit: the
  agency head, the ISO coordinator, an administrator of the province;
- manage a risk (create, edit, score, add treatments): the same, plus the head of the risk's unit
  (or of a unit above it) for risks of that unit;
- update the status of a treatment: whoever manages its risk, and the person responsible for it.
The DOST overseer reads every agency of its province and edits nothing.
"""

from __future__ import annotations

from django.db.models import QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.roles import Role
from eiso.risks.models import ContextIssue, InterestedParty, Risk, Treatment


def visible_risks(user) -> QuerySet[Risk]:
    return Risk.objects.filter(agency__in=visible_agencies(user))


def visible_issues(user) -> QuerySet[ContextIssue]:
    return ContextIssue.objects.filter(agency__in=visible_agencies(user))


def visible_parties(user) -> QuerySet[InterestedParty]:
    return InterestedParty.objects.filter(agency__in=visible_agencies(user))


def visible_treatments(user) -> QuerySet[Treatment]:
    return Treatment.objects.filter(risk__agency__in=visible_agencies(user))


def can_read_agency(user, agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_manage_context(user, agency) -> bool:
    return access_for(user).manages_agency(agency.pk, agency.province_id)


def can_manage_matrix(user, agency) -> bool:
    return agency.iso_unit_id is not None and can_manage_context(user, agency)


def can_manage_risks_in(user, agency, unit=None) -> bool:
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return unit is not None and access.has_unit_role(agency.pk, unit.path, Role.UNIT_HEAD)


def can_create_any_risk(user, agency) -> bool:
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return any(a == agency.pk and r == Role.UNIT_HEAD for a, _p, r in access.unit_roles)


def can_manage_risk(user, risk: Risk) -> bool:
    return can_manage_risks_in(user, risk.agency, risk.unit)


def can_update_treatment(user, treatment: Treatment) -> bool:
    if can_manage_risk(user, treatment.risk):
        return True
    access = access_for(user)
    return access.belongs_to(treatment.risk.agency_id) and treatment.owner_id == user.pk
