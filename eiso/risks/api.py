"""API of context, risks and opportunities (django-ninja router, mounted by eiso.api): the
register and treatments read, a treatment's status updated. Scoped exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.organizations.selectors import get_agency_for_user_or_404
from eiso.risks import selectors, services
from eiso.risks.models import RiskKind, RiskLevel, TreatmentStatus

router = Router(tags=["risks"])


class RiskOut(Schema):
    id: uuid.UUID
    code: str
    agency_id: uuid.UUID
    unit_id: uuid.UUID | None
    process: str
    kind: str
    title: str
    description: str
    source_issue_id: uuid.UUID | None
    source_party_id: uuid.UUID | None
    likelihood: int
    impact: int
    score: int
    level: str
    residual_likelihood: int | None
    residual_impact: int | None
    residual_score: int | None
    residual_level: str
    owner_id: uuid.UUID | None
    review_date: dt.date | None
    status: str


class RiskTreatmentOut(Schema):
    id: uuid.UUID
    risk_id: uuid.UUID
    action: str
    owner_id: uuid.UUID
    due_date: dt.date
    status: str
    completed_on: dt.date | None
    note: str


class RiskTreatmentStatusIn(Schema):
    status: TreatmentStatus = Field(..., description="planned, in_progress, done or cancelled.")
    note: str = Field("", max_length=2000)


class RiskFilterParams(Schema):
    agency: uuid.UUID = Field(..., description="Id of the agency.")
    kind: RiskKind | None = None
    level: RiskLevel | None = None
    status: str = Field("open", pattern="^(open|closed|all)$", description="open, closed or all.")


RiskPage = page_schema(RiskOut, "RiskPage")
RiskTreatmentPage = page_schema(RiskTreatmentOut, "RiskTreatmentPage")


def _risk(risk) -> dict:
    return {field: getattr(risk, field) for field in RiskOut.model_fields}


def _treatment(treatment) -> dict:
    return {field: getattr(treatment, field) for field in RiskTreatmentOut.model_fields}


@router.get("/risks", response={200: RiskPage, **DETAIL_RESPONSES})
def list_risks(request, filters: Query[RiskFilterParams], page: Query[PageParams]):
    """The register of one agency the caller may read, highest score first."""
    agency = get_agency_for_user_or_404(request.auth, filters.agency)
    risk_filters = selectors.RiskFilters(
        kind=filters.kind or "",
        level=filters.level or "",
        status="" if filters.status == "all" else filters.status,
    )
    return paginate(selectors.risks_for_user(request.auth, agency, risk_filters), page, _risk)


@router.get("/risks/{risk_id}", response={200: RiskOut, **DETAIL_RESPONSES})
def get_risk(request, risk_id: uuid.UUID):
    return _risk(selectors.get_risk_for_user_or_404(request.auth, risk_id))


@router.get("/risks/{risk_id}/treatments", response={200: RiskTreatmentPage, **DETAIL_RESPONSES})
def list_treatments(request, risk_id: uuid.UUID, page: Query[PageParams]):
    risk = selectors.get_risk_for_user_or_404(request.auth, risk_id)
    return paginate(selectors.treatments_of(risk), page, _treatment)


@router.post(
    "/risks/treatments/{treatment_id}/status",
    response={200: RiskTreatmentOut, **DETAIL_RESPONSES},
)
def set_treatment_status(request, treatment_id: uuid.UUID, payload: RiskTreatmentStatusIn):
    """Move a treatment action along its lifecycle (its owner or whoever manages the risk)."""
    treatment = selectors.get_treatment_for_user_or_404(request.auth, treatment_id)
    saved = services.treatment_set_status(
        actor=request.auth, treatment=treatment, status=payload.status, note=payload.note
    )
    return _treatment(saved)
