"""Who may see, draft, issue and cancel plans. Deny by default.

- An agency plan is drafted and edited by the agency's ISO coordinator or head (or a province
  administrator). The head or the ISO coordinator issues or cancels it: the head signs on paper
  or digitally (the signer, e.g. "KT. GIÁM ĐỐC", is typed on the plan) and the coordinator, who
  runs the QMS, registers the issuance in eiso, as văn thư does for any signed document.
- A province-wide plan is issued in the name of the UBND tỉnh or the DOST; the DOST overseer
  and the province administrator draft, issue and cancel it.
- Drafts are seen by those who may edit them and by province-level readers (administrator,
  DOST overseer, inspector); issued plans by everyone of the agency; an issued province-wide
  plan also by every member of an agency that has a share in it.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.models import Agency
from eiso.organizations.roles import Role
from eiso.plans.models import Plan, PlanScope, PlanStatus, TaskAssignment


def can_create_plan(user, agency: Agency, scope: str = PlanScope.AGENCY) -> bool:
    access = access_for(user)
    if scope == PlanScope.PROVINCE:
        return access.administers_province(agency.province_id) or access.oversees_province(
            agency.province_id
        )
    return access.manages_agency(agency.pk, agency.province_id)


def can_edit_plan(user, plan: Plan) -> bool:
    """Edit header parts and tasks: drafts only."""
    return plan.status == PlanStatus.DRAFT and can_create_plan(user, plan.agency, plan.scope)


def can_issue_plan(user, plan: Plan) -> bool:
    access = access_for(user)
    agency = plan.agency
    if plan.scope == PlanScope.PROVINCE:
        return can_create_plan(user, agency, plan.scope) or access.has_agency_role(
            agency.pk, Role.AGENCY_HEAD
        )
    return access.has_agency_role(agency.pk, Role.AGENCY_HEAD, Role.ISO_COORDINATOR)


def can_cancel_plan(user, plan: Plan) -> bool:
    return plan.status == PlanStatus.ISSUED and can_issue_plan(user, plan)


def can_delete_plan(user, plan: Plan) -> bool:
    return can_edit_plan(user, plan)


def _share_in(access) -> Q:
    shares = TaskAssignment.objects.filter(
        task__plan=OuterRef("pk"), agency_id__in=access.agency_ids()
    )
    return Q(scope=PlanScope.PROVINCE, status=PlanStatus.ISSUED) & Q(Exists(shares))


def visible_plans(user) -> QuerySet[Plan]:
    access = access_for(user)
    if not access.is_authenticated:
        return Plan.objects.none()
    if access.global_admin:
        return Plan.objects.all()
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    managed = [a for a, roles in access.agency_roles.items() if roles & MANAGER_ROLES]
    return Plan.objects.filter(
        Q(agency__province_id__in=provinces)
        | Q(agency_id__in=managed)
        | Q(agency_id__in=access.agency_ids(), status__in=[PlanStatus.ISSUED, PlanStatus.CANCELLED])
        | _share_in(access)
    )


MANAGER_ROLES = {Role.AGENCY_HEAD, Role.ISO_COORDINATOR}


def can_view_plan(user, plan: Plan) -> bool:
    return visible_plans(user).filter(pk=plan.pk).exists()


def creatable_agencies(user) -> QuerySet[Agency]:
    """Agencies for which the user may draft an agency plan."""
    access = access_for(user)
    if not access.is_authenticated:
        return Agency.objects.none()
    active = Agency.objects.filter(is_active=True)
    if access.global_admin:
        return active
    managed = [a for a, roles in access.agency_roles.items() if roles & MANAGER_ROLES]
    return active.filter(Q(province_id__in=access.admin_provinces) | Q(pk__in=managed))


def province_plan_issuers(user) -> QuerySet[Agency]:
    """Agencies in whose name the user may draft a province-wide plan (UBND tỉnh, DOST)."""
    from eiso.organizations.models import AgencyKind, Province

    access = access_for(user)
    provinces = access.admin_provinces | access.overseer_provinces
    if access.global_admin:
        in_reach, agencies = Province.objects.all(), Agency.objects.all()
    elif provinces:
        in_reach = Province.objects.filter(pk__in=provinces)
        agencies = Agency.objects.filter(province_id__in=provinces)
    else:
        return Agency.objects.none()
    dost = in_reach.values("oversight_agency_id")
    return agencies.filter(is_active=True).filter(
        Q(kind=AgencyKind.PROVINCIAL_COMMITTEE) | Q(pk__in=dost)
    )
