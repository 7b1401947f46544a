"""A user's resolved role grants: the one place that turns grants into reach.

Every app's permissions module asks these questions instead of reading RoleGrant itself, so
"a grant applies to its subtree" and "deny by default" hold everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from eiso.organizations.roles import Role

_CACHE_ATTR = "_eiso_access"
_POSITION = "~position"  # a membership row among the grants in `access_for` (never a role code)


@dataclass
class Access:
    is_authenticated: bool = False
    global_admin: bool = False
    admin_provinces: set[uuid.UUID] = field(default_factory=set)
    overseer_provinces: set[uuid.UUID] = field(default_factory=set)
    inspector_provinces: set[uuid.UUID] = field(default_factory=set)
    # agency id -> roles held on the whole agency
    agency_roles: dict[uuid.UUID, set[str]] = field(default_factory=dict)
    # (agency id, unit path, role) for grants on a unit (applies to the unit's subtree)
    unit_roles: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)
    # agencies the user is a member of (position in the agency)
    member_agencies: set[uuid.UUID] = field(default_factory=set)

    # Reach -------------------------------------------------------------------------------
    def reads_province(self, province_id: uuid.UUID | None) -> bool:
        """Sees every agency of the province (administrator, DOST overseer, inspector)."""
        return self.global_admin or province_id in (
            self.admin_provinces | self.overseer_provinces | self.inspector_provinces
        )

    def administers_province(self, province_id: uuid.UUID | None) -> bool:
        return self.global_admin or province_id in self.admin_provinces

    def oversees_province(self, province_id: uuid.UUID | None) -> bool:
        return province_id in self.overseer_provinces

    def agency_ids(self) -> set[uuid.UUID]:
        """Agencies where the user holds a role or a position."""
        return set(self.agency_roles) | {a for a, _p, _r in self.unit_roles} | self.member_agencies

    def roles_in_agency(self, agency_id: uuid.UUID) -> set[str]:
        roles = set(self.agency_roles.get(agency_id, set()))
        roles |= {r for a, _p, r in self.unit_roles if a == agency_id}
        if agency_id in self.member_agencies:
            roles.add(Role.STAFF)
        return roles

    def has_agency_role(self, agency_id: uuid.UUID, *roles: str) -> bool:
        return bool(self.agency_roles.get(agency_id, set()) & set(roles))

    def has_unit_role(self, agency_id: uuid.UUID, unit_path: str, *roles: str) -> bool:
        """A role granted on the unit or on one of its ancestors (or on the whole agency)."""
        if self.has_agency_role(agency_id, *roles):
            return True
        return any(
            a == agency_id and unit_path.startswith(p) and r in roles for a, p, r in self.unit_roles
        )

    def belongs_to(self, agency_id: uuid.UUID) -> bool:
        return agency_id in self.agency_ids()

    def manages_agency(self, agency_id: uuid.UUID, province_id: uuid.UUID) -> bool:
        """May change the agency's structure and its QMS objects: head, ISO coordinator, admin."""
        return self.administers_province(province_id) or self.has_agency_role(
            agency_id, Role.AGENCY_HEAD, Role.ISO_COORDINATOR
        )

    def reads_agency(self, agency_id: uuid.UUID, province_id: uuid.UUID) -> bool:
        return self.reads_province(province_id) or self.belongs_to(agency_id)


def access_for(user) -> Access:
    """The user's access, computed once per request (cached on the user object)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Access()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    from django.db.models import CharField, UUIDField, Value

    from eiso.organizations.models import Membership, RoleGrant

    access = Access(is_authenticated=True)
    grants = (
        RoleGrant.objects.filter(user=user, is_active=True)
        .order_by()
        .values_list("role", "province_id", "agency_id", "unit_id", "unit__agency_id", "unit__path")
    )
    # The positions come in the same query, as rows of a role no grant can hold.
    no_uuid, no_text = Value(None, output_field=UUIDField()), Value(None, output_field=CharField())
    positions = (
        Membership.objects.filter(user=user, is_active=True)
        .order_by()
        .annotate(
            _role=Value(_POSITION, output_field=CharField()),
            _province=no_uuid,
            _unit=no_uuid,
            _unit_agency=no_uuid,
            _unit_path=no_text,
        )
        .values_list("_role", "_province", "agency_id", "_unit", "_unit_agency", "_unit_path")
    )
    for role, province_id, agency_id, unit_id, unit_agency_id, unit_path in grants.union(
        positions, all=True
    ):
        if role == _POSITION:
            access.member_agencies.add(agency_id)
        elif role == Role.SYSTEM_ADMIN and not (province_id or agency_id or unit_id):
            access.global_admin = True
        elif province_id:
            by_role: dict[str, set[uuid.UUID]] = {
                Role.SYSTEM_ADMIN: access.admin_provinces,
                Role.DOST_OVERSEER: access.overseer_provinces,
                Role.INSPECTOR: access.inspector_provinces,
            }
            if role in by_role:
                by_role[role].add(province_id)
        elif agency_id:
            access.agency_roles.setdefault(agency_id, set()).add(role)
        elif unit_id:
            access.unit_roles.append((unit_agency_id, unit_path, role))
    setattr(user, _CACHE_ATTR, access)
    return access


def forget_access(user) -> None:
    """Drop the cached access (after the user's grants change within one request)."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)
