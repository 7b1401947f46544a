"""API of internal audit: permission matrix of every endpoint, recording a result with the same
rules and Vietnamese messages as the page, constant query counts."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.audits import services
from eiso.audits.models import ChecklistItem
from eiso.audits.tests.test_views import AGENCY, INSIDE, PROVINCE_READERS
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db
BASE = "/api/v1"


def _items():
    return sorted(ChecklistItem.objects.values_list("id", "result", "evidence"))


def test_reads(personas, client, running_audit):
    programme = running_audit.programme
    draft_readers = PROVINCE_READERS | INSIDE
    for url in (f"{BASE}/audit-programmes/{programme.pk}", f"{BASE}/audits/{running_audit.pk}"):
        check_matrix(
            personas,
            client,
            request=lambda c, p, url=url: c.get(url),
            allowed=draft_readers,
            anonymous_statuses=(401,),
        )
    client.force_login(personas.staff)
    assert client.get(f"{BASE}/audit-programmes?year=2026").json()["count"] == 0
    services.programme_approve(actor=personas.head, programme=programme)
    listed = client.get(f"{BASE}/audit-programmes?year=2026").json()
    assert listed["count"] == 1
    assert {k: listed["items"][0][k] for k in ("planned", "done", "reported")} == {
        "planned": 1,
        "done": 0,
        "reported": 0,
    }
    audits = client.get(f"{BASE}/audits?status=in_progress").json()
    assert [a["id"] for a in audits["items"]] == [str(running_audit.pk)]
    assert audits["items"][0]["item_count"] == 9
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(f"{BASE}/audits/{running_audit.pk}/items"),
        allowed=PROVINCE_READERS | AGENCY,
        anonymous_statuses=(401,),
    )


def test_record_item(personas, client, running_audit):
    item = running_audit.items.get(order=1)
    url = f"{BASE}/audits/{running_audit.pk}/items/{item.pk}"
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.patch(
            url, json.dumps({"result": "conforms", "evidence": p}), "application/json"
        ),
        allowed={"auditor"},
        state=_items,
        anonymous_statuses=(401,),
    )
    client.force_login(personas.auditor)
    bad = client.patch(url, json.dumps({"result": "minor_nc"}), "application/json")
    assert bad.status_code == 400
    assert bad.json()["detail"].startswith("Ghi bằng chứng của sự không phù hợp")
    assert bad.json()["field"] == "evidence"
    unknown = client.patch(url, json.dumps({"result": "excellent"}), "application/json")
    assert unknown.status_code == 422
    item.refresh_from_db()
    assert (item.result, item.evidence) == ("conforms", "auditor")


def test_list_query_counts_constant(personas, client, programme, running_audit):
    client.force_login(personas.iso)

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = [f"{BASE}/audit-programmes", f"{BASE}/audits", f"{BASE}/audits/{running_audit.pk}/items"]
    small = [count(u) for u in urls]
    for n in range(3):
        services.audit_create(
            actor=personas.iso,
            programme=programme,
            title=f"Đợt {n}",
            planned_month=3,
            units=[personas.world.division],
        )
        services.item_add(actor=personas.auditor, audit=running_audit, question=f"Thêm {n}")
    services.programme_create(actor=personas.iso, agency=personas.world.agency, year=2025)
    assert [count(u) for u in urls] == small
