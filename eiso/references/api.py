"""API of external documents (django-ninja router, mounted by eiso.api): list and detail, scoped
exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.references import selectors
from eiso.references.models import ExternalDocument, Kind, Scope, Status

router = Router(tags=["references"])


class ExternalDocumentOut(Schema):
    id: uuid.UUID
    scope: str
    province_id: uuid.UUID | None
    agency_id: uuid.UUID | None
    kind: str
    kind_label: str
    number: str
    title: str
    issuer: str
    issued_date: dt.date | None
    effective_date: dt.date | None
    status: str
    status_label: str
    status_effective_date: dt.date | None
    replaced_by_id: uuid.UUID | None
    amended_by: str
    url: str
    has_file: bool
    notes: str


class StatusChangeOut(Schema):
    from_status: str
    to_status: str
    effective_date: dt.date
    replaced_by_id: uuid.UUID | None
    amended_by: str
    note: str


class ExternalDocumentDetailOut(ExternalDocumentOut):
    status_history: list[StatusChangeOut]


ExternalDocumentPage = page_schema(ExternalDocumentOut, "ExternalDocumentPage")


class ExternalFilters(Schema):
    q: str = Field("", max_length=100, description="Number, title or issuer (accents ignored).")
    kind: Kind | None = None
    status: Status | None = None
    issuer: str = Field("", max_length=255)
    scope: Scope | None = None


def _document(document: ExternalDocument) -> dict:
    return {
        **{
            name: getattr(document, name)
            for name in ExternalDocumentOut.model_fields
            if name not in ("kind_label", "status_label", "has_file", "scope")
        },
        "scope": document.scope,
        "kind_label": str(document.get_kind_display()),
        "status_label": str(document.get_status_display()),
        "has_file": bool(document.file),
    }


@router.get("/external-documents", response={200: ExternalDocumentPage, **DETAIL_RESPONSES})
def list_external_documents(request, filters: Query[ExternalFilters], page: Query[PageParams]):
    """External documents the caller may read: national, their province's, their agencies'."""
    queryset = selectors.search_external_documents(
        request.auth,
        q=filters.q,
        kind=filters.kind or "",
        status=filters.status or "",
        issuer=filters.issuer,
        scope=filters.scope or "",
    )
    return paginate(queryset, page, _document)


@router.get(
    "/external-documents/{document_id}",
    response={200: ExternalDocumentDetailOut, **DETAIL_RESPONSES},
)
def get_external_document(request, document_id: uuid.UUID):
    document = selectors.get_external_for_user_or_404(request.auth, document_id)
    history = [
        {
            "from_status": change.from_status,
            "to_status": change.to_status,
            "effective_date": change.effective_date,
            "replaced_by_id": change.replaced_by_id,
            "amended_by": change.amended_by,
            "note": change.note,
        }
        for change in selectors.status_history(document)[:100]
    ]
    return {**_document(document), "status_history": history}
