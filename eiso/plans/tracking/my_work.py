"""The "Việc của tôi" section of plan tasks: open work led by the person's units (and, for an
agency's head or ISO coordinator, the agency's work that has no lead unit), overdue first, then
due soon, then by due date. Five queries whatever the data size."""

from __future__ import annotations

from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection
from eiso.organizations.access import access_for
from eiso.plans.models import TaskStatus
from eiso.plans.tracking import permissions
from eiso.plans.tracking.dates import Thresholds, effective_due
from eiso.plans.tracking.selectors import DUE_SOON, OPEN, annotate_shares, annotate_tasks

SECTION_LIMIT = 10
_RANK = Case(
    When(current=TaskStatus.OVERDUE, then=Value(0)),
    When(current=DUE_SOON, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


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


def _item(work, url: str, title: str, plan) -> WorkItem:
    kind = work.timeframe_kind if hasattr(work, "timeframe_kind") else work.task.timeframe_kind
    return WorkItem(
        title=title,
        url=url,
        due=effective_due(kind, work.due_on, province=plan.agency.province_id),
        detail=f"{plan.number_symbol} — {plan.title}"[:160],
        overdue=work.current == TaskStatus.OVERDUE,
        badge=_("Due soon") if work.current == DUE_SOON else "",
    )


def _first_items(tasks, shares, thresholds: Thresholds) -> list[WorkItem]:
    """The first items of both kinds, overdue first, then due soon, then by due date."""
    tasks = annotate_tasks(tasks, thresholds).select_related("plan__agency").annotate(rank=_RANK)
    shares = annotate_shares(shares, thresholds).select_related("task__plan__agency")
    shares = shares.annotate(rank=_RANK)
    items = [
        (t.rank, t.due_on, _item(t, reverse("plans:tracking_task", args=[t.pk]), t.content, t.plan))
        for t in tasks.order_by("rank", "due_on", "pk")[:SECTION_LIMIT]
    ] + [
        (
            s.rank,
            s.due_on,
            _item(s, reverse("plans:tracking_share", args=[s.pk]), s.task.content, s.task.plan),
        )
        for s in shares.order_by("rank", "due_on", "pk")[:SECTION_LIMIT]
    ]
    items.sort(key=lambda entry: (entry[0], entry[1] is None, entry[1] or thresholds.today))
    return [entry[2] for entry in items[:SECTION_LIMIT]]


def my_plan_tasks_section(user, agency) -> WorkSection | None:
    """Counts first (no calendar needed); the first items only when there is something open."""
    task_lead = lead_q(user, "lead_unit", "plan__agency_id")
    share_lead = lead_q(user, "lead_unit", "agency_id")
    if task_lead is None:
        return None
    tasks = permissions.visible_tasks(user).filter(task_lead, plan__scope="agency", status__in=OPEN)
    shares = permissions.visible_assignments(user).filter(share_lead, status__in=OPEN)
    total = tasks.count() + shares.count()
    items = []
    if total:
        thresholds = Thresholds.for_day(province=getattr(agency, "province_id", None))
        items = _first_items(tasks, shares, thresholds)
    return WorkSection(
        key="plans.tasks",
        title=_("Plan tasks of my units"),
        items=items,
        total=total,
        empty_text=_("No open plan task is led by your units."),
        more_url=reverse("plans:tracking_board", args=[agency.pk]) if agency is not None else "",
        icon="list-check",
        order=30,
    )
