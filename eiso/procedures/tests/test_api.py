"""API: TTHC list/detail, agency scope and coverage, province coverage — same permissions as the
pages, exact payloads, constant query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.procedures import services
from eiso.procedures.tests.conftest import make_procedure, make_tthc
from eiso.procedures.tests.test_views import AGENCY_READERS, PROVINCE_READERS, PROVINCE_WIDE
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db


@pytest.fixture
def scope(personas):
    tthc = make_tthc(personas.world.province, legal_time="4", unit="hours")
    [scope] = services.scope_add(actor=personas.dost, agency=personas.world.agency, tthcs=[tthc])
    return scope


def test_matrix(personas, client, scope):
    province = personas.world.province.pk
    agency = personas.world.agency.pk
    cases = [
        (f"/api/v1/tthc?province={province}", PROVINCE_READERS),
        (f"/api/v1/tthc/{scope.tthc_id}", PROVINCE_READERS),
        (f"/api/v1/agencies/{agency}/tthc-scope", AGENCY_READERS),
        (f"/api/v1/agencies/{agency}/tthc-coverage", AGENCY_READERS),
        (f"/api/v1/provinces/{province}/tthc-coverage", PROVINCE_WIDE),
        (f"/api/v1/provinces/{province}/tthc-coverage/agencies", PROVINCE_WIDE),
    ]
    for url, allowed in cases:
        check_matrix(personas, client, request=lambda c, p, u=url: c.get(u), allowed=allowed)


def test_payloads(personas, client, scope):
    client.force_login(personas.iso)
    body = client.get(f"/api/v1/tthc/{scope.tthc_id}").json()
    assert body["code"] == "1.001234"
    assert body["legal_time"] == "4.00" and body["legal_time_unit"] == "hours"
    assert body["legal_days"] == "0.50"
    assert body["level_label"] == "Cấp tỉnh"
    scope_page = client.get(f"/api/v1/agencies/{personas.world.agency.pk}/tthc-scope").json()
    assert scope_page["count"] == 1
    assert scope_page["items"][0]["coverage"] == "none"
    assert scope_page["items"][0]["task_open"] is True
    document, _e = make_procedure(personas.world.agency, state="effective")
    services.scope_map_procedure(actor=personas.iso, scope=scope, document=document)
    coverage = client.get(f"/api/v1/agencies/{personas.world.agency.pk}/tthc-coverage").json()
    assert coverage == {
        "agency_id": str(personas.world.agency.pk),
        "agency": "Sở Giáo dục và Đào tạo",
        "in_scope": 1,
        "covered": 1,
        "draft": 0,
        "without": 0,
        "percent": 100.0,
    }
    client.force_login(personas.dost)
    province = client.get(f"/api/v1/provinces/{personas.world.province.pk}/tthc-coverage").json()
    assert (province["catalogue"], province["in_scope"], province["percent"]) == (1, 1, 100.0)


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_do_not_grow(personas, client):
    world = personas.world
    urls = [
        f"/api/v1/tthc?province={world.province.pk}",
        f"/api/v1/agencies/{world.agency.pk}/tthc-scope",
        f"/api/v1/provinces/{world.province.pk}/tthc-coverage/agencies",
    ]
    client.force_login(personas.province_admin)

    def grow(start, count):
        tthcs = [make_tthc(world.province, f"1.{start + i:06d}") for i in range(count)]
        services.scope_add(actor=personas.dost, agency=world.agency, tthcs=tthcs)

    grow(100, 2)
    small = [_count(client, url) for url in urls]
    grow(200, 15)
    assert [_count(client, url) for url in urls] == small
