"""The list of objectives of an agency and period, and one objective's page."""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from eiso.core import charts
from eiso.core.history import url_for as history_url
from eiso.objectives import permissions, selectors, sources
from eiso.objectives.forms import ListFilterForm
from eiso.objectives.models import Result, Status
from eiso.objectives.periods import period_for
from eiso.objectives.views._common import agency_from_request, year_from_request
from eiso.organizations import selectors as org_selectors


def _filters(request):
    form = ListFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    return form, data.get("level") or "", data.get("status") or ""


@require_safe
@login_required
def objective_list(request):
    agency = agency_from_request(request)
    context: dict = {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:200],
    }
    if agency is not None:
        year = year_from_request(request, agency)
        form, level, status = _filters(request)
        queryset = selectors.objectives_for_user(
            request.user, agency, year=year, level=level, status=status
        )
        page = Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(
            {
                "year": year,
                "period": period_for(agency, year),
                "years": sorted(
                    {year, year - 1, year + 1, *selectors.years_of(request.user, agency)},
                    reverse=True,
                ),
                "form": form,
                "page": page,
                "counts": selectors.status_counts(request.user, agency, year),
                "statuses": Status,
                "can_create": permissions.can_manage_any_in(request.user, agency),
                "can_copy": permissions.can_manage_in(request.user, agency),
            }
        )
    template = "objectives/partials/results.html" if request.htmx else "objectives/list.html"
    return render(request, template, context)


def _children_context(objective) -> dict:
    """The unit objectives that roll up into an agency objective, and their attainment summary."""
    if objective.unit_id is not None:
        return {"children": None}
    children = list(selectors.children_of(objective))
    statuses = Counter(child.status for child in children)
    evaluations = [getattr(child, "evaluation", None) for child in children]
    return {
        "children": children,
        "children_summary": {
            "total": len(children),
            "on_track": statuses[Status.ON_TRACK],
            "at_risk": statuses[Status.AT_RISK],
            "off_track": statuses[Status.OFF_TRACK],
            "achieved": sum(
                1 for e in evaluations if e is not None and e.result == Result.ACHIEVED
            ),
            "evaluated": sum(1 for e in evaluations if e is not None),
        },
    }


def _measurement_chart(objective, points):
    """The measurements over time against the target, as inline SVG (None before the first)."""
    if not points:
        return None
    return charts.line_chart(
        points,
        ident="objective-chart",
        title=_("Measurements chart") + f" · {objective.indicator}",
        target=objective.target,
        target_label=f"{_('Target')} {objective.target_text}",
        unit=objective.measure_unit,
    )


@require_safe
@login_required
def objective_detail(request, objective_id):
    objective = selectors.get_objective_for_user_or_404(request.user, objective_id)
    user = request.user
    measurements = Paginator(selectors.measurements_of(objective), settings.EISO_PAGE_SIZE)
    points = selectors.chart_points(objective)
    context = {
        "objective": objective,
        "agency": objective.agency,
        "period": period_for(objective.agency, objective.year),
        "source_label": sources.label_of(objective.data_source),
        "actions": selectors.actions_of(objective),
        "measurements": measurements.get_page(request.GET.get("page")),
        "chart": _measurement_chart(objective, points),
        "evaluation": selectors.evaluation_of(objective),
        **_children_context(objective),
        "can_manage": permissions.can_manage_objective(user, objective),
        "can_measure": permissions.can_enter_measurement(user, objective),
        "can_decide": permissions.can_decide_evaluation(user, objective),
        "history_url": history_url(objective),
    }
    return render(request, "objectives/detail.html", context)
