"""Internal audit in the REST API: programmes, audits and checklist items (read), and recording an
item's result. Scoped and permitted exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.auth import ApiRequest
from eiso.api.errors import DETAIL_RESPONSES, ERROR_RESPONSES, ErrorOut
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.audits import selectors, services
from eiso.audits.models import AuditStatus, Result

router = Router(tags=["audits"])


class ProgrammeOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    agency_name: str
    iso_unit_id: uuid.UUID
    year: int
    status: str = Field(..., description="draft | approved")
    objectives: str
    planned: int = Field(..., description="Audits planned (not cancelled).")
    done: int = Field(..., description="Audits whose fieldwork is completed or reported.")
    reported: int = Field(..., description="Audits whose report is approved.")


class AuditOut(Schema):
    id: uuid.UUID
    programme_id: uuid.UUID
    agency_id: uuid.UUID
    year: int
    sequence: int
    title: str
    status: str = Field(..., description="planned | in_progress | completed | reported | cancelled")
    planned_month: int
    start_date: dt.date | None
    end_date: dt.date | None
    lead_auditor_id: uuid.UUID | None
    unit_ids: list[uuid.UUID]
    item_count: int
    assessed_count: int
    nonconformity_count: int


class ItemOut(Schema):
    id: uuid.UUID
    audit_id: uuid.UUID
    order: int
    unit_id: uuid.UUID | None
    clause_number: str | None
    procedure_ref: str
    question: str
    result: str = Field(..., description="Empty until assessed; else one of the results.")
    evidence: str
    assessed_at: dt.datetime | None


class ItemResultIn(Schema):
    result: Result
    evidence: str = Field("", max_length=5000)


ProgrammePage = page_schema(ProgrammeOut, "AuditProgrammePage")
AuditPage = page_schema(AuditOut, "AuditPage")
ItemPage = page_schema(ItemOut, "ChecklistItemPage")


class ProgrammeFilters(Schema):
    year: int | None = Field(None, ge=2000, le=2100)
    agency: uuid.UUID | None = None


class AuditFilters(Schema):
    year: int | None = Field(None, ge=2000, le=2100)
    status: AuditStatus | None = None
    agency: uuid.UUID | None = None


def _programme(programme) -> dict:
    return {
        "id": programme.pk,
        "agency_id": programme.agency_id,
        "agency_name": programme.agency.name,
        "iso_unit_id": programme.iso_unit_id,
        "year": programme.year,
        "status": programme.status,
        "objectives": programme.objectives,
        "planned": programme.planned_count,
        "done": programme.done_count,
        "reported": programme.reported_count,
    }


def _audit(audit) -> dict:
    return {
        "id": audit.pk,
        "programme_id": audit.programme_id,
        "agency_id": audit.programme.agency_id,
        "year": audit.programme.year,
        "sequence": audit.sequence,
        "title": audit.title,
        "status": audit.status,
        "planned_month": audit.planned_month,
        "start_date": audit.start_date,
        "end_date": audit.end_date,
        "lead_auditor_id": audit.lead_auditor_id,
        "unit_ids": [unit.pk for unit in audit.units.all()],
        "item_count": audit.item_count,
        "assessed_count": audit.assessed_count,
        "nonconformity_count": audit.finding_count,
    }


def _item(item) -> dict:
    return {
        "id": item.pk,
        "audit_id": item.audit_id,
        "order": item.order,
        "unit_id": item.unit_id,
        "clause_number": item.clause.number if item.clause_id else None,
        "procedure_ref": item.procedure_ref,
        "question": item.question,
        "result": item.result,
        "evidence": item.evidence,
        "assessed_at": item.assessed_at,
    }


@router.get("/audit-programmes", response={200: ProgrammePage, **ERROR_RESPONSES})
def list_programmes(request: ApiRequest, filters: Query[ProgrammeFilters], page: Query[PageParams]):
    """Audit programmes the caller may read, with their progress."""
    programmes = selectors.programmes_for_user(
        request.auth, year=filters.year, agency_id=filters.agency
    )
    return paginate(programmes, page, _programme)


@router.get("/audit-programmes/{programme_id}", response={200: ProgrammeOut, **DETAIL_RESPONSES})
def get_programme(request: ApiRequest, programme_id: uuid.UUID):
    """One programme; 404 when the caller may not read it."""
    selectors.get_programme_for_user_or_404(request.auth, programme_id)
    programme = selectors.programmes_for_user(request.auth).get(pk=programme_id)
    return _programme(programme)


@router.get("/audits", response={200: AuditPage, **ERROR_RESPONSES})
def list_audits(request: ApiRequest, filters: Query[AuditFilters], page: Query[PageParams]):
    """Audits the caller may read."""
    audits = selectors.audits_for_user(
        request.auth, year=filters.year, status=filters.status or "", agency_id=filters.agency
    )
    return paginate(audits, page, _audit)


@router.get("/audits/{audit_id}", response={200: AuditOut, **DETAIL_RESPONSES})
def get_audit(request: ApiRequest, audit_id: uuid.UUID):
    """One audit; 404 when the caller may not read it."""
    selectors.get_audit_for_user_or_404(request.auth, audit_id)
    return _audit(selectors.audits_for_user(request.auth).get(pk=audit_id))


@router.get("/audits/{audit_id}/items", response={200: ItemPage, **DETAIL_RESPONSES})
def list_items(request: ApiRequest, audit_id: uuid.UUID, page: Query[PageParams]):
    """The checklist of an audit, in order."""
    audit = selectors.get_audit_for_user_or_404(request.auth, audit_id)
    return paginate(selectors.checklist_of(audit), page, _item)


@router.patch(
    "/audits/{audit_id}/items/{item_id}", response={200: ItemOut, 400: ErrorOut, **DETAIL_RESPONSES}
)
def record_item(
    request: ApiRequest, audit_id: uuid.UUID, item_id: uuid.UUID, payload: ItemResultIn
):
    """Record an item's result and evidence notes: the audit team, while the audit is in
    progress. A nonconformity needs its evidence."""
    audit = selectors.get_audit_for_user_or_404(request.auth, audit_id)
    item = selectors.get_item_for_user_or_404(request.auth, item_id, audit=audit)
    item = services.item_record(
        actor=request.auth, item=item, result=payload.result, evidence=payload.evidence
    )
    return _item(item)
