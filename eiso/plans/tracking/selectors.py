"""Reads of plan tracking, scoped to what the user may see, with a bounded number of queries.

Every queryset of tracked work is annotated with:
- `due_on`: the due date used for sorting and filtering (for a recurring task or share: the due
  date of its first open period);
- `current`: the status as of today, computed in SQL from `dates.Thresholds` (so a list is right
  even before the daily sweep has stored "overdue"), plus "due_soon" for open work within the
  reminder horizon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

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
from eiso.plans.tracking import permissions
from eiso.plans.tracking.dates import Thresholds

DUE_SOON = "due_soon"
STATUS_FILTERS = (
    TaskStatus.NOT_STARTED,
    TaskStatus.IN_PROGRESS,
    DUE_SOON,
    TaskStatus.OVERDUE,
    TaskStatus.DONE,
)
OPEN = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE)
RECURS = Q(timeframe_kind=TimeframeKind.RECURRING) & ~Q(rhythm="")


def _first_open_period(**outer) -> Subquery:
    periods = (
        TaskOccurrence.objects.filter(**outer)
        .exclude(status=TaskStatus.DONE)
        .order_by()
        .values("task_id")
        .annotate(first=Min("due_date"))
        .values("first")
    )
    return Subquery(periods[:1])


def _current(thresholds: Thresholds, prefix: str) -> Case:
    return Case(
        When(status=TaskStatus.DONE, then=Value(TaskStatus.DONE)),
        When(thresholds.overdue_q(prefix), then=Value(TaskStatus.OVERDUE)),
        When(thresholds.due_soon_q(prefix), then=Value(DUE_SOON)),
        When(progress__gt=0, then=Value(TaskStatus.IN_PROGRESS)),
        default=Value(TaskStatus.NOT_STARTED),
        output_field=CharField(),
    )


def task_due_on() -> Case:
    """A task's due date for sorting: its first open period's when it recurs."""
    first = _first_open_period(task=OuterRef("pk"), assignment__isnull=True)
    return Case(When(RECURS, then=first), default=F("due_date"))


def share_due_on() -> Case:
    """A share's due date (its own, else its task's; its first open period's when it recurs)."""
    first = _first_open_period(assignment=OuterRef("pk"))
    recurs = Q(task__timeframe_kind=TimeframeKind.RECURRING) & ~Q(task__rhythm="")
    return Case(When(recurs, then=first), default=Coalesce(F("due_date"), F("task__due_date")))


def annotate_tasks(queryset: QuerySet[PlanTask], thresholds: Thresholds) -> QuerySet[PlanTask]:
    queryset = queryset.annotate(due_on=task_due_on())
    return queryset.annotate(current=_current(thresholds, ""))


def annotate_shares(
    queryset: QuerySet[TaskAssignment], thresholds: Thresholds
) -> QuerySet[TaskAssignment]:
    queryset = queryset.annotate(due_on=share_due_on())
    return queryset.annotate(current=_current(thresholds, "task__"))


def annotate_occurrences(
    queryset: QuerySet[TaskOccurrence], thresholds: Thresholds
) -> QuerySet[TaskOccurrence]:
    return queryset.annotate(due_on=F("due_date")).annotate(current=_current(thresholds, "task__"))


def filter_current(queryset, status: str):
    return queryset.filter(current=status) if status in STATUS_FILTERS else queryset


# Fetch and authorise ------------------------------------------------------------------------


def get_task_for_user_or_404(user, task_id, thresholds: Thresholds) -> PlanTask:
    tasks = annotate_tasks(
        permissions.visible_tasks(user).filter(plan__scope=PlanScope.AGENCY), thresholds
    ).select_related("plan__agency", "lead_unit")
    return get_object_or_404(tasks, pk=task_id)


def get_share_for_user_or_404(user, assignment_id, thresholds: Thresholds) -> TaskAssignment:
    shares = annotate_shares(permissions.visible_assignments(user), thresholds).select_related(
        "task__plan__agency", "agency", "lead_unit"
    )
    return get_object_or_404(shares, pk=assignment_id)


def get_occurrence_for_report_or_404(user, occurrence_id, *, task=None, share=None):
    occurrences = TaskOccurrence.objects.select_related(
        "task__plan__agency", "task__lead_unit", "assignment__agency", "assignment__lead_unit"
    )
    if share is not None:
        return get_object_or_404(occurrences, pk=occurrence_id, assignment=share)
    return get_object_or_404(occurrences, pk=occurrence_id, task=task, assignment__isnull=True)


def get_issued_plan_for_user_or_404(user, plan_id) -> Plan:
    from eiso.plans.permissions import visible_plans

    plans = visible_plans(user).filter(status=PlanStatus.ISSUED).select_related("agency")
    return get_object_or_404(plans, pk=plan_id)


def get_update_for_user_or_404(user, update_id) -> ProgressUpdate:
    updates = ProgressUpdate.objects.filter(
        Q(assignment__isnull=True, task__in=permissions.visible_tasks(user).values("id"))
        | Q(assignment__in=permissions.visible_assignments(user).values("id"))
    ).exclude(evidence="")
    return get_object_or_404(updates, pk=update_id)


# Pieces of a task page ----------------------------------------------------------------------


def updates_of(work) -> QuerySet[ProgressUpdate]:
    """Progress reports on a task (agency plan), a share, newest first."""
    if isinstance(work, TaskAssignment):
        updates = ProgressUpdate.objects.filter(assignment=work)
    else:
        updates = ProgressUpdate.objects.filter(task=work, assignment__isnull=True)
    return updates.select_related("author", "occurrence")


def occurrences_of(work, thresholds: Thresholds) -> QuerySet[TaskOccurrence]:
    if isinstance(work, TaskAssignment):
        occurrences = TaskOccurrence.objects.filter(assignment=work)
    else:
        occurrences = TaskOccurrence.objects.filter(task=work, assignment__isnull=True)
    return annotate_occurrences(occurrences, thresholds).order_by("period_start")


# Who holds what ----------------------------------------------------------------------------


@dataclass
class UnitLoad:
    unit_id: object
    name: str
    open: int = 0
    due_soon: int = 0
    overdue: int = 0
    done: int = 0


def agency_tasks(user, agency, thresholds: Thresholds, *, year: int) -> QuerySet[PlanTask]:
    tasks = permissions.visible_tasks(user).filter(
        plan__agency=agency, plan__scope=PlanScope.AGENCY, plan__year=year
    )
    return annotate_tasks(tasks, thresholds)


def agency_shares(user, agency, thresholds: Thresholds, *, year: int) -> QuerySet[TaskAssignment]:
    shares = permissions.visible_assignments(user).filter(agency=agency, task__plan__year=year)
    return annotate_shares(shares, thresholds)


def _add_counts(loads: dict, rows, unit_field: str, name_field: str, no_unit: str) -> None:
    for row in rows:
        key = row[unit_field]
        load = loads.setdefault(key, UnitLoad(key, row[name_field] or no_unit))
        count, status = row["n"], row["current"]
        if status == TaskStatus.DONE:
            load.done += count
            continue
        load.open += count
        if status == TaskStatus.OVERDUE:
            load.overdue += count
        elif status == DUE_SOON:
            load.due_soon += count


def unit_loads(tasks, shares, *, no_unit: str) -> list[UnitLoad]:
    """Counts per lead unit over the agency's tasks and shares: two GROUP BY queries."""
    loads: dict = {}
    task_rows = (
        tasks.values("lead_unit_id", "lead_unit__name", "current")
        .annotate(n=Count("id"))
        .order_by()
    )
    share_rows = (
        shares.values("lead_unit_id", "lead_unit__name", "current")
        .annotate(n=Count("id"))
        .order_by()
    )
    _add_counts(loads, task_rows, "lead_unit_id", "lead_unit__name", no_unit)
    _add_counts(loads, share_rows, "lead_unit_id", "lead_unit__name", no_unit)
    return sorted(loads.values(), key=lambda load: (-load.overdue, -load.open, load.name))


# Province-wide progress ------------------------------------------------------------------


def province_task_counts(plan: Plan, thresholds: Thresholds) -> list[dict]:
    """Per task of a province-wide plan: its shares counted by current status (2 queries)."""
    tasks = list(plan.tasks.order_by("order"))
    shares = annotate_shares(TaskAssignment.objects.filter(task__plan=plan), thresholds)
    counts: dict = {}
    rows = shares.values("task_id", "current").annotate(n=Count("id"))  # type: ignore[misc]
    for row in rows.order_by():
        counts.setdefault(row["task_id"], {})[row["current"]] = row["n"]
    result = []
    for task in tasks:
        by_status = counts.get(task.pk, {})
        result.append(
            {
                "task": task,
                "total": sum(by_status.values()),
                "done": by_status.get(TaskStatus.DONE, 0),
                "in_progress": by_status.get(TaskStatus.IN_PROGRESS, 0)
                + by_status.get(DUE_SOON, 0),
                "overdue": by_status.get(TaskStatus.OVERDUE, 0),
                "not_started": by_status.get(TaskStatus.NOT_STARTED, 0),
            }
        )
    return result


def province_task_shares(task: PlanTask, thresholds: Thresholds) -> QuerySet[TaskAssignment]:
    shares = TaskAssignment.objects.filter(task=task).select_related("agency", "lead_unit")
    return annotate_shares(shares, thresholds).order_by("agency__name")


def province_matrix(plan: Plan, thresholds: Thresholds):
    """(tasks, [(agency, {task_id: share})]) for the Excel status matrix: 2 queries."""
    tasks = list(plan.tasks.order_by("order"))
    shares = annotate_shares(
        TaskAssignment.objects.filter(task__plan=plan).select_related("agency"), thresholds
    ).order_by("agency__name", "task__order")
    rows: dict = {}
    for share in shares:
        rows.setdefault(share.agency_id, (share.agency, {}))[1][share.task_id] = share
    return tasks, list(rows.values())


# Leaves for the sweep and the reminders ----------------------------------------------------


def leaf_querysets(thresholds: Thresholds, province_id=None) -> list[QuerySet]:
    """Open leaves of issued plans, annotated, optionally of one province."""
    tasks = annotate_tasks(
        PlanTask.objects.filter(plan__status=PlanStatus.ISSUED, plan__scope=PlanScope.AGENCY)
        .exclude(RECURS)
        .select_related("plan__agency", "lead_unit"),
        thresholds,
    )
    shares = annotate_shares(
        TaskAssignment.objects.filter(task__plan__status=PlanStatus.ISSUED)
        .exclude(task__timeframe_kind=TimeframeKind.RECURRING, task__rhythm__gt="")
        .select_related("task__plan__agency", "agency", "lead_unit"),
        thresholds,
    )
    occurrences = annotate_occurrences(
        TaskOccurrence.objects.filter(task__plan__status=PlanStatus.ISSUED).select_related(
            "task__plan__agency", "task__lead_unit", "assignment__agency", "assignment__lead_unit"
        ),
        thresholds,
    )
    result = []
    for queryset, plan_path in (
        (tasks, "plan__"),
        (shares, "task__plan__"),
        (occurrences, "task__plan__"),
    ):
        queryset = queryset.filter(status__in=OPEN)
        if province_id is not None:
            queryset = queryset.filter(**{f"{plan_path}agency__province_id": province_id})
        result.append(queryset)
    return result


def newly_overdue_leaves(thresholds: Thresholds, province_id) -> list:
    leaves: list = []
    for queryset in leaf_querysets(thresholds, province_id):
        leaves.extend(
            queryset.filter(current=TaskStatus.OVERDUE).exclude(status=TaskStatus.OVERDUE)
        )
    return leaves


def reminder_candidates(thresholds: Thresholds, province_id) -> list:
    leaves: list = []
    for queryset in leaf_querysets(thresholds, province_id):
        leaves.extend(queryset.filter(current__in=[DUE_SOON, TaskStatus.OVERDUE]))
    return leaves


# Calendar --------------------------------------------------------------------------------


def agency_month_items(user, agency, thresholds: Thresholds, first: dt.date, last: dt.date):
    """Tasks, shares and periods of the agency due in [first, last]: three queries."""
    tasks = agency_tasks(user, agency, thresholds, year=first.year).exclude(RECURS)
    shares = agency_shares(user, agency, thresholds, year=first.year).exclude(
        task__timeframe_kind=TimeframeKind.RECURRING, task__rhythm__gt=""
    )
    occurrences = annotate_occurrences(
        permissions.visible_occurrences(user).filter(
            Q(assignment__isnull=True, task__plan__agency=agency) | Q(assignment__agency=agency)
        ),
        thresholds,
    )
    window = {"due_on__gte": first, "due_on__lte": last}
    return (
        list(tasks.filter(**window).select_related("plan", "lead_unit")),
        list(shares.filter(**window).select_related("task__plan", "lead_unit")),
        list(occurrences.filter(**window).select_related("task__plan", "assignment")),
    )
