"""The personal iCal feed of open plan work, and its secret address.

A feed lists the open leaves (tasks, shares, periods of recurring tasks) the person is concerned
with: work led by their units, and every open work item of the agencies they manage (head, ISO
coordinator), always within what they may see. Three queries.

The secret in the address is an HMAC of the user's id and password hash under SECRET_KEY (like
Django's password-reset tokens): no table is needed, and changing one's password revokes every
address given out before. An API token (`?token=`) works too.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from eiso.organizations.access import access_for
from eiso.plans.tracking import permissions
from eiso.plans.tracking.dates import Thresholds
from eiso.plans.tracking.ical import CalendarEvent
from eiso.plans.tracking.my_work import lead_q
from eiso.plans.tracking.reminders import work_title
from eiso.plans.tracking.selectors import (
    OPEN,
    RECURS,
    annotate_occurrences,
    annotate_shares,
    annotate_tasks,
)

FEED_SALT = "eiso.plans.tracking.ical"
FEED_LIMIT = 2000


def feed_key(user) -> str:
    return salted_hmac(FEED_SALT, f"{user.pk}:{user.password}").hexdigest()[:40]


def check_feed_key(user, key: str) -> bool:
    return constant_time_compare(feed_key(user), key or "")


def feed_path(user) -> str:
    return reverse("plans:tracking_feed", args=[user.pk, feed_key(user)])


def _managed(user) -> list:
    return [
        agency_id
        for agency_id, roles in access_for(user).agency_roles.items()
        if roles & set(permissions.MANAGER_ROLES)
    ]


def _scope(user, unit_field: str, agency_field: str) -> Q | None:
    managed = _managed(user)
    condition = lead_q(user, unit_field, agency_field)
    if managed:
        condition = (condition or Q()) | Q(**{f"{agency_field}__in": managed})
    return condition


def feed_items(user, thresholds: Thresholds) -> list:
    task_scope = _scope(user, "lead_unit", "plan__agency_id")
    if task_scope is None:
        return []
    share_scope = _scope(user, "lead_unit", "agency_id") or Q()
    own_periods = _scope(user, "task__lead_unit", "task__plan__agency_id") or Q()
    share_periods = _scope(user, "assignment__lead_unit", "assignment__agency_id") or Q()
    period_scope = (Q(assignment__isnull=True) & own_periods) | (
        Q(assignment__isnull=False) & share_periods
    )
    since = thresholds.today.year - 1
    tasks = annotate_tasks(
        permissions.visible_tasks(user)
        .filter(task_scope, plan__scope="agency", status__in=OPEN, plan__year__gte=since)
        .exclude(RECURS),
        thresholds,
    ).select_related("plan__agency")
    shares = annotate_shares(
        permissions.visible_assignments(user)
        .filter(share_scope, status__in=OPEN, task__plan__year__gte=since)
        .exclude(task__timeframe_kind="recurring", task__rhythm__gt=""),
        thresholds,
    ).select_related("task__plan__agency", "agency")
    periods = annotate_occurrences(
        permissions.visible_occurrences(user).filter(
            period_scope, status__in=OPEN, task__plan__year__gte=since
        ),
        thresholds,
    ).select_related("task__plan__agency", "assignment__agency")
    items: list = []
    for queryset in (tasks, shares, periods):
        dated = queryset.filter(due_on__isnull=False)  # type: ignore[misc]
        items.extend(dated.order_by("due_on")[:FEED_LIMIT])  # type: ignore[misc]
    return items


def feed_events(items, *, base_url: str) -> list[CalendarEvent]:
    from eiso.plans.tracking.reminders import work_url

    events = []
    for work in items:
        plan = work.plan if hasattr(work, "plan") else work.task.plan
        events.append(
            CalendarEvent(
                uid=f"{work._meta.model_name}-{work.pk}@eiso",
                day=work.due_on,
                summary=work_title(work),
                description=f"{plan.number_symbol} — {plan.title}",
                url=base_url + work_url(work),
                category=str(plan.agency.short_name or plan.agency.name),
            )
        )
    return events
