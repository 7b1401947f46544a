"""Step "plan_tracking": progress on the issued demo plans, as of the day the demo is built.

Runs after the plans step (which writes the plans). For every issued plan of the province: the
periods of recurring tasks are created; work whose due date is past is mostly done (completed a
few days before its due date), a few items are left overdue; work due in the next two months is in
progress; later work is mostly not started. Shares of a province-wide plan get mixed progress so
the DOST's matrix has every status. Progress reports carry no evidence file. Deterministic for a
seed (the dates follow the day it runs).
"""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from eiso.demo.context import BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role
from eiso.plans.models import (
    Plan,
    PlanScope,
    PlanStatus,
    PlanTask,
    ProgressUpdate,
    TaskAssignment,
    TaskOccurrence,
)
from eiso.plans.tracking import services
from eiso.plans.tracking.work import effective_due_of, leaf_status

NOTES = (
    "Đã triển khai đến các phòng thuộc Sở.",
    "Đang tổng hợp báo cáo của các phòng.",
    "Đã trình Lãnh đạo Sở xem xét.",
    "Đã hoàn thành, lưu hồ sơ tại Văn phòng Sở.",
)
FIELDS = ["status", "progress", "completed_on"]


def _authors(province_id) -> tuple[dict, dict]:
    """Unit heads by unit and ISO coordinators by agency of the province: two queries."""
    heads: dict = {}
    for unit_id, user_id in RoleGrant.objects.filter(
        role=Role.UNIT_HEAD, unit__agency__province_id=province_id, is_active=True
    ).values_list("unit_id", "user_id"):
        heads.setdefault(unit_id, user_id)
    coordinators: dict = {}
    for agency_id, user_id in RoleGrant.objects.filter(
        role=Role.ISO_COORDINATOR, agency__province_id=province_id, is_active=True
    ).values_list("agency_id", "user_id"):
        coordinators.setdefault(agency_id, user_id)
    return heads, coordinators


def _progress_for(due: dt.date | None, today: dt.date, rng: random.Random, *, mixed: bool):
    """(percent, completed_on) for a leaf due on `due`."""
    if due is None:
        return rng.choice((0, 20, 40)), None
    if due < today:
        # Last year's work is closed out almost entirely; this year's has a realistic tail.
        closed_year = due.year < today.year
        late_share = {(True, True): 0.05, (True, False): 0.02, (False, True): 0.3}.get(
            (closed_year, mixed), 0.15
        )
        if rng.random() < late_share:
            return rng.choice((0, 30, 60)), None
        return 100, min(today, due - dt.timedelta(days=rng.randint(0, 6)))
    if (due - today).days <= 60:
        return rng.choice((20, 40, 50, 70, 80)), None
    return (rng.choice((0, 0, 10)) if not mixed else rng.choice((0, 20, 40))), None


def _leaves(plan: Plan) -> list:
    if plan.scope == PlanScope.PROVINCE:
        shares = TaskAssignment.objects.filter(task__plan=plan).select_related(
            "task__plan__agency", "agency", "lead_unit"
        )
        recurring = TaskOccurrence.objects.filter(task__plan=plan, assignment__isnull=False)
        return [s for s in shares if not s.occurrences.exists()] + list(
            recurring.select_related("task__plan__agency", "assignment__agency")
        )
    tasks = PlanTask.objects.filter(plan=plan).select_related("plan__agency", "lead_unit")
    occurrences = TaskOccurrence.objects.filter(task__plan=plan).select_related(
        "task__plan__agency", "task__lead_unit"
    )
    return [t for t in tasks if not (t.rhythm and t.timeframe_kind == "recurring")] + list(
        occurrences
    )


def _author_of(work, heads: dict, coordinators: dict):
    unit = getattr(work, "lead_unit", None)
    if isinstance(work, TaskOccurrence):
        assignment = work.assignment
        unit = assignment.lead_unit if assignment is not None else work.task.lead_unit
    agency_id = (
        work.agency_id
        if isinstance(work, TaskAssignment)
        else (work.assignment.agency_id if getattr(work, "assignment_id", None) else None)
    ) or (work.plan.agency_id if isinstance(work, PlanTask) else work.task.plan.agency_id)
    return (heads.get(unit.pk) if unit else None) or coordinators.get(agency_id)


def _update_rows(ctx: Context, work, percent: int, completed_on, author_id, rng) -> None:
    task = work if isinstance(work, PlanTask) else work.task
    reported = completed_on or (timezone.localdate() - dt.timedelta(days=rng.randint(1, 20)))
    if reported.year < task.plan.year - 1:
        return
    ctx.writer.add(
        ProgressUpdate(
            id=ctx.uuid("progress", work.pk),
            task=task,
            assignment=work
            if isinstance(work, TaskAssignment)
            else getattr(work, "assignment", None),
            occurrence=work if isinstance(work, TaskOccurrence) else None,
            reported_on=reported,
            percent=percent,
            status=work.status,
            note=NOTES[3] if percent == 100 else rng.choice(NOTES[:3]),
            author_id=author_id,
            created_by_id=author_id,
        )
    )


def _track_plan(ctx: Context, plan: Plan, authors: tuple[dict, dict], today: dt.date) -> int:
    services.tracking_start(plan=plan)
    rng = ctx.rng("plan_tracking", plan.pk)
    by_model: dict = {}
    mixed = plan.scope == PlanScope.PROVINCE
    for work in _leaves(plan):
        percent, completed_on = _progress_for(effective_due_of(work), today, rng, mixed=mixed)
        work.progress, work.completed_on = percent, completed_on
        work.status = leaf_status(work, today)
        by_model.setdefault(type(work), []).append(work)
        author_id = _author_of(work, *authors)
        if percent and author_id:
            _update_rows(ctx, work, percent, completed_on, author_id, rng)
    for model, rows in by_model.items():
        model.objects.bulk_update(rows, FIELDS, batch_size=500)
    services.summaries_refresh(plan=plan)
    return sum(len(rows) for rows in by_model.values())


@step("plan_tracking", order=62)
def build_plan_tracking(ctx: Context, province: BuiltProvince) -> None:
    ctx.writer.flush()  # the plans step's rows must be in the database first
    plans = Plan.objects.filter(
        agency__province_id=province.id, status=PlanStatus.ISSUED
    ).select_related("agency")
    today = timezone.localdate()
    authors = _authors(province.id)
    tracked = sum(_track_plan(ctx, plan, authors, today) for plan in plans)
    if tracked:
        ctx.log(f"  tiến độ kế hoạch: {tracked} nhiệm vụ/phần việc/kỳ")
