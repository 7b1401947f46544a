"""API of controlled documents (django-ninja router, mounted by eiso.api): documents and their
editions, read-only, scoped exactly as the pages (`visible_documents`)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.documents import selectors
from eiso.documents.models import Document, Edition, Kind, State
from eiso.organizations.selectors import get_agency_for_user_or_404

router = Router(tags=["documents"])


class EditionSummary(Schema):
    id: uuid.UUID
    issue_number: int
    state: str
    effective_date: dt.date | None


class DocumentOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    owner_unit_id: uuid.UUID | None
    parent_id: uuid.UUID | None
    kind: str
    kind_label: str
    code: str
    title: str
    review_interval_months: int
    effective_edition: EditionSummary | None
    latest_edition: EditionSummary | None


class StepOut(Schema):
    order: int
    task: str
    responsible: str
    duration: Decimal | None
    duration_unit: str
    output: str


class RecordOut(Schema):
    name: str
    owner_unit_id: uuid.UUID | None
    owner: str
    place: str
    retention: str


class AmendmentOut(Schema):
    section: str
    description: str
    changed_on: dt.date | None


class SignatureOut(Schema):
    name: str
    position: str
    date: dt.date | None


class EditionOut(Schema):
    id: uuid.UUID
    document_id: uuid.UUID
    issue_number: int
    state: str
    state_label: str
    effective_date: dt.date | None
    ended_on: dt.date | None
    withdrawn_reason: str
    purpose: str
    scope: str
    definitions: str
    other_references: str
    body: str
    dossier_components: str
    dossier_copies: str
    processing_time: str
    fees: str
    submission_place: str
    file_name: str
    drafted: SignatureOut
    reviewed: SignatureOut
    approved: SignatureOut
    steps: list[StepOut]
    records: list[RecordOut]
    amendments: list[AmendmentOut]
    external_document_ids: list[uuid.UUID]
    internal_document_ids: list[uuid.UUID]


DocumentPage = page_schema(DocumentOut, "DocumentPage")
EditionPage = page_schema(EditionSummary, "EditionSummaryPage")


class DocumentFilters(Schema):
    agency: uuid.UUID = Field(..., description="Id of the agency.")
    kind: Kind | None = Field(None, description="Kind of document.")
    state: State | None = Field(None, description="State of the latest edition.")
    q: str = Field("", max_length=100, description="Words of the code or title.")


def _summary(edition: Edition | None) -> dict | None:
    return _edition_summary(edition) if edition is not None else None


def _edition_summary(edition: Edition) -> dict:
    return {
        "id": edition.pk,
        "issue_number": edition.issue_number,
        "state": edition.state,
        "effective_date": edition.effective_date,
    }


def _document(obj: Document) -> dict:
    return {
        "id": obj.pk,
        "agency_id": obj.agency_id,
        "owner_unit_id": obj.owner_unit_id,
        "parent_id": obj.parent_id,
        "kind": obj.kind,
        "kind_label": str(obj.get_kind_display()),
        "code": obj.code,
        "title": obj.title,
        "review_interval_months": obj.review_interval_months,
        "effective_edition": _summary(obj.effective_edition),
        "latest_edition": _summary(obj.latest_edition),
    }


def _signature(edition: Edition, step: str) -> dict:
    return {
        "name": getattr(edition, f"{step}_name"),
        "position": getattr(edition, f"{step}_position"),
        "date": getattr(edition, f"{step}_on"),
    }


def _edition(obj: Edition) -> dict:
    text_fields = (
        "purpose",
        "scope",
        "definitions",
        "other_references",
        "body",
        "dossier_components",
        "dossier_copies",
        "processing_time",
        "fees",
        "submission_place",
        "file_name",
        "withdrawn_reason",
    )
    return {
        "id": obj.pk,
        "document_id": obj.document_id,
        "issue_number": obj.issue_number,
        "state": obj.state,
        "state_label": str(obj.get_state_display()),
        "effective_date": obj.effective_date,
        "ended_on": obj.ended_on,
        **{name: getattr(obj, name) for name in text_fields},
        "drafted": _signature(obj, "drafted"),
        "reviewed": _signature(obj, "reviewed"),
        "approved": _signature(obj, "approved"),
        "steps": [
            {
                "order": s.order,
                "task": s.task,
                "responsible": s.responsible,
                "duration": s.duration,
                "duration_unit": s.duration_unit,
                "output": s.output,
            }
            for s in obj.steps.all()
        ],
        "records": [
            {
                "name": r.name,
                "owner_unit_id": r.owner_unit_id,
                "owner": r.owner,
                "place": r.place,
                "retention": r.retention,
            }
            for r in obj.records.all()
        ],
        "amendments": [
            {"section": a.section, "description": a.description, "changed_on": a.changed_on}
            for a in obj.amendments.all()
        ],
        "external_document_ids": [c.external_document_id for c in obj.citations.all()],
        "internal_document_ids": [d.pk for d in obj.referenced_documents.all()],
    }


@router.get("/documents", response={200: DocumentPage, **DETAIL_RESPONSES})
def list_documents(request, filters: Query[DocumentFilters], page: Query[PageParams]):
    """Controlled documents of one agency the caller may read, by code."""
    agency = get_agency_for_user_or_404(request.auth, filters.agency)
    queryset = selectors.document_list(
        request.auth,
        agency=agency,
        kind=filters.kind or "",
        state=filters.state or "",
        text=filters.q,
    )
    return paginate(queryset, page, _document)


@router.get("/documents/{document_id}", response={200: DocumentOut, **DETAIL_RESPONSES})
def get_document(request, document_id: uuid.UUID):
    return _document(selectors.get_document_for_user_or_404(request.auth, document_id))


@router.get("/documents/{document_id}/editions", response={200: EditionPage, **DETAIL_RESPONSES})
def list_editions(request, document_id: uuid.UUID, page: Query[PageParams]):
    """Every edition of the document, newest issue first."""
    document = selectors.get_document_for_user_or_404(request.auth, document_id)
    return paginate(document.editions.order_by("-issue_number"), page, _edition_summary)


@router.get("/editions/{edition_id}", response={200: EditionOut, **DETAIL_RESPONSES})
def get_edition(request, edition_id: uuid.UUID):
    """One edition with its content, steps, records, amendments and references."""
    edition = selectors.get_edition_for_user_or_404(request.auth, edition_id)
    return _edition(selectors.edition_detail(edition))
