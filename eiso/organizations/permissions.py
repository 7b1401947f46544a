"""can(user, action, obj) and visible_to(user) for the organisation models. Deny by default."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.models import Agency, ISOUnit, Province, RoleGrant, Unit
from eiso.organizations.roles import ROLE_LEVELS, Level, Role


def visible_agencies(user) -> QuerySet[Agency]:
    access = access_for(user)
    if not access.is_authenticated:
        return Agency.objects.none()
    if access.global_admin:
        return Agency.objects.all()
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    return Agency.objects.filter(Q(province_id__in=provinces) | Q(id__in=access.agency_ids()))


def visible_provinces(user) -> QuerySet[Province]:
    access = access_for(user)
    if access.global_admin:
        return Province.objects.all()
    return Province.objects.filter(
        id__in=visible_agencies(user).values("province_id").distinct()
    ) | Province.objects.filter(
        id__in=access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    )


def visible_units(user) -> QuerySet[Unit]:
    return Unit.objects.filter(agency__in=visible_agencies(user))


def visible_iso_units(user) -> QuerySet[ISOUnit]:
    return ISOUnit.objects.filter(agencies__in=visible_agencies(user)).distinct()


def can_view_agency(user, agency: Agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_manage_structure(user, agency: Agency) -> bool:
    """Create/edit/move/deactivate units, add people, grant agency roles."""
    return access_for(user).manages_agency(agency.pk, agency.province_id)


def can_edit_agency(user, agency: Agency) -> bool:
    """Agency details (name, symbol, kind, parent, active) belong to the administrator."""
    return access_for(user).administers_province(agency.province_id)


def can_create_agency(user, province: Province) -> bool:
    return access_for(user).administers_province(province.pk)


def can_record_qms_status(user, agency: Agency) -> bool:
    """The DOST keeps the registry; the agency's head and ISO coordinator report their own."""
    access = access_for(user)
    return access.manages_agency(agency.pk, agency.province_id) or access.oversees_province(
        agency.province_id
    )


def can_manage_steering(user, agency: Agency) -> bool:
    return access_for(user).manages_agency(agency.pk, agency.province_id)


def grantable_roles(user, *, level: str, province: Province, agency: Agency | None) -> list[str]:
    """Roles the user may grant on a node of `level` (deny by default)."""
    access = access_for(user)
    allowed = [r for r, levels in ROLE_LEVELS.items() if level in levels]
    if access.global_admin:
        return allowed
    if access.administers_province(province.pk):
        if level == Level.GLOBAL:
            return []
        return allowed
    if agency is not None and access.manages_agency(agency.pk, province.pk):
        # An agency's head or ISO coordinator staffs their own agency, but cannot create
        # administrators or province-level roles.
        return [
            r for r in allowed if r not in (Role.SYSTEM_ADMIN, Role.DOST_OVERSEER, Role.INSPECTOR)
        ]
    return []


def can_revoke(user, grant: RoleGrant) -> bool:
    if grant.unit is not None:
        agency = grant.unit.agency
        return grant.role in grantable_roles(
            user, level=Level.UNIT, province=agency.province, agency=agency
        )
    if grant.agency is not None:
        return grant.role in grantable_roles(
            user, level=Level.AGENCY, province=grant.agency.province, agency=grant.agency
        )
    if grant.province_id:
        return access_for(user).administers_province(grant.province_id)
    return access_for(user).global_admin


def can_view_audit_log(user) -> bool:
    access = access_for(user)
    return access.global_admin or bool(access.admin_provinces)
