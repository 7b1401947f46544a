"""The register of risks and opportunities, the heat-map and the Excel export."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from eiso.core.history import url_for as history_url
from eiso.organizations import selectors as org_selectors
from eiso.risks import exports, permissions, selectors
from eiso.risks.forms import RiskFilterForm
from eiso.risks.models import RiskKind, RiskLevel, RiskStatus
from eiso.risks.services import matrix_for_agency
from eiso.risks.views._common import agency_from_request


def _filters(request) -> tuple[RiskFilterForm, selectors.RiskFilters]:
    form = RiskFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    status = data.get("status") or "open"
    unit = request.GET.get("unit") or ""
    unit_id = None
    if unit:
        try:
            unit_id = uuid.UUID(unit)
        except ValueError:
            unit_id = None
    filters = selectors.RiskFilters(
        kind=data.get("kind") or "",
        level=data.get("level") or "",
        status="" if status == "all" else status,
        unit_id=unit_id,
        likelihood=data.get("likelihood"),
        impact=data.get("impact"),
        residual=bool(data.get("residual")),
        query=(data.get("q") or "").strip(),
    )
    return form, filters


@require_safe
@login_required
def risk_list(request):
    agency = agency_from_request(request)
    context: dict = {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:200],
        "tab": "register",
    }
    if agency is not None:
        form, filters = _filters(request)
        queryset = selectors.risks_for_user(request.user, agency, filters)
        page = Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(
            {
                "form": form,
                "filters": filters,
                "page": page,
                "counts": selectors.level_counts(request.user, agency),
                "units": org_selectors.units_for_user(request.user, agency).filter(is_active=True),
                "levels": RiskLevel,
                "today": timezone.localdate(),
                "can_create": permissions.can_create_any_risk(request.user, agency),
            }
        )
    template = "risks/partials/results.html" if request.htmx else "risks/list.html"
    return render(request, template, context)


@require_safe
@login_required
def heatmap(request):
    agency = agency_from_request(request, required=True)
    residual = request.GET.get("residual") == "1"
    kind = request.GET.get("kind") or ""
    if kind not in RiskKind.values:
        kind = ""
    config = matrix_for_agency(agency)
    grid = selectors.heatmap(
        request.user, agency, config, residual=residual, kind=kind, status=RiskStatus.OPEN
    )
    context = {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:200],
        "tab": "heatmap",
        "grid": grid,
        "impacts": range(1, config.impact_levels + 1),
        "bands": config.bands(),
        "residual": residual,
        "kind": kind,
        "total": sum(cell.count for row in grid for cell in row),
        "config": config,
    }
    return render(request, "risks/heatmap.html", context)


@require_safe
@login_required
def export_excel(request):
    agency = agency_from_request(request, required=True)
    _form, filters = _filters(request)
    queryset = selectors.risks_for_user(request.user, agency, filters)
    content = exports.register_workbook(agency, queryset)
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    filename = f"so-rui-ro-{agency.symbol}-{timezone.localdate():%Y%m%d}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
@login_required
def risk_detail(request, risk_id):
    risk = selectors.get_risk_for_user_or_404(request.user, risk_id)
    treatments = list(selectors.treatments_of(risk))
    user = request.user
    context = {
        "risk": risk,
        "agency": risk.agency,
        "treatments": [
            {"treatment": t, "can_update": permissions.can_update_treatment(user, t)}
            for t in treatments
        ],
        "today": timezone.localdate(),
        "can_manage": permissions.can_manage_risk(user, risk),
        "history_url": history_url(risk),
        "config": matrix_for_agency(risk.agency),
    }
    return render(request, "risks/detail.html", context)
