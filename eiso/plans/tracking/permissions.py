"""Who may see and report on tracked work. Deny by default.

- See: tasks of ISSUED plans (tracking starts at issue). An agency plan is seen by whoever reads
  its agency (its people, the province's administrators, DOST overseers and inspectors). A
  province-wide plan's task is seen by the issuing agency's people and the province readers; an
  assigned agency sees only its own share (`TaskAssignment`).
- Report progress: the agency head and ISO coordinator on any work of their agency; the head and
  the members of the lead unit (a role or a position in that unit or a unit under it) on the work
  that unit leads. DOST overseers, inspectors and administrators read and never report: progress
  is the agency's own statement.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.roles import Role
from eiso.plans.models import PlanScope, PlanStatus, PlanTask, TaskAssignment, TaskOccurrence

_UNIT_PATHS_ATTR = "_eiso_plan_unit_paths"
MANAGER_ROLES = (Role.AGENCY_HEAD, Role.ISO_COORDINATOR)
LEAD_UNIT_ROLES = (Role.UNIT_HEAD, Role.STAFF)


def _unit_paths(user) -> set[tuple]:
    """(agency id, unit path) of the units the user works in: role grants and positions."""
    cached = getattr(user, _UNIT_PATHS_ATTR, None)
    if cached is not None:
        return cached
    from eiso.organizations.models import Membership

    access = access_for(user)
    paths = {(a, p) for a, p, r in access.unit_roles if r in LEAD_UNIT_ROLES}
    paths |= set(
        Membership.objects.filter(user=user, is_active=True, unit__isnull=False).values_list(
            "agency_id", "unit__path"
        )
    )
    setattr(user, _UNIT_PATHS_ATTR, paths)
    return paths


def works_in_unit(user, unit) -> bool:
    """In the unit, in a unit under it, or granted a unit role on an ancestor of it."""
    if unit is None or not access_for(user).is_authenticated:
        return False
    return any(
        agency_id == unit.agency_id and (path.startswith(unit.path) or unit.path.startswith(path))
        for agency_id, path in _unit_paths(user)
    )


def manages_agency_work(user, agency_id) -> bool:
    return access_for(user).has_agency_role(agency_id, *MANAGER_ROLES)


def can_report(user, *, agency_id, lead_unit) -> bool:
    """May report progress on work of `agency_id` led by `lead_unit` (None: no unit)."""
    if not access_for(user).is_authenticated:
        return False
    return manages_agency_work(user, agency_id) or works_in_unit(user, lead_unit)


def can_report_task(user, task: PlanTask) -> bool:
    if task.plan.status != PlanStatus.ISSUED or task.plan.scope != PlanScope.AGENCY:
        return False
    return can_report(user, agency_id=task.plan.agency_id, lead_unit=task.lead_unit)


def can_report_assignment(user, assignment: TaskAssignment) -> bool:
    if assignment.task.plan.status != PlanStatus.ISSUED:
        return False
    return can_report(user, agency_id=assignment.agency_id, lead_unit=assignment.lead_unit)


def can_report_occurrence(user, occurrence: TaskOccurrence) -> bool:
    if occurrence.assignment is not None:
        return can_report_assignment(user, occurrence.assignment)
    return can_report_task(user, occurrence.task)


def can_choose_share_unit(user, assignment: TaskAssignment) -> bool:
    """The agency decides which of its units handles its share."""
    return assignment.task.plan.status == PlanStatus.ISSUED and manages_agency_work(
        user, assignment.agency_id
    )


# Visibility ---------------------------------------------------------------------------------


def _readable_agency_ids(user):
    return visible_agencies(user).values("id")


def visible_tasks(user) -> QuerySet[PlanTask]:
    """Tasks of issued plans the user may see (province-wide tasks: the plan-level view)."""
    access = access_for(user)
    if not access.is_authenticated:
        return PlanTask.objects.none()
    issued = PlanTask.objects.filter(plan__status=PlanStatus.ISSUED)
    if access.global_admin:
        return issued
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    return issued.filter(
        Q(plan__scope=PlanScope.AGENCY, plan__agency__in=_readable_agency_ids(user))
        | Q(plan__scope=PlanScope.PROVINCE, plan__agency__province_id__in=provinces)
        | Q(plan__scope=PlanScope.PROVINCE, plan__agency_id__in=access.agency_ids())
    )


def visible_assignments(user) -> QuerySet[TaskAssignment]:
    """Agencies' shares: one's own agency's, all of a plan one's agency issued, all of the
    province for its readers."""
    access = access_for(user)
    if not access.is_authenticated:
        return TaskAssignment.objects.none()
    issued = TaskAssignment.objects.filter(task__plan__status=PlanStatus.ISSUED)
    if access.global_admin:
        return issued
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    return issued.filter(
        Q(agency_id__in=access.agency_ids())
        | Q(agency__province_id__in=provinces)
        | Q(task__plan__agency_id__in=access.agency_ids())
    )


def visible_occurrences(user) -> QuerySet[TaskOccurrence]:
    return TaskOccurrence.objects.filter(
        Q(assignment__isnull=True, task__in=visible_tasks(user).values("id"))
        | Q(assignment__in=visible_assignments(user).values("id"))
    )


def can_view_agency_board(user, agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_view_province_progress(user, plan) -> bool:
    """Progress across all agencies of a province-wide plan: its issuer and province readers."""
    access = access_for(user)
    return plan.scope == PlanScope.PROVINCE and (
        access.reads_province(plan.agency.province_id) or access.belongs_to(plan.agency_id)
    )
