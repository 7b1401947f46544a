"""Writes of plan tracking: progress reports, the periods of recurring tasks, the daily sweep.

Progress is reported on leaves (see `work.py`); each report stores a `ProgressUpdate`, moves the
leaf's progress/status/completion date and recomputes its parents' summaries in the same
transaction, with its audit event. The daily sweep (`tracking_sweep`) creates missing
occurrences and turns open work whose due date has passed by a working day into "overdue"
(system audit events); reminders are in `reminders.py`.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Avg, Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.plans.models import (
    Plan,
    PlanScope,
    PlanStatus,
    PlanTask,
    ProgressUpdate,
    TaskAssignment,
    TaskOccurrence,
    TaskStatus,
)
from eiso.plans.tracking import dates, events, permissions
from eiso.plans.tracking.uploads import validate_evidence
from eiso.plans.tracking.work import (
    Work,
    effective_due_of,
    has_children,
    leaf_status,
    province_id_of,
    recurs,
    summary_status,
)

NOTE_MAX = 4000
_TRACKING_FIELDS = ["status", "progress", "completed_on", "updated_at"]


# Occurrences ------------------------------------------------------------------------------


def _occurrence_rows(task: PlanTask, assignment: TaskAssignment | None) -> list[TaskOccurrence]:
    province = task.plan.agency.province_id
    end = (assignment.due_date if assignment else None) or task.due_date
    return [
        TaskOccurrence(
            task=task,
            assignment=assignment,
            period_label=period.label,
            period_start=period.start,
            period_end=period.end,
            due_date=dates.last_working_day_on_or_before(period.end, province=province),
        )
        for period in dates.occurrence_periods(task.rhythm, task.plan.year, task.start_date, end)
    ]


@transaction.atomic
def tracking_start(*, plan: Plan, actor=None) -> int:
    """Create the periods of the plan's recurring tasks (for each share of a province-wide
    task). Idempotent: existing periods are kept. Returns how many were created."""
    if plan.status != PlanStatus.ISSUED:
        return 0
    rows: list[TaskOccurrence] = []
    tasks = plan.tasks.select_related("plan__agency").prefetch_related("assignments")
    for task in tasks:
        if not recurs(task):
            continue
        if plan.scope == PlanScope.PROVINCE:
            for assignment in task.assignments.all():
                rows.extend(_occurrence_rows(task, assignment))
        else:
            rows.extend(_occurrence_rows(task, None))
    before = TaskOccurrence.objects.filter(task__plan=plan).count()
    TaskOccurrence.objects.bulk_create(rows, ignore_conflicts=True)
    created = TaskOccurrence.objects.filter(task__plan=plan).count() - before
    if created:
        audit.record(
            actor=actor,
            action=events.OCCURRENCES_CREATE,
            obj=plan,
            changes={"occurrences": [None, created]},
        )
    return created


# Progress reports ---------------------------------------------------------------------------


def _clean_report(work: Work, reported_on, percent, note: str, today: dt.date) -> tuple:
    if not isinstance(reported_on, dt.date):
        raise DomainError(_("Enter the date of the report."), field="reported_on")
    if reported_on > today:
        raise DomainError(_("The report date cannot be in the future."), field="reported_on")
    if reported_on.year < work_plan(work).year - 1:
        raise DomainError(_("The report date is long before the plan year."), field="reported_on")
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise DomainError(_("Progress is a whole number from 0 to 100."), field="percent")
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise DomainError(
            _("The note may have at most %(max)d characters.") % {"max": NOTE_MAX}, field="note"
        )
    return reported_on, percent, note


def work_plan(work: Work) -> Plan:
    return (work if isinstance(work, PlanTask) else work.task).plan


def _can_report(actor, work: Work) -> bool:
    if isinstance(work, TaskOccurrence):
        return permissions.can_report_occurrence(actor, work)
    if isinstance(work, TaskAssignment):
        return permissions.can_report_assignment(actor, work)
    return permissions.can_report_task(actor, work)


def _locked(work: Work) -> Work:
    related = ["task__plan__agency", "assignment__lead_unit", "assignment__agency"]
    if isinstance(work, PlanTask):
        return (
            PlanTask.objects.select_for_update(of=("self",))
            .select_related("plan__agency", "lead_unit")
            .get(pk=work.pk)
        )
    if isinstance(work, TaskAssignment):
        return (
            TaskAssignment.objects.select_for_update(of=("self",))
            .select_related("task__plan__agency", "agency", "lead_unit")
            .get(pk=work.pk)
        )
    return (
        TaskOccurrence.objects.select_for_update(of=("self",))
        .select_related(*related, "task__lead_unit")
        .get(pk=work.pk)
    )


def _action_for(work: Work) -> str:
    if isinstance(work, TaskOccurrence):
        return events.OCCURRENCE_PROGRESS_REPORT
    if isinstance(work, TaskAssignment):
        return events.SHARE_PROGRESS_REPORT
    return events.PROGRESS_REPORT


def _label(status: str) -> str:
    return str(TaskStatus(status).label)


@transaction.atomic
def progress_report(
    *,
    actor,
    work: Work,
    reported_on: dt.date,
    percent: int,
    note: str = "",
    evidence=None,
    done: bool = False,
) -> ProgressUpdate:
    """Report progress on a leaf. `done` (or 100 %) completes it on `reported_on`; a later
    report below 100 % reopens it. Raises PermissionDenied / DomainError."""
    if not _can_report(actor, work):
        raise PermissionDenied()
    work = _locked(work)
    if has_children(work):
        raise DomainError(
            _("Report progress on each period or agency share of this task."), field="percent"
        )
    today = timezone.localdate()
    reported_on, percent, note = _clean_report(work, reported_on, percent, note, today)
    if evidence:
        validate_evidence(evidence, field="evidence")
    if done:
        percent = 100
    before = {"status": work.status, "progress": work.progress, "completed_on": work.completed_on}
    work.progress = percent
    work.completed_on = reported_on if percent == 100 else None
    work.status = leaf_status(work, today)
    work.save(update_fields=_TRACKING_FIELDS)
    update = ProgressUpdate(
        task=work if isinstance(work, PlanTask) else work.task,
        assignment=_assignment_of(work),
        occurrence=work if isinstance(work, TaskOccurrence) else None,
        reported_on=reported_on,
        percent=percent,
        status=work.status if work.status != before["status"] else "",
        note=note,
        author=actor,
        created_by=actor,
    )
    if evidence:
        update.evidence = evidence
    update.save()
    _refresh_parents(work, today)
    audit.record(actor=actor, action=_action_for(work), obj=work, changes=_changes(before, work))
    return update


def _assignment_of(work: Work) -> TaskAssignment | None:
    if isinstance(work, TaskAssignment):
        return work
    if isinstance(work, TaskOccurrence):
        return work.assignment
    return None


def _changes(before: dict, work: Work) -> dict:
    changes: dict = {}
    if before["progress"] != work.progress:
        changes["progress"] = [f"{before['progress']}%", f"{work.progress}%"]
    if before["status"] != work.status:
        changes["status"] = [_label(before["status"]), _label(work.status)]
    if before["completed_on"] != work.completed_on:
        changes["completed_on"] = [
            f"{before['completed_on']:%d/%m/%Y}" if before["completed_on"] else None,
            f"{work.completed_on:%d/%m/%Y}" if work.completed_on else None,
        ]
    return changes


# Summaries of parents -----------------------------------------------------------------------


def _summarise(parent: PlanTask | TaskAssignment, children) -> None:
    counts = dict(children.values_list("status").annotate(n=Count("id")).order_by())
    totals = children.aggregate(total=Count("id"), avg=Avg("progress"), last=Max("completed_on"))
    total = totals["total"] or 0
    parent.status = summary_status(counts, total)
    parent.progress = round(totals["avg"] or 0)
    parent.completed_on = totals["last"] if parent.status == TaskStatus.DONE else None
    parent.save(update_fields=_TRACKING_FIELDS)


def _refresh_parents(work: Work, today: dt.date) -> None:
    if isinstance(work, TaskOccurrence):
        assignment = work.assignment
        if assignment is not None:
            _summarise(assignment, assignment.occurrences.all())
            _summarise(assignment.task, assignment.task.assignments.all())
        else:
            _summarise(work.task, work.task.occurrences.filter(assignment__isnull=True))
    elif isinstance(work, TaskAssignment):
        _summarise(work.task, work.task.assignments.all())


# Choosing the unit of a share ---------------------------------------------------------------


@transaction.atomic
def assignment_set_unit(*, actor, assignment: TaskAssignment, unit) -> TaskAssignment:
    """The agency names the unit of its own that handles its share (reminders go to its head)."""
    if not permissions.can_choose_share_unit(actor, assignment):
        raise PermissionDenied()
    if unit is not None and (unit.agency_id != assignment.agency_id or not unit.is_active):
        raise DomainError(_("Choose an active unit of your own agency."), field="unit")
    before = assignment.lead_unit.name if assignment.lead_unit else None
    assignment.lead_unit = unit
    assignment.save(update_fields=["lead_unit", "updated_at"])
    audit.record(
        actor=actor,
        action=events.SHARE_UNIT_SET,
        obj=assignment,
        changes={"lead_unit": [before, unit.name if unit else None]},
    )
    return assignment


# The daily sweep ----------------------------------------------------------------------------


def _province_ids(today: dt.date) -> list:
    return list(
        Plan.objects.filter(status=PlanStatus.ISSUED, year__gte=today.year - 1)
        .values_list("agency__province_id", flat=True)
        .distinct()
    )


@transaction.atomic
def tracking_sweep(*, today: dt.date | None = None) -> dict[str, int]:
    """Create missing occurrences and mark overdue work. Safe to run any number of times."""
    from eiso.plans.tracking import selectors

    today = today or timezone.localdate()
    created = 0
    for plan in Plan.objects.filter(status=PlanStatus.ISSUED, year__gte=today.year - 1):
        created += tracking_start(plan=plan)
    marked = 0
    for province_id in _province_ids(today):
        thresholds = dates.Thresholds.for_day(today, province=province_id)
        for work in selectors.newly_overdue_leaves(thresholds, province_id):
            marked += _mark_overdue(work, today)
    return {"occurrences": created, "overdue": marked}


def _mark_overdue(work: Work, today: dt.date) -> int:
    """Store "overdue" on a leaf the SQL thresholds found late (re-checked with its calendar)."""
    if not dates.is_overdue(effective_due_of(work), today, province=province_id_of(work)):
        return 0
    before = work.status
    work.status = TaskStatus.OVERDUE
    work.save(update_fields=["status", "updated_at"])
    _refresh_parents(work, today)
    audit.record(
        actor=None,
        action=events.BECAME_OVERDUE,
        obj=work,
        changes={"status": [_label(before), _label(TaskStatus.OVERDUE)]},
    )
    return 1


def summaries_refresh(*, plan: Plan) -> None:
    """Recompute every parent summary of a plan (after bulk writes, e.g. the demo generator)."""
    tasks = plan.tasks.all()
    for assignment in TaskAssignment.objects.filter(
        task__plan=plan, occurrences__isnull=False
    ).distinct():
        _summarise(assignment, assignment.occurrences.all())
    for task in tasks:
        if plan.scope == PlanScope.PROVINCE:
            _summarise(task, task.assignments.all())
        elif recurs(task):
            _summarise(task, task.occurrences.filter(assignment__isnull=True))
