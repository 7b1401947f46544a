"""One interface over the three kinds of tracked work: a task of an agency plan, an agency's
share of a province-wide task (`TaskAssignment`) and a period of a recurring task
(`TaskOccurrence`).

Progress is reported on LEAVES only: a recurring task with a rhythm is tracked through its
occurrences, a province-wide task through its agencies' shares (and their occurrences when it
recurs); the parent's status and progress summarise its children.
"""

from __future__ import annotations

import datetime as dt

from eiso.plans.models import (
    PlanScope,
    PlanTask,
    TaskAssignment,
    TaskOccurrence,
    TaskStatus,
    TimeframeKind,
)
from eiso.plans.tracking import dates

Work = PlanTask | TaskAssignment | TaskOccurrence


def task_of(work: Work) -> PlanTask:
    return work if isinstance(work, PlanTask) else work.task


def recurs(task: PlanTask) -> bool:
    return task.timeframe_kind == TimeframeKind.RECURRING and bool(task.rhythm)


def has_children(work: Work) -> bool:
    if isinstance(work, TaskOccurrence):
        return False
    task = task_of(work)
    if isinstance(work, PlanTask) and task.plan.scope == PlanScope.PROVINCE:
        return True
    return recurs(task)


def agency_id_of(work: Work):
    if isinstance(work, TaskAssignment):
        return work.agency_id
    if isinstance(work, TaskOccurrence) and work.assignment is not None:
        return work.assignment.agency_id
    return task_of(work).plan.agency_id


def lead_unit_of(work: Work):
    if isinstance(work, TaskAssignment):
        return work.lead_unit
    if isinstance(work, TaskOccurrence):
        assignment = work.assignment
        return assignment.lead_unit if assignment is not None else work.task.lead_unit
    return work.lead_unit


def province_id_of(work: Work):
    return task_of(work).plan.agency.province_id


def kind_of(work: Work) -> str:
    return task_of(work).timeframe_kind


def nominal_due_of(work: Work) -> dt.date | None:
    if isinstance(work, TaskOccurrence):
        return work.due_date
    if isinstance(work, TaskAssignment):
        return work.due_date or work.task.due_date
    return work.due_date


def effective_due_of(work: Work) -> dt.date | None:
    return dates.effective_due(kind_of(work), nominal_due_of(work), province=province_id_of(work))


def leaf_status(work: Work, today: dt.date) -> str:
    """The status a leaf has today from its progress, completion and due date."""
    if work.completed_on is not None:
        return TaskStatus.DONE
    if dates.is_overdue(effective_due_of(work), today, province=province_id_of(work)):
        return TaskStatus.OVERDUE
    if work.progress > 0:
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED


def summary_status(counts: dict[str, int], total: int) -> str:
    """A parent's status from its children's statuses ({status: count})."""
    if total and counts.get(TaskStatus.DONE, 0) == total:
        return TaskStatus.DONE
    if counts.get(TaskStatus.OVERDUE, 0):
        return TaskStatus.OVERDUE
    if counts.get(TaskStatus.IN_PROGRESS, 0) or counts.get(TaskStatus.DONE, 0):
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED
