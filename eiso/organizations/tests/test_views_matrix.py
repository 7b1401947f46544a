"""Permission matrix for every organisation endpoint: who may, who may not, and that a denied
request changes nothing."""

import pytest
from django.urls import reverse

from eiso.organizations.models import (
    Agency,
    ISOUnit,
    Membership,
    QMSStatusChange,
    RoleGrant,
    Unit,
)
from eiso.organizations.roles import Role
from tests.support.matrix import check_matrix
from tests.support.world import grant, make_unit, make_user

pytestmark = pytest.mark.django_db

EVERYONE = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
    "other_agency",
    "other_province",
}
READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
MANAGERS = {"admin", "province_admin", "head", "iso"}
ADMINS = {"admin", "province_admin"}


def agencies_state():
    return list(
        Agency.objects.order_by("id").values_list(
            "id", "name", "symbol", "is_active", "iso_unit_id"
        )
    )


def units_state():
    return list(
        Unit.objects.order_by("id").values_list(
            "id", "name", "kind", "path", "parent_id", "is_active"
        )
    )


def people_state():
    return list(
        Membership.objects.order_by("id").values_list("id", "unit_id", "position", "is_active")
    )


def grants_state():
    return list(RoleGrant.objects.order_by("id").values_list("id", "role", "is_active"))


def qms_state():
    return (
        list(ISOUnit.objects.order_by("id").values_list("id", "status", "expanding_scope")),
        QMSStatusChange.objects.count(),
    )


def url(name, *args):
    return reverse(f"organizations:{name}", args=args)


@pytest.mark.parametrize("name", ["agency_list", "agency_export"])
def test_list_and_export_open_to_every_signed_in_person(personas, client, name):
    check_matrix(personas, client, request=lambda c, p: c.get(url(name)), allowed=EVERYONE)


@pytest.mark.parametrize("name", ["agency_detail", "unit_tree", "people", "roles"])
def test_agency_tabs_readable_in_province_and_agency_only(personas, world, client, name):
    results = check_matrix(
        personas, client, request=lambda c, p: c.get(url(name, world.agency.pk)), allowed=READERS
    )
    assert results["other_agency"] == results["other_province"] == 404


def test_agency_create(personas, world, client):
    def request(c, p):
        data = {
            "name": f"Sở mới {p}",
            "symbol": f"SM{p[:3].upper()}",
            "kind": "department",
            "place_name": "Hưng Yên",
            "head_title": "Giám đốc",
            "iso_unit": "new",
        }
        return c.post(url("agency_create") + f"?province={world.province.pk}", data)

    check_matrix(personas, client, request=request, allowed=ADMINS, state=agencies_state)
    assert Agency.objects.filter(name="Sở mới province_admin").exists()
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("agency_create")),
        allowed=ADMINS,
        state=agencies_state,
    )


def test_agency_edit(personas, world, client):
    def request(c, p):
        data = {
            "name": f"Sở Giáo dục và Đào tạo ({p})",
            "symbol": "SGDĐT",
            "kind": "department",
            "place_name": "Hưng Yên",
            "head_title": "Giám đốc",
            "iso_unit": "keep",
        }
        return c.post(url("agency_edit", world.agency.pk), data)

    check_matrix(personas, client, request=request, allowed=ADMINS, state=agencies_state)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("agency_edit", world.agency.pk)),
        allowed=ADMINS,
    )


@pytest.mark.parametrize("name", ["agency_deactivate", "agency_reactivate"])
def test_agency_deactivate_and_reactivate(personas, world, client, name):
    if name == "agency_reactivate":
        Agency.objects.filter(pk=world.other_agency.pk).update(is_active=False)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url(name, world.other_agency.pk)),
        allowed=ADMINS,
        state=agencies_state,
    )


def test_qms_status(personas, world, client):
    def request(c, p):
        return c.post(
            url("qms_status", world.agency.pk),
            {"to_status": "declared", "changed_on": "02/03/2025", "reason": f"Đăng ký bởi {p}"},
        )

    check_matrix(
        personas,
        client,
        request=request,
        allowed={"admin", "province_admin", "dost", "head", "iso"},
        state=qms_state,
    )


def test_unit_create(personas, world, client):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url("unit_create", world.agency.pk), {"name": f"Phòng {p}", "kind": "division"}
        ),
        allowed=MANAGERS,
        state=units_state,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("unit_create", world.agency.pk)),
        allowed=MANAGERS,
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_unit_edit(personas, world, client, method):
    def request(c, p):
        target = url("unit_edit", world.agency.pk, world.division.pk)
        if method == "get":
            return c.get(target)
        return c.post(target, {"name": f"Phòng GDPT {p}", "kind": "division", "symbol": "GDPT"})

    check_matrix(personas, client, request=request, allowed=MANAGERS, state=units_state)


@pytest.mark.parametrize("method", ["get", "post"])
def test_unit_move(personas, world, client, method):
    def request(c, p):
        target = url("unit_move", world.agency.pk, world.subdivision.pk)
        if method == "get":
            return c.get(target)
        parent = (
            world.office
            if Unit.objects.get(pk=world.subdivision.pk).parent_id == world.division.pk
            else world.division
        )
        return c.post(target, {"new_parent": str(parent.pk)})

    check_matrix(personas, client, request=request, allowed=MANAGERS, state=units_state)


@pytest.mark.parametrize("name", ["unit_deactivate", "unit_reactivate"])
def test_unit_deactivate_and_reactivate(personas, world, client, name):
    spare = make_unit(world.agency, "Ban dự phòng")
    if name == "unit_reactivate":
        Unit.objects.filter(pk=spare.pk).update(is_active=False)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url(name, world.agency.pk, spare.pk)),
        allowed=MANAGERS,
        state=units_state,
    )


def test_person_create(personas, world, client):
    def request(c, p):
        data = {
            "full_name": f"Người mới {p}",
            "email": f"moi.{p}@example.gov.vn",
            "position": "Chuyên viên",
        }
        return c.post(url("person_create", world.agency.pk), data)

    check_matrix(personas, client, request=request, allowed=MANAGERS, state=people_state)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("person_create", world.agency.pk)),
        allowed=MANAGERS,
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_membership_edit(personas, world, client, method):
    membership = Membership.objects.get(user=personas.staff, agency=world.agency)

    def request(c, p):
        target = url("membership_edit", world.agency.pk, membership.pk)
        if method == "get":
            return c.get(target)
        return c.post(target, {"unit": str(world.division.pk), "position": f"Chuyên viên {p}"})

    check_matrix(personas, client, request=request, allowed=MANAGERS, state=people_state)


def test_membership_end(personas, world, client):
    leaver = make_user("nguoi.nghi", "Người Nghỉ", agency=world.agency, unit=world.office)
    membership = Membership.objects.get(user=leaver)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url("membership_end", world.agency.pk, membership.pk)),
        allowed=MANAGERS,
        state=people_state,
    )


def test_role_grant(personas, world, client):
    def request(c, p):
        node = str(world.division.pk) if p in ("head", "admin") else "agency"
        return c.post(
            url("role_grant", world.agency.pk),
            {"user": str(personas.staff.pk), "role": "staff", "node": node},
        )

    check_matrix(personas, client, request=request, allowed=MANAGERS, state=grants_state)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("role_grant", world.agency.pk)),
        allowed=MANAGERS,
    )


def test_role_revoke(personas, world, client):
    target = grant(personas.auditor, Role.STAFF, agency=world.agency)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url("role_revoke", world.agency.pk, target.pk)),
        allowed=MANAGERS,
        state=grants_state,
    )


def test_foreign_ids_are_not_found(personas, world, client):
    """A unit, person or grant of another agency is not reachable through this agency's URLs."""
    client.force_login(personas.iso)
    other_membership = Membership.objects.get(user=personas.other_agency)
    other_grant = RoleGrant.objects.get(user=personas.other_agency)
    assert client.get(url("unit_edit", world.agency.pk, world.other_unit.pk)).status_code == 404
    assert (
        client.get(url("membership_edit", world.agency.pk, other_membership.pk)).status_code == 404
    )
    assert client.post(url("role_revoke", world.agency.pk, other_grant.pk)).status_code == 404
    assert RoleGrant.objects.get(pk=other_grant.pk).is_active
