"""Step "plan_tracking": progress on the issued demo plans, as of the day the demo is built.

Runs after the plans step (which writes the plans). For every issued plan of the province: the
periods of recurring tasks are created; work whose due date is past is mostly done (completed a
few days before its due date), a few items are left overdue; work due in the next two months is in
progress; later work is mostly not started. Shares of a province-wide plan get mixed progress so
the DOST's matrix has every status. Progress reports carry no evidence file. Deterministic for a
seed (the dates follow the day it runs).

Plans of past years (benchmark scales) are closed out while the plans step writes them
(`HistoryTracker`): every leaf done — mostly on time, a few late — with its progress reports
(a report along the way on longer work, then the final one) by the lead unit's head or the ISO
coordinator, and the parents' summaries computed in memory; this step then tracks the current
year's plans only.
"""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from eiso.core import calendar
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.organizations.models import RoleGrant, UnitKind
from eiso.organizations.roles import Role
from eiso.plans import demo as plan_demo
from eiso.plans.models import (
    Plan,
    PlanScope,
    PlanStatus,
    PlanTask,
    ProgressUpdate,
    TaskAssignment,
    TaskOccurrence,
    TaskStatus,
    TimeframeKind,
)
from eiso.plans.services import TaskData, normalise_timeframe
from eiso.plans.tracking import dates, services
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
    if ctx.scale.history_years > 0:
        plans = plans.filter(year__gte=today.year)  # past years were closed out when written
    authors = _authors(province.id)
    tracked = sum(_track_plan(ctx, plan, authors, today) for plan in plans)
    if tracked:
        ctx.log(f"  tiến độ kế hoạch: {tracked} nhiệm vụ/phần việc/kỳ")


# Plans of past years ---------------------------------------------------------------------------


def _moment(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=timezone.get_current_timezone())


class _WorkingDays:
    """The province's working days, one cached calendar per year (no lookup per day)."""

    def __init__(self, province_id):
        self.province_id = province_id
        self.years: dict[int, calendar.YearCalendar] = {}

    def working(self, day: dt.date) -> bool:
        year = self.years.get(day.year)
        if year is None:
            year = self.years[day.year] = calendar.year_calendar(day.year, self.province_id)
        return year.is_working_day(day)

    def on_or_before(self, day: dt.date) -> dt.date:
        while not self.working(day):
            day -= dt.timedelta(days=1)
        return day

    def on_or_after(self, day: dt.date) -> dt.date:
        while not self.working(day):
            day += dt.timedelta(days=1)
        return day

    def due(self, kind: str, due: dt.date | None) -> dt.date | None:
        """As `dates.effective_due`."""
        if due is None:
            return None
        if kind in dates.PERIOD_KINDS:
            return self.on_or_before(due)
        return self.on_or_after(due)


class HistoryTracker:
    """Writes a past year's plan with its tasks (and shares, periods) closed out."""

    def __init__(self, ctx: Context, province: BuiltProvince, today: dt.date):
        self.ctx = ctx
        self.today = today
        self.days = _WorkingDays(province.id)
        self.issued_on = today
        self.heads: dict = {}
        self.offices: dict = {}
        self.coordinators: dict = {}
        for agency in province.agencies:
            self.coordinators[agency.id] = agency.people.get("iso") or agency.people.get("head")
            for unit in agency.units:
                head = agency.people.get(f"unit_head:{unit.spec.symbol}")
                if head:
                    self.heads[unit.id] = head
                if unit.spec.kind == UnitKind.OFFICE and agency.id not in self.offices:
                    self.offices[agency.id] = unit.id

    def add_plan(self, plan: Plan, tasks: list[TaskData], author, agency: BuiltAgency) -> None:
        ctx = self.ctx
        rng = ctx.rng("plan-history-tracking", plan.id)
        issued = plan.issued_at
        assert issued is not None and plan.issued_on is not None  # the plans step issued it
        self.issued_on = plan.issued_on  # nothing is reported before the plan exists
        plan.created_at = issued - dt.timedelta(days=rng.randint(5, 15), hours=rng.randint(0, 5))
        plan.updated_at = issued
        ctx.writer.add(plan)
        province = plan.scope == PlanScope.PROVINCE
        through = PlanTask.coordinating_units.through
        for order, data in enumerate(tasks, start=1):
            normalise_timeframe(data)
            task = PlanTask(
                id=ctx.uuid("plan-task", plan.id, order),
                plan_id=plan.id,
                order=order,
                content=data.content,
                lead_unit_id=data.lead_unit.id if data.lead_unit else None,
                lead_agency_id=data.lead_agency.id if data.lead_agency else None,
                lead_label=data.lead_label,
                coordinating_label=data.coordinating_label,
                timeframe_kind=data.timeframe_kind,
                start_date=data.start_date,
                due_date=data.due_date,
                rhythm=data.rhythm,
                regulation=data.regulation,
                created_by_id=author,
                created_at=plan.created_at,
            )
            for unit in data.coordinating_units:
                ctx.writer.add(through(plantask_id=task.id, unit_id=unit.id))
            children: list[TaskAssignment | TaskOccurrence] = []
            if province:
                children = [
                    self._share(task, plan.year, agency_id, author, rng)
                    for agency_id in getattr(data, "assigned_ids", ())
                ]
            elif task.timeframe_kind == TimeframeKind.RECURRING and task.rhythm:
                children = list(self._periods(task, plan, rng))
            else:
                self._close(task, task, plan.year, agency.id, task.lead_unit_id, rng)
            if children:
                task.progress = 100
                task.status = TaskStatus.DONE
                last = max(child.completed_on or dt.date.min for child in children)
                task.completed_on, task.updated_at = last, _moment(last, 16)
            ctx.writer.add(task)

    def _share(self, task: PlanTask, year: int, agency_id, author, rng) -> TaskAssignment:
        share = TaskAssignment(
            id=self.ctx.uuid("plan-share", task.id, agency_id),
            task_id=task.id,
            agency_id=agency_id,
            lead_unit_id=self.offices.get(agency_id),
            created_by_id=author,
            created_at=task.created_at,
        )
        self._close(share, task, year, agency_id, share.lead_unit_id, rng)
        self.ctx.writer.add(share)
        return share

    def _periods(self, task: PlanTask, plan: Plan, rng) -> list[TaskOccurrence]:
        rows = []
        periods = dates.occurrence_periods(task.rhythm, plan.year, task.start_date, task.due_date)
        for index, period in enumerate(periods):
            occurrence = TaskOccurrence(
                id=self.ctx.uuid("plan-occurrence", task.id, index),
                task_id=task.id,
                period_label=period.label,
                period_start=period.start,
                period_end=period.end,
                due_date=self.days.on_or_before(period.end),
                created_at=plan.issued_at or task.created_at,  # tracking starts at issue
            )
            self._close(occurrence, task, plan.year, plan.agency_id, task.lead_unit_id, rng)
            self.ctx.writer.add(occurrence)
            rows.append(occurrence)
        return rows

    def _close(self, work, task: PlanTask, year: int, agency_id, unit_id, rng) -> None:
        """Done, with its reports: on time mostly (a few days early), late sometimes."""
        due: dt.date | None
        start: dt.date | None
        if isinstance(work, TaskOccurrence):
            due, start = work.due_date, work.period_start
        else:
            kind = task.timeframe_kind
            due = self.days.due(kind, getattr(work, "due_date", None) or task.due_date)
            start = task.start_date
        late = False
        if due is None:  # ongoing work ("Thường xuyên", "Theo quy định"): closed at year end
            done = self.days.on_or_before(dt.date(year, 12, 15 + rng.randint(0, 13)))
        elif rng.random() < 0.07:
            late = True
            done = self.days.on_or_after(due + dt.timedelta(days=rng.randint(1, 12)))
        else:
            done = self.days.on_or_before(due - dt.timedelta(days=rng.randint(0, 6)))
        start = max(start or (done - dt.timedelta(days=30)), self.issued_on)
        done = min(max(done, start), self.today - dt.timedelta(days=1))
        work.progress, work.completed_on, work.status = 100, done, TaskStatus.DONE
        work.updated_at = _moment(done, 16)
        author = self.heads.get(unit_id) or self.coordinators.get(agency_id)
        if not author:
            return
        share = work if isinstance(work, TaskAssignment) else None
        occurrence = work if isinstance(work, TaskOccurrence) else None
        if (done - start).days >= 20 and rng.random() < 0.6:
            midway = start + (done - start) // 2
            self._report(work, task, share, occurrence, midway, rng.choice((30, 50, 70)), author)
        note = (
            plan_demo.LATE_NOTE
            if late
            else rng.choice(plan_demo.SHARE_DONE_NOTES if share else plan_demo.DONE_NOTES)
        )
        self._report(work, task, share, occurrence, done, 100, author, note=note)

    def _report(self, work, task, share, occurrence, day, percent, author, *, note="") -> None:
        at = _moment(day, 15)
        done = percent == 100
        self.ctx.writer.add(
            ProgressUpdate(
                id=self.ctx.uuid("progress", work.pk, percent),
                task_id=task.id,
                assignment_id=share.id
                if share
                else (occurrence.assignment_id if occurrence else None),
                occurrence_id=occurrence.id if occurrence else None,
                reported_on=day,
                percent=percent,
                status=TaskStatus.DONE if done else TaskStatus.IN_PROGRESS,
                note=note or plan_demo.STARTED_NOTES[day.day % len(plan_demo.STARTED_NOTES)],
                author_id=author,
                created_by_id=author,
                created_at=at,
                updated_at=at,
            )
        )
