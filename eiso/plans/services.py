"""Writes of the plan half: create (blank, from the template, copy of last year), edit the
document parts and the task table of a draft, issue (number from the register, document
frozen), cancel, delete a draft. Every function: permission first, validation with a
Vietnamese message naming the field, audit event in the same transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.numbering import DocType, issue_number
from eiso.organizations.models import Agency, Unit
from eiso.plans import events, permissions, starter
from eiso.plans.models import (
    Plan,
    PlanScope,
    PlanStatus,
    PlanTask,
    Rhythm,
    TaskAssignment,
    TimeframeKind,
)
from eiso.plans.timeframes import month_bounds, quarter_bounds, shift_label, shift_year

PLAN_TEXT_FIELDS = ("title", "preamble_closing", "tasks_intro", "closing", "appendix_title")
PLAN_LIST_FIELDS = ("preamble", "legal_bases", "purposes", "recipients", "archive")
PLAN_SIGNER_FIELDS = ("signer_authority", "signer_title", "signer_name")
PLAN_EDIT_FIELDS = (
    *PLAN_TEXT_FIELDS,
    *PLAN_LIST_FIELDS,
    *PLAN_SIGNER_FIELDS,
    "implementation",
    "year",
)
TASK_AUDIT_FIELDS = (
    "order",
    "content",
    "lead_label",
    "coordinating_label",
    "timeframe_kind",
    "start_date",
    "due_date",
    "rhythm",
    "regulation",
    "timeframe_label",
)


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied()


def _require_draft(plan: Plan) -> None:
    if plan.status != PlanStatus.DRAFT:
        raise IllegalTransition(_("Only a draft plan can be changed."))


def _clean(value, *, field_name: str, required: bool = False, max_length: int = 2000) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise DomainError(_("This field is required."), field=field_name)
    if len(text) > max_length:
        raise DomainError(
            _("At most %(count)d characters.") % {"count": max_length}, field=field_name
        )
    return text


def _clean_lines(values, *, field_name: str) -> list[str]:
    lines = [_clean(v, field_name=field_name, max_length=4000) for v in values or []]
    return [line for line in lines if line]


def _clean_sections(sections, *, field_name: str = "implementation") -> list[dict]:
    cleaned = []
    for section in sections or []:
        heading = _clean(section.get("heading"), field_name=field_name, max_length=300)
        paragraphs = _clean_lines(section.get("paragraphs"), field_name=field_name)
        if heading or paragraphs:
            cleaned.append({"heading": heading, "paragraphs": paragraphs})
    return cleaned


def _clean_year(year) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise DomainError(_("Enter a year such as 2026."), field="year") from None
    if not 2000 <= year <= 2100:
        raise DomainError(_("Enter a year between 2000 and 2100."), field="year")
    return year


# Plans -----------------------------------------------------------------------------------------


def _plan_values(plan: Plan) -> dict:
    return audit.snapshot(plan, ("title", "year", "status", "number_symbol", "issued_on"))


@transaction.atomic
def plan_create(
    *, actor, agency: Agency, year, scope: str = PlanScope.AGENCY, title: str = ""
) -> Plan:
    """A blank draft with the standard wording (title, bases, purposes, organisation)."""
    _require(permissions.can_create_plan(actor, agency, scope))
    year = _clean_year(year)
    plan = Plan(agency=agency, year=year, scope=scope, created_by=actor)
    starter.apply_texts(plan)
    if title:
        plan.title = _clean(title, field_name="title", max_length=500)
    plan.save()
    audit.record(
        actor=actor, action=events.PLAN_CREATE, obj=plan, changes=audit.created(_plan_values(plan))
    )
    return plan


@transaction.atomic
def plan_create_from_template(*, actor, agency: Agency, year) -> Plan:
    """A draft with the standard annual cycle of tasks (start fast)."""
    plan = plan_create(actor=actor, agency=agency, year=year)
    for order, data in enumerate(starter.standard_tasks(agency, plan.year), start=1):
        _save_task(plan, PlanTask(plan=plan, order=order, created_by=actor), data)
    audit.record(
        actor=actor,
        action=events.PLAN_UPDATE,
        obj=plan,
        changes={"tasks": [0, plan.tasks.count()]},
    )
    return plan


@transaction.atomic
def plan_copy(*, actor, source: Plan, year=None) -> Plan:
    """A new draft copying `source` with every date moved to `year` (default: next year)."""
    _require(permissions.can_view_plan(actor, source))
    _require(permissions.can_create_plan(actor, source.agency, source.scope))
    year = _clean_year(year if year is not None else source.year + 1)
    delta = year - source.year
    plan = Plan(
        agency=source.agency, scope=source.scope, year=year, copied_from=source, created_by=actor
    )
    for name in (*PLAN_TEXT_FIELDS, *PLAN_LIST_FIELDS, *PLAN_SIGNER_FIELDS, "implementation"):
        setattr(plan, name, getattr(source, name))
    plan.title = shift_label(source.title, delta)
    plan.preamble_closing = shift_label(source.preamble_closing, delta)
    plan.save()
    for task in source.tasks.prefetch_related("coordinating_units", "assignments"):
        _copy_task(plan, task, delta, actor)
    audit.record(
        actor=actor,
        action=events.PLAN_CREATE,
        obj=plan,
        changes={**audit.created(_plan_values(plan)), "copied_from": [None, str(source)]},
    )
    return plan


def _copy_task(plan: Plan, task: PlanTask, delta: int, actor) -> None:
    copy = PlanTask(
        plan=plan,
        order=task.order,
        content=shift_label(task.content, delta),
        lead_unit_id=task.lead_unit_id,
        lead_agency_id=task.lead_agency_id,
        lead_label=task.lead_label,
        coordinating_label=task.coordinating_label,
        timeframe_kind=task.timeframe_kind,
        start_date=shift_year(task.start_date, delta),
        due_date=shift_year(task.due_date, delta),
        rhythm=task.rhythm,
        regulation=task.regulation,
        timeframe_label=shift_label(task.timeframe_label, delta),
        created_by=actor,
    )
    if copy.timeframe_kind == TimeframeKind.MONTH and copy.start_date:
        copy.start_date, copy.due_date = month_bounds(copy.start_date.year, copy.start_date.month)
    copy.save()
    copy.coordinating_units.set(task.coordinating_units.all())
    TaskAssignment.objects.bulk_create(
        TaskAssignment(task=copy, agency_id=a.agency_id, created_by=actor)
        for a in task.assignments.all()
    )


@transaction.atomic
def plan_update(*, actor, plan: Plan, **values) -> Plan:
    """Edit the document parts of a draft. Keys: see PLAN_EDIT_FIELDS."""
    _require(permissions.can_edit_plan(actor, plan))
    unknown = set(values) - set(PLAN_EDIT_FIELDS)
    if unknown:
        raise ValueError(f"Unknown plan fields: {sorted(unknown)}")
    before = audit.snapshot(plan, values.keys())
    limits = {"title": 500, "appendix_title": 300}
    for name, value in values.items():
        if name in PLAN_LIST_FIELDS:
            value = _clean_lines(value, field_name=name)
        elif name == "implementation":
            value = _clean_sections(value)
        elif name == "year":
            value = _clean_year(value)
        elif name in PLAN_SIGNER_FIELDS:
            value = _clean(value, field_name=name, max_length=100)
        else:
            value = _clean(value, field_name=name, max_length=limits.get(name, 4000))
        setattr(plan, name, value)
    if not plan.title:
        raise DomainError(_("Enter the title of the plan."), field="title")
    plan.save()
    changes = audit.diff(before, audit.snapshot(plan, values.keys()))
    if changes:
        audit.record(actor=actor, action=events.PLAN_UPDATE, obj=plan, changes=changes)
    return plan


def _check_ready(plan: Plan) -> None:
    if not plan.signer_title or not plan.signer_name:
        raise DomainError(
            _("Enter the signer's title and name before issuing."), field="signer_name"
        )
    if not plan.tasks.exists():
        raise DomainError(_("Add at least one task before issuing."), field="tasks")
    if plan.scope == PlanScope.PROVINCE:
        lonely = plan.tasks.filter(assignments__isnull=True).order_by("order").first()
        if lonely is not None:
            raise DomainError(
                _("Task %(order)s has no assigned agency.") % {"order": lonely.order},
                field="tasks",
            )


@transaction.atomic
def plan_issue(*, actor, plan: Plan, issued_on: dt.date | None = None) -> Plan:
    """Take the number from the register and freeze the document."""
    plan = Plan.objects.select_for_update().select_related("agency").get(pk=plan.pk)
    _require(permissions.can_issue_plan(actor, plan))
    _require_draft(plan)
    _check_ready(plan)
    issued_on = issued_on or timezone.localdate()
    number = issue_number(
        actor=actor,
        agency=plan.agency,
        doc_type=DocType.PLAN,
        issued_on=issued_on,
        summary=plan.title,
        obj=plan,
    )
    plan.status = PlanStatus.ISSUED
    plan.issued_number = number
    plan.number_symbol = number.symbol
    plan.issued_on = issued_on
    plan.issued_at = timezone.now()
    plan.issued_by = actor
    plan.save()
    audit.record(
        actor=actor,
        action=events.PLAN_ISSUE,
        obj=plan,
        changes={
            "status": [str(PlanStatus.DRAFT.label), str(PlanStatus.ISSUED.label)],
            "number_symbol": [None, plan.number_symbol],
            "issued_on": [None, f"{issued_on:%d/%m/%Y}"],
        },
    )
    # The periods of recurring tasks exist from the day of issue (the daily sweep only catches up).
    from eiso.plans.tracking.services import tracking_start

    tracking_start(plan=plan, actor=actor)
    return plan


@transaction.atomic
def plan_cancel(*, actor, plan: Plan, reason: str) -> Plan:
    plan = Plan.objects.select_for_update().select_related("agency").get(pk=plan.pk)
    _require(permissions.can_issue_plan(actor, plan))
    if plan.status != PlanStatus.ISSUED:
        raise IllegalTransition(_("Only an issued plan can be cancelled."))
    plan.cancelled_reason = _clean(reason, field_name="reason", required=True)
    plan.status = PlanStatus.CANCELLED
    plan.save(update_fields=["status", "cancelled_reason", "updated_at"])
    audit.record(
        actor=actor,
        action=events.PLAN_CANCEL,
        obj=plan,
        changes={
            "status": [str(PlanStatus.ISSUED.label), str(PlanStatus.CANCELLED.label)],
            "reason": [None, plan.cancelled_reason],
        },
    )
    return plan


@transaction.atomic
def plan_delete(*, actor, plan: Plan) -> None:
    _require(permissions.can_delete_plan(actor, plan))
    audit.record(actor=actor, action=events.PLAN_DELETE, obj=plan, changes=_plan_values(plan))
    plan.delete()


# Tasks -----------------------------------------------------------------------------------------


@dataclass
class TaskData:
    """What a form row or an Excel row says about one task."""

    content: str
    lead_unit: Unit | None = None
    lead_agency: Agency | None = None
    lead_label: str = ""
    coordinating_units: list[Unit] = field(default_factory=list)
    coordinating_label: str = ""
    timeframe_kind: str = TimeframeKind.BEFORE
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    rhythm: str = ""
    regulation: str = ""
    timeframe_label: str = ""
    assigned_agencies: list[Agency] = field(default_factory=list)


def _check_lead(plan: Plan, data: TaskData) -> None:
    agency = plan.agency
    if data.lead_unit is not None and data.lead_unit.agency_id != agency.pk:
        raise DomainError(
            _("The lead unit “%(unit)s” does not belong to %(agency)s.")
            % {"unit": data.lead_unit.name, "agency": agency.name},
            field="lead_unit",
        )
    for unit in data.coordinating_units:
        if unit.agency_id != agency.pk:
            raise DomainError(
                _("The coordinating unit “%(unit)s” does not belong to %(agency)s.")
                % {"unit": unit.name, "agency": agency.name},
                field="coordinating_units",
            )
    for other in filter(None, [data.lead_agency, *data.assigned_agencies]):
        if other.province_id != agency.province_id:
            raise DomainError(
                _("The agency “%(agency)s” is not in this province.") % {"agency": other.name},
                field="lead_agency" if other is data.lead_agency else "assigned_agencies",
            )
    if not (data.lead_unit or data.lead_agency or data.lead_label):
        raise DomainError(_("Choose the lead unit or type who leads the task."), field="lead_unit")


def _check_timeframe(data: TaskData) -> None:
    kind, start, due = data.timeframe_kind, data.start_date, data.due_date
    if kind not in TimeframeKind.values:
        raise DomainError(_("Choose the kind of timeframe."), field="timeframe_kind")
    if data.rhythm not in Rhythm.values:
        raise DomainError(_("Choose a rhythm from the list."), field="rhythm")
    if kind == TimeframeKind.BEFORE and due is None:
        raise DomainError(_("Enter the date before which the task is done."), field="due_date")
    if kind == TimeframeKind.RANGE and (start is None or due is None):
        raise DomainError(_("Enter both the start and the end date."), field="start_date")
    if kind in (TimeframeKind.MONTH, TimeframeKind.QUARTER) and not (start or due):
        raise DomainError(_("Enter a day in the month or quarter."), field="start_date")
    if start and due and due < start:
        raise DomainError(
            _("The end date %(end)s is before the start date %(start)s.")
            % {"end": f"{due:%d/%m/%Y}", "start": f"{start:%d/%m/%Y}"},
            field="due_date",
        )


def normalise_timeframe(data: TaskData) -> None:
    kind = data.timeframe_kind
    day = data.start_date or data.due_date
    if kind == TimeframeKind.MONTH:
        data.start_date, data.due_date = month_bounds(day.year, day.month)
    elif kind == TimeframeKind.QUARTER:
        data.start_date, data.due_date = quarter_bounds(day.year, (day.month - 1) // 3 + 1)
    elif kind == TimeframeKind.BEFORE:
        data.start_date = None
    if kind != TimeframeKind.RECURRING:
        data.rhythm = ""


def clean_task(plan: Plan, data: TaskData) -> TaskData:
    """Validate and normalise one task (raises DomainError naming the field)."""
    data.content = _clean(data.content, field_name="content", required=True, max_length=4000)
    data.lead_label = _clean(data.lead_label, field_name="lead_label", max_length=255)
    data.coordinating_label = _clean(
        data.coordinating_label, field_name="coordinating_label", max_length=255
    )
    data.regulation = _clean(data.regulation, field_name="regulation", max_length=255)
    data.timeframe_label = _clean(
        data.timeframe_label, field_name="timeframe_label", max_length=120
    )
    _check_lead(plan, data)
    _check_timeframe(data)
    normalise_timeframe(data)
    return data


def _save_task(plan: Plan, task: PlanTask, data: TaskData) -> PlanTask:
    data = clean_task(plan, data)
    for f in fields(TaskData):
        if f.name not in ("coordinating_units", "assigned_agencies"):
            setattr(task, f.name, getattr(data, f.name))
    task.save()
    task.coordinating_units.set(data.coordinating_units)
    if plan.scope == PlanScope.PROVINCE:
        wanted = {a.pk for a in data.assigned_agencies}
        task.assignments.exclude(agency_id__in=wanted).delete()
        have = set(task.assignments.values_list("agency_id", flat=True))
        TaskAssignment.objects.bulk_create(
            TaskAssignment(task=task, agency_id=pk, created_by=task.created_by)
            for pk in wanted - have
        )
    return task


def task_snapshot(task: PlanTask) -> dict:
    values = audit.snapshot(task, TASK_AUDIT_FIELDS)
    values["lead"] = task.lead_text()
    values["coordinating"] = task.coordinating_text()
    return values


@transaction.atomic
def task_add(*, actor, plan: Plan, data: TaskData) -> PlanTask:
    _require(permissions.can_edit_plan(actor, plan))
    _require_draft(plan)
    Plan.objects.select_for_update().filter(pk=plan.pk).first()
    last = plan.tasks.aggregate(last=Max("order"))["last"] or 0
    task = _save_task(plan, PlanTask(plan=plan, order=last + 1, created_by=actor), data)
    audit.record(
        actor=actor, action=events.TASK_CREATE, obj=task, changes=audit.created(task_snapshot(task))
    )
    return task


@transaction.atomic
def task_update(*, actor, task: PlanTask, data: TaskData) -> PlanTask:
    plan = task.plan
    _require(permissions.can_edit_plan(actor, plan))
    _require_draft(plan)
    before = task_snapshot(task)
    _save_task(plan, task, data)
    changes = audit.diff(before, task_snapshot(task))
    if changes:
        audit.record(actor=actor, action=events.TASK_UPDATE, obj=task, changes=changes)
    return task


@transaction.atomic
def task_delete(*, actor, task: PlanTask) -> None:
    plan = task.plan
    _require(permissions.can_edit_plan(actor, plan))
    _require_draft(plan)
    # Recorded on the plan: the task row is gone, the plan's history keeps what it said.
    removed = f"{task.order}. {task.content}"
    audit.record(
        actor=actor, action=events.TASK_DELETE, obj=plan, changes={"task": [removed, None]}
    )
    task.delete()
    _renumber(plan, list(plan.tasks.order_by("order")))


def _renumber(plan: Plan, tasks: list[PlanTask]) -> None:
    """Write orders 1..n; via a temporary offset so the unique (plan, order) never collides."""
    offset = 10000
    for index, task in enumerate(tasks, start=1):
        PlanTask.objects.filter(pk=task.pk).update(order=offset + index)
    for index, task in enumerate(tasks, start=1):
        PlanTask.objects.filter(pk=task.pk).update(order=index)
        task.order = index


@transaction.atomic
def task_move(*, actor, task: PlanTask, direction: str) -> PlanTask:
    """Move a task one row up or down ("up" / "down")."""
    plan = task.plan
    _require(permissions.can_edit_plan(actor, plan))
    _require_draft(plan)
    tasks = list(plan.tasks.order_by("order"))
    index = next(i for i, t in enumerate(tasks) if t.pk == task.pk)
    target = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= target < len(tasks):
        return task
    tasks[index], tasks[target] = tasks[target], tasks[index]
    old = task.order
    _renumber(plan, tasks)
    audit.record(
        actor=actor,
        action=events.TASK_REORDER,
        obj=task,
        changes={"order": [old, target + 1]},
    )
    task.order = target + 1
    return task
