"""Reads of quality objectives, already scoped to what the user may see."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from eiso.objectives.models import ActionItem, Evaluation, Measurement, Objective
from eiso.objectives.permissions import visible_objectives
from eiso.organizations.models import Agency


def _get_or_404(queryset: QuerySet, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404 from exc


def objectives_for_user(
    user, agency: Agency, *, year: int | None = None, unit=None, status: str = "", level: str = ""
) -> QuerySet[Objective]:
    """One agency's objectives, filtered; agency objectives before unit objectives."""
    queryset = visible_objectives(user).filter(agency=agency)
    if year is not None:
        queryset = queryset.filter(year=year)
    if unit is not None:
        queryset = queryset.filter(unit=unit)
    elif level == "agency":
        queryset = queryset.filter(unit__isnull=True)
    elif level == "unit":
        queryset = queryset.filter(unit__isnull=False)
    if status:
        queryset = queryset.filter(status=status)
    return queryset.select_related(
        "agency", "unit", "responsible_unit", "responsible_person", "evaluation"
    ).order_by("year", "unit__path", "order", "created_at", "id")


def years_of(user, agency: Agency) -> list[int]:
    return sorted(
        set(visible_objectives(user).filter(agency=agency).values_list("year", flat=True)),
        reverse=True,
    )


def get_objective_for_user_or_404(user, objective_id) -> Objective:
    return _get_or_404(
        visible_objectives(user).select_related(
            "agency__province",
            "unit",
            "parent",
            "responsible_unit",
            "responsible_person",
        ),
        objective_id,
    )


def measurements_of(objective: Objective) -> QuerySet[Measurement]:
    return objective.measurements.select_related("created_by").order_by(
        "-measured_on", "-created_at"
    )


def chart_points(objective: Objective) -> list[tuple[str, Decimal]]:
    """(dd/mm/yyyy, value) oldest first, for the chart."""
    rows = objective.measurements.order_by("measured_on", "created_at").values_list(
        "measured_on", "value"
    )
    return [(day.strftime("%d/%m/%Y"), value) for day, value in rows]


def actions_of(objective: Objective) -> QuerySet[ActionItem]:
    return objective.actions.order_by("order", "created_at")


def get_action_or_404(objective: Objective, action_id) -> ActionItem:
    return _get_or_404(objective.actions.all(), action_id)


def evaluation_of(objective: Objective) -> Evaluation | None:
    return (
        Evaluation.objects.filter(objective=objective)
        .select_related("submitted_by", "decided_by")
        .first()
    )


def children_of(objective: Objective) -> QuerySet[Objective]:
    return objective.children.select_related("unit", "evaluation").order_by("unit__path", "order")


def get_measurement_for_user_or_404(user, measurement_id) -> Measurement:
    return _get_or_404(
        Measurement.objects.filter(objective__in=visible_objectives(user)).select_related(
            "objective"
        ),
        measurement_id,
    )


def agency_objectives_for_parent(agency: Agency, year: int) -> QuerySet[Objective]:
    return Objective.objects.filter(agency=agency, year=year, unit__isnull=True).order_by(
        "order", "created_at"
    )


def document_objectives(user, agency: Agency, year: int) -> list[Objective]:
    """Every objective of the period with its plan and evaluation, for the documents/exports."""
    return list(
        objectives_for_user(user, agency, year=year).prefetch_related(
            Prefetch("actions", queryset=ActionItem.objects.order_by("order", "created_at"))
        )
    )


def status_counts(user, agency: Agency, year: int) -> dict[str, int]:
    rows = (
        visible_objectives(user)
        .filter(agency=agency, year=year)
        .values("status")
        .annotate(n=Count("id"))
    )
    return {row["status"]: row["n"] for row in rows}
