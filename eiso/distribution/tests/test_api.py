"""Distribution API: same permissions as the pages, payloads, idempotent acknowledge, query
counts at two sizes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.distribution import services
from eiso.distribution.models import Acknowledgement, AckState
from eiso.distribution.tests.seed import bulk_documents, make_effective_document
from eiso.distribution.tests.test_views import READERS
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db


def _acks():
    return list(
        Acknowledgement.objects.order_by("id").values_list("id", "state", "acknowledged_at")
    )


@pytest.fixture
def document(personas, django_capture_on_commit_callbacks):
    return make_effective_document(personas, django_capture_on_commit_callbacks)


def test_matrix_for_every_endpoint(personas, client, document):
    everyone = set(personas.names(exclude=("anonymous",)))
    services.review_task_open(
        document=document, due_date=dt.date(2026, 12, 15), reason="Định kỳ", kind="other"
    )
    for url, allowed in (
        ("/api/v1/distribution/acknowledgements/mine", everyone),
        ("/api/v1/distribution/review-tasks", everyone),
        (f"/api/v1/distribution/documents/{document.pk}/acknowledgements", READERS),
    ):
        check_matrix(
            personas,
            client,
            request=lambda c, p, u=url: c.get(u),
            allowed=allowed,
            state=_acks,
            anonymous_statuses=(401,),
        )
    row = Acknowledgement.objects.get(user=personas.staff)
    url = f"/api/v1/distribution/acknowledgements/{row.pk}/acknowledge"
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url),
        allowed={"staff"},
        state=_acks,
        anonymous_statuses=(401,),
    )


def test_payloads_and_idempotent_acknowledge(personas, client, document):
    client.force_login(personas.staff)
    body = client.get("/api/v1/distribution/acknowledgements/mine").json()
    assert body["count"] == 1
    item = body["items"][0]
    assert (item["document_code"], item["issue_number"], item["state"]) == (
        document.code,
        1,
        "pending",
    )
    url = f"/api/v1/distribution/acknowledgements/{item['id']}/acknowledge"
    first = client.post(url).json()
    second = client.post(url).json()
    assert first["state"] == second["state"] == "acknowledged"
    assert first["acknowledged_at"] == second["acknowledged_at"]
    assert client.get("/api/v1/distribution/acknowledgements/mine").json()["count"] == 0
    # The tasks list of a staff member is empty (reviews are for owners and the coordinator).
    assert client.get("/api/v1/distribution/review-tasks").json()["count"] == 0
    client.force_login(personas.iso)
    status = client.get(
        f"/api/v1/distribution/documents/{document.pk}/acknowledgements",
        {"state": "acknowledged"},
    ).json()
    assert [i["full_name"] for i in status["items"]] == [personas.staff.full_name]
    assert status["items"][0]["state_label"] == "Đã đọc và hiểu"
    by_unit = client.get(
        f"/api/v1/distribution/documents/{document.pk}/acknowledgements",
        {"unit": str(personas.world.office.pk)},
    ).json()
    assert {i["full_name"] for i in by_unit["items"]} == {
        personas.iso.full_name,
        personas.auditor.full_name,
    }
    # Another agency's unit id is a 404, not an empty list.
    foreign = client.get(
        f"/api/v1/distribution/documents/{document.pk}/acknowledgements",
        {"unit": str(personas.world.other_unit.pk)},
    )
    assert foreign.status_code == 404


def test_superseded_request_cannot_be_acknowledged(personas, client, document):
    row = Acknowledgement.objects.get(user=personas.staff)
    Acknowledgement.objects.filter(pk=row.pk).update(state=AckState.SUPERSEDED)
    client.force_login(personas.staff)
    response = client.post(f"/api/v1/distribution/acknowledgements/{row.pk}/acknowledge")
    assert response.status_code == 400
    assert response.json()["code"] == "closed"


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts(personas, client, document):
    world = personas.world
    today = dt.date(2026, 11, 21)

    def grow(n, start):
        docs = bulk_documents(world.agency, world.division, n, effective_on=today, start=start)
        Acknowledgement.objects.bulk_create(
            Acknowledgement(
                edition_id=d.effective_edition_id,
                document=d,
                agency=world.agency,
                user=personas.iso,
                unit=world.office,
                requested_on=today,
            )
            for d in docs
        )
        for d in docs:
            services.review_task_open(document=d, due_date=today, reason="Định kỳ", kind="other")

    grow(2, 1)
    client.force_login(personas.iso)
    urls = [
        "/api/v1/distribution/acknowledgements/mine",
        "/api/v1/distribution/review-tasks",
        f"/api/v1/distribution/documents/{document.pk}/acknowledgements",
    ]
    small = [_count(client, u) for u in urls]
    grow(20, 100)
    assert [_count(client, u) for u in urls] == small
