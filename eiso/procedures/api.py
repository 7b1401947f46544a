"""API of the TTHC catalogue (django-ninja router, mounted by eiso.api): the province's TTHC,
an agency's scope, coverage per agency and for the province. Read-only, scoped as the pages."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from django.http import Http404
from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.core.errors import PermissionDenied
from eiso.organizations.selectors import get_agency_for_user_or_404
from eiso.procedures import permissions, selectors
from eiso.procedures.models import TTHC, AgencyTTHC, TTHCLevel

router = Router(tags=["procedures"])


class TTHCOut(Schema):
    id: uuid.UUID
    province_id: uuid.UUID
    code: str
    name: str
    field: str
    level: str
    level_label: str
    implementing_agency_id: uuid.UUID | None
    implementing_agency: str
    legal_time: Decimal
    legal_time_unit: str
    legal_days: Decimal
    fees: str
    legal_basis: str
    decision_number: str
    decision_date: dt.date | None
    is_active: bool


class ScopeOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    tthc: TTHCOut
    procedure_id: uuid.UUID | None
    coverage: str = Field(..., description="covered, draft or none")
    added_on: dt.date
    due_date: dt.date | None
    task_open: bool


class CoverageOut(Schema):
    agency_id: uuid.UUID
    agency: str
    in_scope: int
    covered: int
    draft: int
    without: int
    percent: float | None


class ProvinceCoverageOut(Schema):
    province_id: uuid.UUID
    catalogue: int
    in_scope: int
    covered: int
    draft: int
    without: int
    percent: float | None


TTHCPage = page_schema(TTHCOut, "TTHCPage")
ScopePage = page_schema(ScopeOut, "ScopePage")
CoveragePage = page_schema(CoverageOut, "CoveragePage")


class TTHCFilters(Schema):
    province: uuid.UUID | None = Field(None, description="Province id (default: the caller's).")
    q: str = Field("", max_length=200, description="Part of the code or name.")
    field: str = Field("", max_length=255, description="Field (lĩnh vực), exactly.")
    level: TTHCLevel | None = None
    active: bool | None = Field(True, description="Applied (true), no longer applied (false).")


class ScopeFilters(Schema):
    status: str = Field("", pattern="^(|covered|draft|none)$")
    task_open: bool = False


def _tthc(obj: TTHC) -> dict:
    return {
        "id": obj.pk,
        "province_id": obj.province_id,
        "code": obj.code,
        "name": obj.name,
        "field": obj.field,
        "level": obj.level,
        "level_label": str(obj.get_level_display()),
        "implementing_agency_id": obj.implementing_agency_id,
        "implementing_agency": obj.implementing_agency_label,
        "legal_time": obj.legal_time,
        "legal_time_unit": obj.legal_time_unit,
        "legal_days": obj.legal_days,
        "fees": obj.fees,
        "legal_basis": obj.legal_basis,
        "decision_number": obj.decision_number,
        "decision_date": obj.decision_date,
        "is_active": obj.is_active,
    }


def _scope(obj: AgencyTTHC) -> dict:
    return {
        "id": obj.pk,
        "agency_id": obj.agency_id,
        "tthc": _tthc(obj.tthc),
        "procedure_id": obj.procedure_id,
        "coverage": getattr(obj, "coverage", ""),
        "added_on": obj.added_on,
        "due_date": obj.due_date,
        "task_open": obj.task_open,
    }


def _province(user, province_id):
    if province_id is not None:
        return selectors.get_province_for_user_or_404(user, province_id)
    province = selectors.user_province(user)
    if province is None:
        raise Http404
    return province


@router.get("/tthc", response={200: TTHCPage, **DETAIL_RESPONSES})
def list_tthc(request, filters: Query[TTHCFilters], page: Query[PageParams]):
    """The province's TTHC catalogue, by code."""
    province = _province(request.auth, filters.province)
    queryset = selectors.catalogue(
        request.auth,
        province,
        q=filters.q,
        field=filters.field,
        level=filters.level or "",
        active=filters.active,
    )
    return paginate(queryset, page, _tthc)


@router.get("/tthc/{tthc_id}", response={200: TTHCOut, **DETAIL_RESPONSES})
def get_tthc(request, tthc_id: uuid.UUID):
    return _tthc(selectors.get_tthc_for_user_or_404(request.auth, tthc_id))


@router.get("/agencies/{agency_id}/tthc-scope", response={200: ScopePage, **DETAIL_RESPONSES})
def agency_scope(
    request, agency_id: uuid.UUID, filters: Query[ScopeFilters], page: Query[PageParams]
):
    """The TTHC in the agency's scope with each one's coverage status."""
    agency = get_agency_for_user_or_404(request.auth, agency_id)
    if not permissions.can_view_scope(request.auth, agency):
        raise PermissionDenied
    rows = selectors.scope_rows(
        request.auth, agency, status=filters.status, task_open=filters.task_open
    ).select_related("tthc__implementing_agency")
    return paginate(rows, page, _scope)


@router.get("/agencies/{agency_id}/tthc-coverage", response={200: CoverageOut, **DETAIL_RESPONSES})
def agency_coverage(request, agency_id: uuid.UUID):
    agency = get_agency_for_user_or_404(request.auth, agency_id)
    if not permissions.can_view_scope(request.auth, agency):
        raise PermissionDenied
    counts = selectors.agency_coverage(agency)
    return {"agency_id": agency.pk, "agency": agency.name, **counts}


@router.get(
    "/provinces/{province_id}/tthc-coverage",
    response={200: ProvinceCoverageOut, **DETAIL_RESPONSES},
)
def province_coverage(request, province_id: uuid.UUID):
    """Province totals (administrators, DOST overseers and inspectors of the province)."""
    province = selectors.get_province_for_user_or_404(request.auth, province_id)
    if not permissions.can_view_province_coverage(request.auth, province):
        raise PermissionDenied
    return {"province_id": province.pk, **selectors.province_totals(request.auth, province)}


@router.get(
    "/provinces/{province_id}/tthc-coverage/agencies",
    response={200: CoveragePage, **DETAIL_RESPONSES},
)
def province_coverage_agencies(
    request, province_id: uuid.UUID, page: Query[PageParams], sort: str = "percent"
):
    """Each agency's coverage, sorted by `sort` (name, percent, in_scope, without; `-` for
    descending)."""
    province = selectors.get_province_for_user_or_404(request.auth, province_id)
    if not permissions.can_view_province_coverage(request.auth, province):
        raise PermissionDenied
    rows = selectors.province_coverage(request.auth, province, sort=sort)
    return paginate(
        rows,
        page,
        lambda a: {
            "agency_id": a.pk,
            "agency": a.name,
            "in_scope": a.in_scope,
            "covered": a.covered,
            "draft": a.draft,
            "without": a.without,
            "percent": float(a.percent) if a.in_scope else None,
        },
    )
