"""The "Việc của tôi" section of plan tasks: open work led by the person's units (and, for an
agency's head or ISO coordinator, the agency's work that has no lead unit), overdue first, then
due soon, then by due date. Two queries over the open work, with what a shown row needs (ranked
in Python, as `selectors._current` would in SQL); the same number whatever the data size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection
from eiso.organizations.access import access_for
from eiso.plans.models import TaskStatus
from eiso.plans.tracking import permissions
from eiso.plans.tracking.dates import DEADLINE_KINDS, PERIOD_KINDS, Thresholds, effective_due
from eiso.plans.tracking.selectors import DUE_SOON, OPEN, share_due_on, task_due_on

SECTION_LIMIT = 10


def _prefixes(path: str) -> list[str]:
    """'0001.0002.' → ['0001.', '0001.0002.']: the unit and its ancestors."""
    parts = [p for p in path.split(".") if p]
    return [".".join(parts[: i + 1]) + "." for i in range(len(parts))]


def lead_q(user, unit_field: str, agency_field: str) -> Q | None:
    """Work whose lead unit the user works in (or above/below), or managed work without unit."""
    condition = Q()
    found = False
    for agency_id, path in permissions._unit_paths(user):
        found = True
        condition |= Q(**{f"{unit_field}__agency_id": agency_id}) & (
            Q(**{f"{unit_field}__path__startswith": path})
            | Q(**{f"{unit_field}__path__in": _prefixes(path)})
        )
    access = access_for(user)
    managed = [
        agency_id
        for agency_id, roles in access.agency_roles.items()
        if roles & set(permissions.MANAGER_ROLES)
    ]
    if managed:
        found = True
        condition |= Q(**{f"{unit_field}__isnull": True, f"{agency_field}__in": managed})
    return condition if found else None


@dataclass(frozen=True)
class _Row:
    """One open piece of work: just what ranking needs (the rest is read for the shown rows)."""

    source: int  # 0 a task, 1 a share (tasks first on ties, as listed before)
    pk: object
    kind: str
    due_on: dt.date | None
    progress: int
    content: str
    plan_number: str
    plan_title: str
    province_id: object


def _rank(row: _Row, thresholds: Thresholds) -> tuple[int, str]:
    """(rank, current) as `selectors._current` computes it in SQL, for open work."""
    due, limits = row.due_on, thresholds
    if due is not None and row.kind in DEADLINE_KINDS:
        if due <= limits.previous_working:
            return 0, TaskStatus.OVERDUE
        if due <= limits.horizon:
            return 1, DUE_SOON
    elif due is not None and row.kind in PERIOD_KINDS:
        if due < limits.latest_working:
            return 0, TaskStatus.OVERDUE
        if due < limits.after_horizon:
            return 1, DUE_SOON
    return 2, TaskStatus.IN_PROGRESS if row.progress > 0 else TaskStatus.NOT_STARTED


_DETAIL_FIELDS = ("content", "plan__number_symbol", "plan__title", "plan__agency__province_id")


def _open_rows(tasks, shares) -> list[_Row]:
    """Two queries over the open work (filtered on indexed columns), no status CASE."""
    task_rows = tasks.annotate(due_on=task_due_on()).values_list(
        "pk", "timeframe_kind", "due_on", "progress", *_DETAIL_FIELDS
    )
    share_rows = shares.annotate(due_on=share_due_on()).values_list(
        "pk",
        "task__timeframe_kind",
        "due_on",
        "progress",
        *(f"task__{name}" for name in _DETAIL_FIELDS),
    )
    return [_Row(0, *row) for row in task_rows] + [_Row(1, *row) for row in share_rows]


def _first_items(rows: list[_Row], thresholds: Thresholds) -> list[WorkItem]:
    """Overdue first, then due soon, then by due date (undated last), tasks before shares."""

    def order(entry):
        rank, _current, row = entry
        return (rank, row.due_on is None, row.due_on or thresholds.today, row.source, row.pk)

    ranked = sorted(((*_rank(row, thresholds), row) for row in rows), key=order)[:SECTION_LIMIT]
    items = []
    for _rank_value, current, row in ranked:
        name = "plans:tracking_task" if row.source == 0 else "plans:tracking_share"
        items.append(
            WorkItem(
                title=row.content,
                url=reverse(name, args=[row.pk]),
                due=effective_due(row.kind, row.due_on, province=row.province_id),
                detail=f"{row.plan_number} — {row.plan_title}"[:160],
                overdue=current == TaskStatus.OVERDUE,
                badge=_("Due soon") if current == DUE_SOON else "",
            )
        )
    return items


def my_plan_tasks_section(user, agency) -> WorkSection | None:
    """Counts first (no calendar needed); the first items only when there is something open."""
    task_lead = lead_q(user, "lead_unit", "plan__agency_id")
    share_lead = lead_q(user, "lead_unit", "agency_id")
    if task_lead is None:
        return None
    tasks = permissions.visible_tasks(user).filter(task_lead, plan__scope="agency", status__in=OPEN)
    shares = permissions.visible_assignments(user).filter(share_lead, status__in=OPEN)
    rows = _open_rows(tasks, shares)
    items = []
    if rows:
        thresholds = Thresholds.for_day(province=getattr(agency, "province_id", None))
        items = _first_items(rows, thresholds)
    return WorkSection(
        key="plans.tasks",
        title=_("Plan tasks of my units"),
        items=items,
        total=len(rows),
        empty_text=_("No open plan task is led by your units."),
        more_url=reverse("plans:tracking_board", args=[agency.pk]) if agency is not None else "",
        icon="list-check",
        order=30,
    )
