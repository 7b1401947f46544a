"""API of quality objectives (django-ninja router, mounted by eiso.api): objectives and their
measurements, read; a measurement created. Scoped exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from ninja import Field, Query, Router, Schema
from ninja.responses import Status as HttpStatus

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.objectives import selectors, services
from eiso.objectives.models import Measurement, Objective, Status
from eiso.organizations.selectors import get_agency_for_user_or_404

router = Router(tags=["objectives"])


class ObjectiveOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    unit_id: uuid.UUID | None
    parent_id: uuid.UUID | None
    year: int
    period_start: dt.date
    period_end: dt.date
    statement: str
    indicator: str
    comparator: str
    target: Decimal
    measure_unit: str
    frequency: str
    data_source: str
    responsible_unit_id: uuid.UUID | None
    responsible_person_id: uuid.UUID | None
    status: str
    status_label: str
    latest_value: Decimal | None
    latest_measured_on: dt.date | None


class MeasurementOut(Schema):
    id: uuid.UUID
    objective_id: uuid.UUID
    measured_on: dt.date
    value: Decimal
    comment: str
    has_evidence: bool
    created_by_id: uuid.UUID | None


class MeasurementIn(Schema):
    measured_on: dt.date = Field(..., description="Date of the measurement (YYYY-MM-DD).")
    value: Decimal = Field(..., description="Measured value.")
    comment: str = Field("", max_length=2000)


ObjectivePage = page_schema(ObjectiveOut, "ObjectivePage")
MeasurementPage = page_schema(MeasurementOut, "MeasurementPage")


class ObjectiveFilters(Schema):
    agency: uuid.UUID = Field(..., description="Id of the agency.")
    year: int | None = Field(None, ge=2000, le=2100, description="Year the period starts in.")
    status: Status | None = Field(None, description="Computed status.")


def _objective(obj: Objective) -> dict:
    return {
        **{
            field: getattr(obj, field) for field in ObjectiveOut.model_fields if hasattr(obj, field)
        },
        "status_label": str(obj.get_status_display()),
    }


def _measurement(obj: Measurement) -> dict:
    return {
        "id": obj.pk,
        "objective_id": obj.objective_id,
        "measured_on": obj.measured_on,
        "value": obj.value,
        "comment": obj.comment,
        "has_evidence": bool(obj.evidence),
        "created_by_id": obj.created_by_id,
    }


@router.get("/objectives", response={200: ObjectivePage, **DETAIL_RESPONSES})
def list_objectives(request, filters: Query[ObjectiveFilters], page: Query[PageParams]):
    """Objectives of one agency the caller may read (agency objectives first)."""
    agency = get_agency_for_user_or_404(request.auth, filters.agency)
    queryset = selectors.objectives_for_user(
        request.auth, agency, year=filters.year, status=filters.status or ""
    )
    return paginate(queryset, page, _objective)


@router.get("/objectives/{objective_id}", response={200: ObjectiveOut, **DETAIL_RESPONSES})
def get_objective(request, objective_id: uuid.UUID):
    return _objective(selectors.get_objective_for_user_or_404(request.auth, objective_id))


@router.get(
    "/objectives/{objective_id}/measurements", response={200: MeasurementPage, **DETAIL_RESPONSES}
)
def list_measurements(request, objective_id: uuid.UUID, page: Query[PageParams]):
    """Measurements, newest first."""
    objective = selectors.get_objective_for_user_or_404(request.auth, objective_id)
    return paginate(selectors.measurements_of(objective), page, _measurement)


@router.post(
    "/objectives/{objective_id}/measurements",
    response={201: MeasurementOut, **DETAIL_RESPONSES},
)
def create_measurement(request, objective_id: uuid.UUID, payload: MeasurementIn):
    """Enter a measurement (no evidence file through the API). Same rights as the page."""
    objective = selectors.get_objective_for_user_or_404(request.auth, objective_id)
    measurement = services.measurement_create(
        actor=request.auth,
        objective=objective,
        measured_on=payload.measured_on,
        value=payload.value,
        comment=payload.comment,
    )
    return HttpStatus(201, _measurement(measurement))
