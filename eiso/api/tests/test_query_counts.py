"""Every list costs the same number of queries at two data sizes (no N+1)."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.accounts.models import User
from eiso.organizations.models import Membership
from eiso.organizations.roles import Role
from tests.support.world import grant, make_agency, make_province, make_unit

_seq = itertools.count(1)


def _grow_provinces(world, n):
    for _ in range(n):
        i = next(_seq)
        make_province(40 + i, f"Tỉnh thử {i}")


def _grow_agencies(world, n):
    for _ in range(n):
        i = next(_seq)
        make_agency(world.province, f"Chi cục thử {i}", f"CC{i}", parent=world.agency)


def _grow_units(world, n):
    for _ in range(n):
        i = next(_seq)
        make_unit(world.agency, f"Tổ thử {i}", parent=world.division)


def _new_member(world, i):
    unit = make_unit(world.agency, f"Bộ phận {i}")
    user = User.objects.create_user(
        username=f"nguoi{i}", email=f"nguoi{i}@example.gov.vn", full_name=f"Người Thử {i}"
    )
    Membership.objects.create(user=user, agency=world.agency, unit=unit, position="Chuyên viên")
    return user, unit


def _grow_people(world, n):
    for _ in range(n):
        _new_member(world, next(_seq))


def _grow_roles(world, n):
    for _ in range(n):
        user, unit = _new_member(world, next(_seq))
        grant(user, Role.UNIT_HEAD, unit=unit)
        grant(user, Role.INTERNAL_AUDITOR, agency=world.agency)


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries), response.json()


@pytest.mark.parametrize(
    ("persona", "path", "grow"),
    [
        ("admin", "/api/v1/provinces", _grow_provinces),
        ("dost", "/api/v1/agencies", _grow_agencies),
        ("dost", "/api/v1/agencies?kind=department&status=maintaining&q=c", _grow_agencies),
        ("unit_head", "/api/v1/agencies/{agency}/units", _grow_units),
        ("iso", "/api/v1/agencies/{agency}/people", _grow_people),
        ("dost", "/api/v1/agencies/{agency}/people", _grow_people),
        ("staff", "/api/v1/agencies/{agency}/roles", _grow_roles),
        ("head", "/api/v1/me", _grow_roles),
    ],
)
def test_query_count_does_not_grow(client, personas, world, persona, path, grow):
    url = path.format(agency=world.agency.pk)
    url += ("&" if "?" in url else "?") + "limit=100"
    client.force_login(personas[persona])
    grow(world, 2)
    small_queries, small = _count(client, url)
    grow(world, 20)
    large_queries, large = _count(client, url)
    if "items" in large:
        assert large["count"] >= small["count"] + 20
        assert len(large["items"]) == min(large["count"], 100)
    assert small_queries == large_queries


def test_me_query_count_does_not_grow_with_own_grants(client, personas, world):
    user = personas.head
    client.force_login(user)
    small_queries, small = _count(client, "/api/v1/me")
    for i in range(10):
        unit = make_unit(world.agency, f"Phòng phụ trách {i}")
        grant(user, Role.UNIT_HEAD, unit=unit)
        agency = make_agency(world.province, f"Đơn vị kiêm nhiệm {i}", f"KN{i}")
        grant(user, Role.STAFF, agency=agency)
    large_queries, large = _count(client, "/api/v1/me")
    assert len(large["roles"]) == len(small["roles"]) + 20
    assert len(large["agencies"]) == len(small["agencies"]) + 10
    assert small_queries == large_queries
