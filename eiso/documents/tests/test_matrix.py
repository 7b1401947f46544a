"""Permission matrix of every page and API endpoint; denied writes change nothing;
query counts of the lists do not grow with the data."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eiso.documents import services
from eiso.documents.models import Document, Edition, Kind
from eiso.documents.tests.conftest import make_effective, make_procedure
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

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
# Authors of a document owned by the division (the staff member works in a team under it).
AUTHORS = {"admin", "province_admin", "head", "iso", "unit_head"}
REVIEWERS = {"iso", "unit_head"}
APPROVERS = {"head"}


def _editions():
    return sorted(
        Edition.objects.values_list(
            "id", "state", "purpose", "issue_number", "locked_by_id", "return_comment"
        )
    )


def _documents():
    return sorted(Document.objects.values_list("id", "code", "title"))


def test_reading_pages(personas, client):
    document, edition = make_procedure(personas)
    agency = personas.world.agency
    for url in (
        reverse("documents:index") + f"?agency={agency.pk}",
        reverse("documents:detail", args=[document.pk]),
        reverse("documents:edition", args=[edition.pk]),
    ):
        check_matrix(personas, client, request=lambda c, p, url=url: c.get(url), allowed=READERS)
    # Rendering costs ~0.5 s a time: the download is checked for one reader of each kind.
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("documents:download", args=[edition.pk, "docx"])),
        allowed={"staff", "dost"},
        personas_to_check=["staff", "dost", "other_agency", "other_province", "anonymous"],
    )


def test_writing_pages(personas, client):
    document, edition = make_procedure(personas)
    agency = personas.world.agency
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("documents:create") + f"?agency={agency.pk}"),
        allowed=AUTHORS | {"staff"},
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("documents:edit", args=[document.pk])),
        allowed=AUTHORS,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("documents:edit", args=[document.pk]),
            {
                "title": f"Tên mới {p}",
                "code": "QT.01",
                "owner_unit": personas.world.division.pk,
                "review_interval_months": 12,
            },
        ),
        allowed=AUTHORS,
        state=_documents,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("documents:editor_row", args=[edition.pk, "step"])),
        allowed=AUTHORS,
    )


def test_create_document(personas, client):
    agency = personas.world.agency

    def create(c, p):
        return c.post(
            reverse("documents:create") + f"?agency={agency.pk}",
            {
                "kind": Kind.PROCEDURE_INTERNAL,
                "title": f"Quy trình {p}",
                "review_interval_months": 12,
            },
        )

    check_matrix(
        personas,
        client,
        request=create,
        allowed=AUTHORS | {"staff"} - {"unit_head", "staff"},
        state=_documents,
        personas_to_check=[n for n in personas.names() if n not in ("unit_head", "staff")],
    )


def test_editor_and_workflow(personas, client):
    _document, edition = make_procedure(personas)
    editor = reverse("documents:editor", args=[edition.pk])

    def release(*_args):
        Edition.objects.filter(pk=edition.pk).update(locked_by=None, locked_at=None)

    def open_editor(c, p):
        response = c.get(editor)
        release()
        return response

    check_matrix(personas, client, request=open_editor, allowed=AUTHORS, state=_editions)
    action = lambda name: reverse("documents:action", args=[edition.pk, name])  # noqa: E731
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(action("review")),
        allowed=set(),
        state=_editions,
        denied_statuses=(302, 403, 404),
        personas_to_check=[n for n in personas.names() if n != "anonymous"],
    )
    # Submit: only authors (the first allowed one submits; the others then meet a clear message).
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(action("submit")),
        allowed=AUTHORS,
        state=_editions,
    )
    assert Edition.objects.get(pk=edition.pk).state == "submitted"
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            action("approve"), {"effective_date": timezone.localdate().isoformat()}
        ),
        allowed=APPROVERS,
        state=_editions,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(action("review")),
        allowed=REVIEWERS,
        state=_editions,
    )
    assert Edition.objects.get(pk=edition.pk).state == "reviewed"
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            action("approve"), {"effective_date": timezone.localdate().isoformat()}
        ),
        allowed=APPROVERS,
        state=_editions,
    )
    assert Edition.objects.get(pk=edition.pk).state == "effective"


def test_other_agency_id_is_not_found(personas, client):
    document, edition = make_procedure(personas)
    client.force_login(personas.other_agency)
    before = _editions()
    assert client.get(reverse("documents:detail", args=[document.pk])).status_code == 404
    assert client.post(reverse("documents:action", args=[edition.pk, "submit"])).status_code == 404
    assert client.post(reverse("documents:start_draft", args=[document.pk])).status_code == 404
    assert client.get(f"/api/v1/editions/{edition.pk}").status_code == 404
    assert _editions() == before


def test_api(personas, client):
    document, edition = make_procedure(personas)
    agency = personas.world.agency
    for url in (
        f"/api/v1/documents?agency={agency.pk}",
        f"/api/v1/documents/{document.pk}",
        f"/api/v1/documents/{document.pk}/editions",
        f"/api/v1/editions/{edition.pk}",
    ):
        check_matrix(
            personas,
            client,
            request=lambda c, p, url=url: c.get(url),
            allowed=READERS,
            anonymous_statuses=(401,),
        )
    client.force_login(personas.staff)
    data = client.get(f"/api/v1/editions/{edition.pk}").json()
    assert [s["order"] for s in data["steps"]] == [1, 2, 3, 4]
    assert data["records"][0]["retention"] == "Vĩnh viễn"
    listing = client.get(f"/api/v1/documents?agency={agency.pk}&kind=procedure_tthc").json()
    assert listing["count"] == 1 and listing["items"][0]["code"] == "QT.01"


def _add(personas, count: int) -> None:
    world = personas.world
    for index in range(count):
        document = services.document_create(
            actor=personas.iso,
            agency=world.agency,
            kind=Kind.FORM if index % 2 else Kind.OTHER,
            title=f"Tài liệu {index}",
            owner_unit=world.division,
            body="Nội dung",
        )
        if index % 3 == 0:
            make_effective(personas, document.latest_edition)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_do_not_grow(personas, client):
    agency = personas.world.agency
    client.force_login(personas.iso)
    urls = [
        reverse("documents:index") + f"?agency={agency.pk}",
        reverse("documents:index") + f"?agency={agency.pk}&q=tai+lieu&state=effective",
        f"/api/v1/documents?agency={agency.pk}",
    ]
    _add(personas, 3)
    small = [_queries(client, url) for url in urls]
    _add(personas, 12)
    large = [_queries(client, url) for url in urls]
    assert small == large


def test_document_and_edition_pages_do_not_grow_with_editions(personas, client):
    document, edition = make_procedure(personas)
    make_effective(personas, edition)
    client.force_login(personas.iso)

    def counts():
        latest = Edition.objects.filter(document=document).order_by("-issue_number").first()
        return [
            _queries(client, reverse("documents:detail", args=[document.pk])),
            _queries(client, reverse("documents:edition", args=[latest.pk])),
            _queries(client, f"/api/v1/editions/{latest.pk}"),
        ]

    def new_issue():
        draft = services.edition_start_draft(actor=personas.iso, document=document)
        services.edition_save_amendments(
            actor=personas.iso,
            edition=draft,
            rows=[{"section": "Mục 5", "description": "Cập nhật thời gian", "changed_on": ""}],
        )
        services.edition_release_lock(actor=personas.iso, edition=draft)
        make_effective(personas, draft)

    new_issue()
    small = counts()
    for _ in range(3):
        new_issue()
    assert counts() == small
