"""Plans and their tasks in the REST API (read only), scoped exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.auth import ApiRequest
from eiso.api.errors import DETAIL_RESPONSES, ERROR_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.plans import selectors
from eiso.plans.models import PlanScope, PlanStatus

router = Router(tags=["plans"])


class PlanOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    agency_name: str
    scope: str = Field(..., description="agency | province")
    year: int
    title: str
    status: str = Field(..., description="draft | issued | cancelled")
    number_symbol: str = Field(..., description='"187/KH-SGDĐT" once issued, else empty.')
    issued_on: dt.date | None
    task_count: int


class PlanDetailOut(PlanOut):
    preamble: list[str]
    legal_bases: list[str]
    preamble_closing: str
    purposes: list[str]
    tasks_intro: str
    implementation: list[dict]
    closing: str
    recipients: list[str]
    archive: list[str]
    signer_authority: str
    signer_title: str
    signer_name: str
    appendix_title: str
    copied_from_id: uuid.UUID | None


class TaskOut(Schema):
    id: uuid.UUID
    order: int
    content: str
    lead: str = Field(..., description="As printed in the plan.")
    lead_unit_id: uuid.UUID | None
    lead_agency_id: uuid.UUID | None
    coordinating: str = Field(..., description="As printed in the plan.")
    coordinating_unit_ids: list[uuid.UUID]
    assigned_agency_ids: list[uuid.UUID]
    timeframe: str = Field(..., description='"Thời gian thực hiện" as printed.')
    timeframe_kind: str
    start_date: dt.date | None
    due_date: dt.date | None
    rhythm: str
    status: str
    progress: int
    completed_on: dt.date | None


PlanPage = page_schema(PlanOut, "PlanPage")
TaskPage = page_schema(TaskOut, "TaskPage")


class PlanFilters(Schema):
    agency: uuid.UUID | None = Field(None, description="Id of the issuing agency.")
    year: int | None = Field(None, ge=2000, le=2100)
    status: PlanStatus | None = None
    scope: PlanScope | None = None


def _plan(plan) -> dict:
    return {
        "id": plan.pk,
        "agency_id": plan.agency_id,
        "agency_name": plan.agency.name,
        "scope": plan.scope,
        "year": plan.year,
        "title": plan.title,
        "status": plan.status,
        "number_symbol": plan.number_symbol,
        "issued_on": plan.issued_on,
        "task_count": plan.task_count,
    }


def _task(task) -> dict:
    units = list(task.coordinating_units.all())
    return {
        "id": task.pk,
        "order": task.order,
        "content": task.content,
        "lead": task.lead_text(),
        "lead_unit_id": task.lead_unit_id,
        "lead_agency_id": task.lead_agency_id,
        "coordinating": task.coordinating_text(units),
        "coordinating_unit_ids": [unit.pk for unit in units],
        "assigned_agency_ids": [share.agency_id for share in task.assignments.all()],
        "timeframe": task.timeframe_text(),
        "timeframe_kind": task.timeframe_kind,
        "start_date": task.start_date,
        "due_date": task.due_date,
        "rhythm": task.rhythm,
        "status": task.status,
        "progress": task.progress,
        "completed_on": task.completed_on,
    }


@router.get("/plans", response={200: PlanPage, **ERROR_RESPONSES})
def list_plans(request: ApiRequest, filters: Query[PlanFilters], page: Query[PageParams]):
    """Plans the caller may read (drafts only for those who edit them and province readers)."""
    plans = selectors.plans_for_user(
        request.auth,
        agency_id=filters.agency,
        year=filters.year,
        status=filters.status or "",
        scope=filters.scope or "",
    )
    return paginate(plans, page, _plan)


@router.get("/plans/{plan_id}", response={200: PlanDetailOut, **DETAIL_RESPONSES})
def get_plan(request: ApiRequest, plan_id: uuid.UUID):
    """One plan with its document parts; 404 when the caller may not read it."""
    plan = selectors.get_plan_for_user_or_404(request.auth, plan_id)
    fields = (
        "preamble",
        "legal_bases",
        "preamble_closing",
        "purposes",
        "tasks_intro",
        "implementation",
        "closing",
        "recipients",
        "archive",
        "signer_authority",
        "signer_title",
        "signer_name",
        "appendix_title",
        "copied_from_id",
    )
    plan.task_count = plan.tasks.count()
    return {**_plan(plan), **{name: getattr(plan, name) for name in fields}}


@router.get("/plans/{plan_id}/tasks", response={200: TaskPage, **DETAIL_RESPONSES})
def list_tasks(request: ApiRequest, plan_id: uuid.UUID, page: Query[PageParams]):
    """The plan's task table in order (TT), with the tracking status of each task."""
    plan = selectors.get_plan_for_user_or_404(request.auth, plan_id)
    return paginate(selectors.tasks_of(plan), page, _task)
