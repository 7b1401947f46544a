"""Granting and revoking roles: levels, who may grant what, duplicates, revoke keeps the row."""

import pytest

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.organizations import events, services
from eiso.organizations.access import access_for
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role


def test_grant_on_unit_applies_to_subtree_and_is_audited(personas, world):
    auditor = personas.auditor
    grant = services.role_grant(
        actor=personas.iso, user=auditor, role=Role.UNIT_HEAD, node=world.division
    )
    assert (grant.unit, grant.agency, grant.province, grant.created_by) == (
        world.division,
        None,
        None,
        personas.iso,
    )
    assert access_for(auditor).has_unit_role(
        world.agency.pk, world.subdivision.path, Role.UNIT_HEAD
    )
    event = AuditEvent.objects.get(action=events.ROLE_GRANT)
    assert event.changes == {
        "user": [None, "Đặng Thị Đánh"],
        "role": [None, "Trưởng đơn vị"],
        "node": [None, "Phòng Giáo dục phổ thông"],
    }
    assert (event.province_id, event.agency_id) == (world.province.pk, world.agency.pk)


def test_role_level_is_enforced(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.role_grant(
            actor=personas.iso, user=personas.staff, role=Role.UNIT_HEAD, node=world.agency
        )
    assert excinfo.value.message == "Không thể cấp vai trò này ở cấp Cơ quan."
    with pytest.raises(DomainError):
        services.role_grant(
            actor=personas.admin,
            user=personas.staff,
            role=Role.ISO_COORDINATOR,
            node=world.division,
        )


def test_agency_managers_cannot_grant_province_roles(personas, world):
    with pytest.raises(PermissionDenied):
        services.role_grant(
            actor=personas.head, user=personas.staff, role=Role.DOST_OVERSEER, node=world.province
        )
    with pytest.raises(PermissionDenied):
        services.role_grant(
            actor=personas.dost, user=personas.staff, role=Role.STAFF, node=world.agency
        )
    with pytest.raises(PermissionDenied):
        services.role_grant(
            actor=personas.province_admin, user=personas.staff, role=Role.SYSTEM_ADMIN, node=None
        )
    grant = services.role_grant(
        actor=personas.province_admin, user=personas.staff, role=Role.INSPECTOR, node=world.province
    )
    assert grant.province == world.province


def test_duplicate_and_non_member_grants_are_refused(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.role_grant(
            actor=personas.iso, user=personas.staff, role=Role.STAFF, node=world.subdivision
        )
    assert excinfo.value.message == "Bùi Văn Viên đã có vai trò này tại đây."
    with pytest.raises(DomainError) as excinfo:
        services.role_grant(
            actor=personas.iso, user=personas.other_agency, role=Role.STAFF, node=world.agency
        )
    assert excinfo.value.message == (
        "Đỗ Thị Khác không công tác tại cơ quan này; hãy thêm người đó vào danh sách nhân sự trước."
    )


def test_revoke_keeps_row_with_who_and_when(personas, world):
    grant = RoleGrant.objects.get(user=personas.unit_head)
    services.role_revoke(actor=personas.head, grant=grant)
    grant.refresh_from_db()
    assert (grant.is_active, grant.revoked_by) == (False, personas.head)
    assert grant.revoked_at is not None
    assert AuditEvent.objects.get(action=events.ROLE_REVOKE).changes == {"is_active": [True, False]}
    with pytest.raises(DomainError) as excinfo:
        services.role_revoke(actor=personas.head, grant=grant)
    assert excinfo.value.message == "Vai trò này đã bị thu hồi."
    # The same role can be granted again afterwards.
    services.role_grant(
        actor=personas.head, user=personas.unit_head, role=Role.UNIT_HEAD, node=world.division
    )


@pytest.mark.parametrize(
    "name", ["unit_head", "auditor", "staff", "dost", "inspector", "other_agency"]
)
def test_who_may_not_revoke(personas, world, name):
    grant = RoleGrant.objects.get(user=personas.staff)
    with pytest.raises(PermissionDenied):
        services.role_revoke(actor=personas[name], grant=grant)
    assert RoleGrant.objects.get(pk=grant.pk).is_active
