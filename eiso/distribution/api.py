"""API of distribution (django-ninja router, mounted by eiso.api): my pending read
acknowledgements, confirming one, a document's acknowledgement status, review tasks. Scoped
exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.core.errors import PermissionDenied
from eiso.distribution import permissions, selectors, services
from eiso.distribution.models import Acknowledgement, AckState, ReviewKind, ReviewState, ReviewTask
from eiso.organizations.selectors import get_agency_for_user_or_404, get_unit_for_user_or_404

router = Router(tags=["distribution"])


class MyAcknowledgementOut(Schema):
    id: uuid.UUID
    document_id: uuid.UUID
    document_code: str
    document_title: str
    edition_id: uuid.UUID
    issue_number: int
    effective_date: dt.date | None
    state: str
    requested_on: dt.date
    acknowledged_at: dt.datetime | None


class AcknowledgementOut(Schema):
    id: uuid.UUID
    user_id: uuid.UUID
    full_name: str
    unit_id: uuid.UUID | None
    unit_name: str
    state: str
    state_label: str
    requested_on: dt.date
    acknowledged_at: dt.datetime | None


class ReviewTaskOut(Schema):
    id: uuid.UUID
    document_id: uuid.UUID
    document_code: str
    agency_id: uuid.UUID
    kind: str
    reason: str
    due_date: dt.date
    source_external_id: uuid.UUID | None
    state: str
    state_label: str
    reviewer_id: uuid.UUID | None
    reviewed_on: dt.date | None
    comment: str
    draft_edition_id: uuid.UUID | None


MyAcknowledgementPage = page_schema(MyAcknowledgementOut, "MyAcknowledgementPage")
AcknowledgementPage = page_schema(AcknowledgementOut, "AcknowledgementPage")
ReviewTaskPage = page_schema(ReviewTaskOut, "ReviewTaskPage")


class AckFilters(Schema):
    unit: uuid.UUID | None = Field(None, description="Only people of this unit and units under it.")
    state: AckState | None = Field(None, description="pending or acknowledged.")


class ReviewFilters(Schema):
    agency: uuid.UUID | None = Field(None, description="Id of the agency.")
    state: ReviewState | None = Field(None, description="open, no_change, new_draft, cancelled.")
    kind: ReviewKind | None = Field(None, description="periodic, external_change, other.")


def _mine(row: Acknowledgement) -> dict:
    return {
        "id": row.pk,
        "document_id": row.document_id,
        "document_code": row.document.code,
        "document_title": row.document.title,
        "edition_id": row.edition_id,
        "issue_number": row.edition.issue_number,
        "effective_date": row.edition.effective_date,
        "state": row.state,
        "requested_on": row.requested_on,
        "acknowledged_at": row.acknowledged_at,
    }


def _status(row: Acknowledgement) -> dict:
    return {
        "id": row.pk,
        "user_id": row.user_id,
        "full_name": row.user.full_name,
        "unit_id": row.unit_id,
        "unit_name": row.unit.name if row.unit else "",
        "state": row.state,
        "state_label": str(row.get_state_display()),
        "requested_on": row.requested_on,
        "acknowledged_at": row.acknowledged_at,
    }


def _task(task: ReviewTask) -> dict:
    return {
        "id": task.pk,
        "document_id": task.document_id,
        "document_code": task.document.code,
        "agency_id": task.agency_id,
        "kind": task.kind,
        "reason": task.reason,
        "due_date": task.due_date,
        "source_external_id": task.source_external_id,
        "state": task.state,
        "state_label": str(task.get_state_display()),
        "reviewer_id": task.reviewer_id,
        "reviewed_on": task.reviewed_on,
        "comment": task.comment,
        "draft_edition_id": task.draft_edition_id,
    }


@router.get(
    "/distribution/acknowledgements/mine",
    response={200: MyAcknowledgementPage, **DETAIL_RESPONSES},
)
def my_acknowledgements(request, page: Query[PageParams]):
    """Documents waiting for the caller's "read and understood", oldest request first."""
    return paginate(selectors.my_pending(request.auth), page, _mine)


@router.post(
    "/distribution/acknowledgements/{acknowledgement_id}/acknowledge",
    response={200: MyAcknowledgementOut, **DETAIL_RESPONSES},
)
def acknowledge(request, acknowledgement_id: uuid.UUID):
    """Confirm having read and understood the edition. Confirming twice changes nothing."""
    row = selectors.get_my_acknowledgement_or_404(request.auth, acknowledgement_id)
    row = services.acknowledgement_confirm(actor=request.auth, acknowledgement=row)
    return _mine(selectors.get_my_acknowledgement_or_404(request.auth, row.pk))


@router.get(
    "/distribution/documents/{document_id}/acknowledgements",
    response={200: AcknowledgementPage, **DETAIL_RESPONSES},
)
def document_acknowledgements(
    request, document_id: uuid.UUID, filters: Query[AckFilters], page: Query[PageParams]
):
    """Who has and has not acknowledged the document's effective edition."""
    document = selectors.get_document_for_user_or_404(request.auth, document_id)
    if not permissions.can_view_ack_status(request.auth, document):
        raise PermissionDenied
    unit = (
        get_unit_for_user_or_404(request.auth, document.agency, filters.unit)
        if filters.unit
        else None
    )
    rows = selectors.acknowledgements_of(document, unit=unit, state=filters.state or "")
    return paginate(rows, page, _status)


@router.get("/distribution/review-tasks", response={200: ReviewTaskPage, **DETAIL_RESPONSES})
def review_tasks(request, filters: Query[ReviewFilters], page: Query[PageParams]):
    """Review tasks the caller may see, earliest due first."""
    agency = get_agency_for_user_or_404(request.auth, filters.agency) if filters.agency else None
    tasks = selectors.review_tasks_for_user(
        request.auth, agency=agency, state=filters.state or "", kind=filters.kind or ""
    )
    return paginate(tasks, page, _task)
