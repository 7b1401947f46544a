"""Plans and their tasks in the REST API, scoped exactly as the pages: read, and progress
reported on a task or an agency's share."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema
from ninja.responses import Status as HttpStatus

from eiso.api.auth import ApiRequest
from eiso.api.errors import DETAIL_RESPONSES, ERROR_RESPONSES, ErrorOut
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.plans import selectors
from eiso.plans.models import PlanScope, PlanStatus
from eiso.plans.tracking import dates as tracking_dates
from eiso.plans.tracking import selectors as tracking_selectors
from eiso.plans.tracking import services as tracking_services

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
        *selectors.DOCUMENT_TEXT,
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


# Progress reports (tracking) ------------------------------------------------------------------


class ProgressIn(Schema):
    reported_on: dt.date = Field(..., description="Date of the report (YYYY-MM-DD), not future.")
    percent: int = Field(..., ge=0, le=100, description="Progress, 0–100.")
    note: str = Field("", max_length=2000)
    done: bool = Field(False, description="Completed on `reported_on` (sets 100 %).")
    occurrence_id: uuid.UUID | None = Field(
        None,
        description="For a recurring task or share: the period reported on (see its page).",
    )


class ProgressOut(Schema):
    id: uuid.UUID
    task_id: uuid.UUID
    assignment_id: uuid.UUID | None
    occurrence_id: uuid.UUID | None
    reported_on: dt.date
    percent: int
    note: str
    status: str = Field(..., description="Status of the reported work after the report.")
    progress: int = Field(..., description="Progress of the reported work after the report.")


def _progress(update, work) -> dict:
    return {
        "id": update.pk,
        "task_id": update.task_id,
        "assignment_id": update.assignment_id,
        "occurrence_id": update.occurrence_id,
        "reported_on": update.reported_on,
        "percent": update.percent,
        "note": update.note,
        "status": work.status,
        "progress": work.progress,
    }


def _report(request: ApiRequest, work, payload: ProgressIn, *, task=None, share=None) -> dict:
    target = work
    if payload.occurrence_id is not None:
        target = tracking_selectors.get_occurrence_for_report_or_404(
            request.auth, payload.occurrence_id, task=task, share=share
        )
    update = tracking_services.progress_report(
        actor=request.auth,
        work=target,
        reported_on=payload.reported_on,
        percent=payload.percent,
        note=payload.note,
        done=payload.done,
    )
    target.refresh_from_db(fields=["status", "progress"])
    return _progress(update, target)


def _thresholds():
    return tracking_dates.Thresholds.for_day(province=None)


@router.post(
    "/plan-tasks/{task_id}/progress",
    response={201: ProgressOut, 400: ErrorOut, **DETAIL_RESPONSES},
)
def report_task_progress(request: ApiRequest, task_id: uuid.UUID, payload: ProgressIn):
    """Report progress on a task of an agency plan (no evidence file through the API). Same
    rights as the page: the lead unit's people and the agency's ISO coordinator or head."""
    task = tracking_selectors.get_task_for_user_or_404(request.auth, task_id, _thresholds())
    return HttpStatus(201, _report(request, task, payload, task=task))


@router.post(
    "/plan-shares/{assignment_id}/progress",
    response={201: ProgressOut, 400: ErrorOut, **DETAIL_RESPONSES},
)
def report_share_progress(request: ApiRequest, assignment_id: uuid.UUID, payload: ProgressIn):
    """Report progress on an agency's share of a province-wide task."""
    share = tracking_selectors.get_share_for_user_or_404(request.auth, assignment_id, _thresholds())
    return HttpStatus(201, _report(request, share, payload, share=share))
