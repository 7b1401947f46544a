"""“Việc của tôi” sections: measurements due soon or late, evaluations waiting for approval."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core.calendar import add_working_days
from eiso.core.my_work import WorkItem, WorkSection, first_and_total
from eiso.objectives.models import Evaluation, EvaluationState, format_number
from eiso.objectives.periods import next_due
from eiso.objectives.permissions import (
    evaluations_awaiting,
    responsible_objectives,
    visible_objectives,
)
from eiso.objectives.reminders import reminder_days

SECTION_LIMIT = 10
# A person measures a bounded number of objectives; the cap keeps the section's cost fixed.
SCAN_LIMIT = 200


def measurements_due_section(user, agency) -> WorkSection | None:
    """Objectives the user measures whose next measurement is due within N working days (or late).

    One query: the user's objectives of running periods (due dates are computed from the stored
    latest measurement date)."""
    today = timezone.localdate()
    objectives = list(
        responsible_objectives(user)
        .filter(period_start__lte=today, period_end__gte=today)
        .select_related("agency")
        .order_by("period_end", "id")[:SCAN_LIMIT]
    )
    if not objectives:
        return None
    horizon = add_working_days(today, reminder_days())
    due = []
    for objective in objectives:
        day = next_due(objective, today)
        if day is not None and day <= horizon:
            due.append((day, objective))
    due.sort(key=lambda pair: (pair[0], pair[1].statement))
    items = [
        WorkItem(
            title=objective.statement,
            url=reverse("objectives:detail", args=[objective.pk]),
            due=day,
            detail=_("Target %(target)s; last value %(value)s")
            % {
                "target": objective.target_text,
                "value": format_number(objective.latest_value) or "—",
            },
            badge=_("Measurement due"),
        )
        for day, objective in due[:SECTION_LIMIT]
    ]
    return WorkSection(
        key="objectives.measurements",
        title=_("Objective measurements due"),
        items=items,
        total=len(due),
        empty_text=_("No measurement is due in the next few working days."),
        more_url=reverse("objectives:list"),
        icon="target-arrow",
        order=40,
    )


def evaluations_to_approve_section(user, agency) -> WorkSection | None:
    queryset = evaluations_awaiting(user)
    if queryset.query.is_empty():
        return None
    evaluations = list(
        queryset.select_related("objective", "submitted_by").order_by("submitted_at")[
            :SECTION_LIMIT
        ]
    )
    total = queryset.count()
    if not total:
        return None
    items = [
        WorkItem(
            title=evaluation.objective.statement,
            url=reverse("objectives:detail", args=[evaluation.objective_id]),
            detail=_("%(result)s — proposed by %(name)s")
            % {
                "result": evaluation.get_result_display(),
                "name": evaluation.submitted_by.full_name if evaluation.submitted_by else "",
            },
            badge=_("Evaluation to approve"),
            date=evaluation.submitted_at,
        )
        for evaluation in evaluations
    ]
    return WorkSection(
        key="objectives.evaluations",
        title=_("Year-end evaluations to approve"),
        items=items,
        total=total,
        more_url=reverse("objectives:list"),
        icon="gavel",
        order=41,
    )


def evaluations_returned_section(user, agency) -> WorkSection | None:
    """Evaluations the agency head returned to the person who proposed them."""
    if not getattr(user, "is_authenticated", False):
        return None
    queryset = Evaluation.objects.filter(
        state=EvaluationState.RETURNED,
        submitted_by_id=user.pk,
        objective__in=visible_objectives(user),
    )
    evaluations, total = first_and_total(
        queryset.select_related("objective").order_by("-decided_at"), SECTION_LIMIT
    )
    if not evaluations:
        return None
    items = [
        WorkItem(
            title=evaluation.objective.statement,
            url=reverse("objectives:evaluation", args=[evaluation.objective_id]),
            detail=evaluation.return_comment,
            badge=_("Evaluation returned"),
            date=evaluation.decided_at,
        )
        for evaluation in evaluations
    ]
    return WorkSection(
        key="objectives.returned",
        title=_("Year-end evaluations returned to you"),
        items=items,
        total=total,
        more_url=reverse("objectives:list"),
        icon="arrow-back-up",
        order=42,
    )
