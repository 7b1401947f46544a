"""Who may do what with quality objectives. Deny by default.

- read: whoever reads the agency (its members; administrators, DOST overseers and inspectors of
  its province);
- manage an agency objective (create, edit, plan, propose the evaluation): the agency head, the
  ISO coordinator, an administrator of the province;
- manage a unit objective: the same, plus the head of that unit (or of a unit above it);
- enter a measurement: whoever manages the objective, the head of the responsible unit and the
  responsible person;
- approve or return the year-end evaluation: the agency head.
The DOST overseer reads every agency of its province and edits nothing.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.objectives.models import Evaluation, EvaluationState, Objective
from eiso.organizations.access import access_for
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.roles import Role


def visible_objectives(user) -> QuerySet[Objective]:
    return Objective.objects.filter(agency__in=visible_agencies(user))


def can_view_agency_objectives(user, agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_manage_in(user, agency, unit=None) -> bool:
    """Create or edit objectives of `agency` (of its `unit` when given)."""
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return unit is not None and access.has_unit_role(agency.pk, unit.path, Role.UNIT_HEAD)


def can_manage_any_in(user, agency) -> bool:
    """May create at least some objective in `agency` (the "new objective" button)."""
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return any(a == agency.pk and r == Role.UNIT_HEAD for a, _p, r in access.unit_roles)


def can_manage_objective(user, objective: Objective) -> bool:
    return can_manage_in(user, objective.agency, objective.unit)


def can_enter_measurement(user, objective: Objective) -> bool:
    if can_manage_objective(user, objective):
        return True
    access = access_for(user)
    if not access.belongs_to(objective.agency_id):
        return False
    if objective.responsible_person_id is not None and objective.responsible_person_id == user.pk:
        return True
    unit = objective.responsible_unit
    return unit is not None and access.has_unit_role(objective.agency_id, unit.path, Role.UNIT_HEAD)


def can_propose_evaluation(user, objective: Objective) -> bool:
    return can_manage_objective(user, objective)


def can_decide_evaluation(user, objective: Objective) -> bool:
    return access_for(user).has_agency_role(objective.agency_id, Role.AGENCY_HEAD)


def evaluations_awaiting(user) -> QuerySet[Evaluation]:
    """Submitted evaluations the user may approve (agencies where they are the head)."""
    access = access_for(user)
    agencies = [a for a, roles in access.agency_roles.items() if Role.AGENCY_HEAD in roles]
    if not agencies:
        return Evaluation.objects.none()
    return Evaluation.objects.filter(
        state=EvaluationState.SUBMITTED, objective__agency_id__in=agencies
    )


def responsible_objectives(user) -> QuerySet[Objective]:
    """Objectives the user measures: named as responsible, or heading the responsible unit."""
    access = access_for(user)
    if not access.is_authenticated:
        return Objective.objects.none()
    condition = Q(responsible_person_id=user.pk)
    for agency_id, path, role in access.unit_roles:
        if role == Role.UNIT_HEAD:
            condition |= Q(agency_id=agency_id, responsible_unit__path__startswith=path)
    return Objective.objects.filter(condition, agency_id__in=access.agency_ids())
