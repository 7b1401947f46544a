"""Granting and revoking roles on organisation nodes (province, agency, unit; global)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations import events
from eiso.organizations.access import access_for, forget_access
from eiso.organizations.models import Agency, Membership, Province, RoleGrant, Unit
from eiso.organizations.permissions import can_revoke, grantable_roles
from eiso.organizations.roles import ROLE_LEVELS, Level, Role


def node_level(node) -> Level:
    if node is None:
        return Level.GLOBAL
    if isinstance(node, Unit):
        return Level.UNIT
    if isinstance(node, Agency):
        return Level.AGENCY
    if isinstance(node, Province):
        return Level.PROVINCE
    raise TypeError(f"not an organisation node: {node!r}")


def _node_scope(node) -> tuple[Province | None, Agency | None]:
    if isinstance(node, Unit):
        return node.agency.province, node.agency
    if isinstance(node, Agency):
        return node.province, node
    return node, None


@transaction.atomic
def role_grant(*, actor, user, role: str, node) -> RoleGrant:
    """Grant `role` to `user` on `node` (a Province, Agency, Unit, or None for the installation).

    Agency and unit roles go to people working in that agency.
    """
    level = node_level(node)
    province, agency = _node_scope(node)
    allowed = grantable_roles_on(actor, level=level, province=province, agency=agency)
    if not allowed:
        raise PermissionDenied()
    if role not in Role.values or level not in ROLE_LEVELS[role]:
        raise DomainError(
            _("This role cannot be granted on a node of this level (%(level)s).")
            % {"level": Level(level).label},
            field="role",
        )
    if role not in allowed:
        raise PermissionDenied(_("You may not grant this role."))
    if isinstance(node, Unit) and not node.is_active:
        raise DomainError(_("This unit is inactive."), field="unit")
    if (
        agency is not None
        and not Membership.objects.filter(user=user, agency=agency, is_active=True).exists()
    ):
        raise DomainError(
            _("%(name)s does not work in this agency; add them to its people first.")
            % {"name": user.display_name},
            field="user",
        )
    node_field = {Level.UNIT: "unit", Level.AGENCY: "agency", Level.PROVINCE: "province"}
    filters = (
        {node_field[level]: node}
        if level in node_field
        else {"province": None, "agency": None, "unit": None}
    )
    if RoleGrant.objects.filter(user=user, role=role, is_active=True, **filters).exists():
        raise DomainError(
            _("%(name)s already holds this role here.") % {"name": user.display_name},
            field="role",
        )
    grant = RoleGrant.objects.create(user=user, role=role, created_by=actor, **filters)
    audit.record(
        actor=actor,
        action=events.ROLE_GRANT,
        obj=grant,
        changes=audit.created(
            {
                "user": user,
                "role": grant.get_role_display(),
                "node": node or _("whole installation"),
            }
        ),
        province_id=province.pk if province else None,
        agency_id=agency.pk if agency else None,
    )
    forget_access(user)
    return grant


def grantable_roles_on(actor, *, level: str, province, agency) -> list[str]:
    """Roles `actor` may grant on a node; on the whole installation only a global admin may."""
    if level == Level.GLOBAL:
        return [Role.SYSTEM_ADMIN] if access_for(actor).global_admin else []
    return grantable_roles(actor, level=level, province=province, agency=agency)


@transaction.atomic
def role_revoke(*, actor, grant: RoleGrant) -> RoleGrant:
    """End a grant; the row stays (inactive, with who revoked it and when) for the history."""
    if not can_revoke(actor, grant):
        raise PermissionDenied()
    grant = RoleGrant.objects.select_for_update().get(pk=grant.pk)
    if not grant.is_active:
        raise DomainError(_("This role has already been revoked."))
    grant.is_active = False
    grant.revoked_at = timezone.now()
    grant.revoked_by = actor
    grant.save(update_fields=["is_active", "revoked_at", "revoked_by", "updated_at"])
    audit.record(
        actor=actor, action=events.ROLE_REVOKE, obj=grant, changes={"is_active": [True, False]}
    )
    forget_access(grant.user)
    return grant
