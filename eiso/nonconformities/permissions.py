"""Who may do what with nonconformities, corrective actions and improvement proposals.

Deny by default.
- read: whoever reads the agency (its members; administrators, DOST overseers and inspectors of
  its province). The DOST overseer reads every agency of its province and changes nothing;
- record a nonconformity: the agency's managers (head, ISO coordinator, a province
  administrator), its internal auditors, and a unit head for their unit;
- analyse, plan actions, start the work: the managers and the head of the nonconformity's unit;
- mark an action done (or reopen it): its owner, the managers, the head of the action's unit;
- verify effectiveness: the ISO coordinator or an internal auditor of the agency;
- close: the agency head or the ISO coordinator (or a province administrator);
- propose an improvement: any member of the agency; accept or reject: head or ISO coordinator.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.nonconformities.models import CorrectiveAction, Nonconformity, Proposal
from eiso.organizations.access import access_for
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.roles import Role


def visible_nonconformities(user) -> QuerySet[Nonconformity]:
    return Nonconformity.objects.filter(agency__in=visible_agencies(user))


def visible_actions(user) -> QuerySet[CorrectiveAction]:
    return CorrectiveAction.objects.filter(agency__in=visible_agencies(user))


def visible_proposals(user) -> QuerySet[Proposal]:
    return Proposal.objects.filter(agency__in=visible_agencies(user))


def can_read_agency(user, agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def _manages(user, agency) -> bool:
    return access_for(user).manages_agency(agency.pk, agency.province_id)


def _heads_unit(user, agency, unit) -> bool:
    return unit is not None and access_for(user).has_unit_role(agency.pk, unit.path, Role.UNIT_HEAD)


def can_record(user, agency, unit=None) -> bool:
    """Record a nonconformity in `agency` (in `unit` when given)."""
    if _manages(user, agency):
        return True
    if access_for(user).has_agency_role(agency.pk, Role.INTERNAL_AUDITOR):
        return True
    return _heads_unit(user, agency, unit)


def can_record_any(user, agency) -> bool:
    """Show the "record a nonconformity" button: may record at least in some unit."""
    if can_record(user, agency):
        return True
    access = access_for(user)
    return any(a == agency.pk and r == Role.UNIT_HEAD for a, _p, r in access.unit_roles)


def can_handle(user, nonconformity: Nonconformity) -> bool:
    """Edit, analyse, plan actions, start the work."""
    agency = nonconformity.agency
    return _manages(user, agency) or _heads_unit(user, agency, nonconformity.unit)


def can_update_action(user, action: CorrectiveAction) -> bool:
    agency = action.agency
    access = access_for(user)
    if not access.belongs_to(agency.pk) and not access.administers_province(agency.province_id):
        return False
    if action.owner_id == user.pk:
        return True
    if _manages(user, agency) or _heads_unit(user, agency, action.unit):
        return True
    nonconformity = action.nonconformity
    return nonconformity is not None and _heads_unit(user, agency, nonconformity.unit)


def can_verify(user, nonconformity: Nonconformity) -> bool:
    return access_for(user).has_agency_role(
        nonconformity.agency_id, Role.ISO_COORDINATOR, Role.INTERNAL_AUDITOR
    )


def can_close(user, nonconformity: Nonconformity) -> bool:
    return _manages(user, nonconformity.agency)


def can_propose(user, agency) -> bool:
    return access_for(user).belongs_to(agency.pk)


def can_decide_proposal(user, agency) -> bool:
    return access_for(user).has_agency_role(agency.pk, Role.AGENCY_HEAD, Role.ISO_COORDINATOR)


def can_view_province(user, province) -> bool:
    """The province-wide dashboard (every agency): DOST overseers, inspectors, administrators."""
    return access_for(user).reads_province(province.pk)


def owned_open_actions(user) -> QuerySet[CorrectiveAction]:
    """Open actions the user owns, in agencies they still belong to."""
    access = access_for(user)
    if not access.is_authenticated:
        return CorrectiveAction.objects.none()
    return CorrectiveAction.objects.filter(
        Q(owner_id=user.pk), status="open", agency_id__in=access.agency_ids()
    )
