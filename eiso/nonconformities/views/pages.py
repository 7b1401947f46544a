"""The register of nonconformities, one nonconformity's page, and the dashboards."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from eiso.core import charts
from eiso.core.history import url_for as history_url
from eiso.nonconformities import permissions, selectors, states
from eiso.nonconformities.forms import ListFilterForm
from eiso.nonconformities.models import ActionStatus, State
from eiso.nonconformities.services.nonconformities import verification_opens_on
from eiso.nonconformities.views._common import agency_from_request, deny_unless
from eiso.organizations import selectors as org_selectors

AGENCY_CHOICES_LIMIT = 200


def _filters(request) -> tuple[ListFilterForm, selectors.NonconformityFilters]:
    form = ListFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    year = request.GET.get("year", "")
    return form, selectors.NonconformityFilters(
        state=data.get("state") or "",
        source=data.get("source") or "",
        query=data.get("q") or "",
        year=int(year) if year.isdigit() and 2000 <= int(year) <= 2100 else None,
    )


@require_safe
@login_required
def nonconformity_list(request):
    agency = agency_from_request(request)
    context: dict = {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:AGENCY_CHOICES_LIMIT],
    }
    if agency is not None:
        form, filters = _filters(request)
        queryset = selectors.nonconformities_for_user(request.user, agency, filters)
        context.update(
            {
                "form": form,
                "year": filters.year,
                "years": selectors.years_of(request.user, agency),
                "page": Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(
                    request.GET.get("page")
                ),
                "can_record": permissions.can_record_any(request.user, agency),
                "can_propose": permissions.can_propose(request.user, agency),
                "today": timezone.localdate(),
            }
        )
    template = (
        "nonconformities/partials/results.html"
        if getattr(request, "htmx", False)
        else "nonconformities/list.html"
    )
    return render(request, template, context)


def _steps(nonconformity) -> list[dict]:
    """The lifecycle as a progress bar: done, current, to do."""
    order = [s for s, _label in State.choices]
    current = order.index(nonconformity.state)
    return [
        {"label": label, "done": index < current, "current": index == current}
        for index, (_s, label) in enumerate(State.choices)
    ]


@require_safe
@login_required
def nonconformity_detail(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    user = request.user
    actions = list(selectors.actions_of(nc))
    can_handle = permissions.can_handle(user, nc)
    today = timezone.localdate()
    for action in actions:
        # Already loaded: no query per row for the permission check.
        action.agency = nc.agency
        action.nonconformity = nc
        action.can_update = permissions.can_update_action(user, action)
        action.is_overdue = action.status == ActionStatus.OPEN and action.due_date < today
    opens = verification_opens_on(nc)
    context = {
        "nc": nc,
        "agency": nc.agency,
        "steps": _steps(nc),
        "actions": actions,
        "verifications": list(selectors.verifications_of(nc)),
        "finding": getattr(nc, "finding", None),
        "can_handle": can_handle,
        "can_edit": can_handle and states.allowed("edit", nc.state),
        "can_analyse": can_handle and states.allowed("analyse", nc.state),
        "can_add_action": can_handle and states.allowed("add_action", nc.state),
        "can_start": can_handle and states.allowed("start", nc.state),
        "can_request_verification": can_handle and states.allowed("request_verification", nc.state),
        "can_mark_done": nc.state == State.IN_PROGRESS,
        "can_verify": permissions.can_verify(user, nc) and states.allowed("verify", nc.state),
        "verification_opens": opens,
        "verification_waits": opens is not None and today < opens,
        # Offered once the check is done; closing earlier is refused by the service's gates.
        "can_close": permissions.can_close(user, nc) and nc.state == State.VERIFICATION,
        "history_url": history_url(nc),
    }
    return render(request, "nonconformities/detail.html", context)


AGE_LABELS = {
    "0-30": gettext_lazy("≤ 30 days"),
    "31-90": gettext_lazy("31–90 days"),
    "91-180": gettext_lazy("91–180 days"),
    "180+": gettext_lazy("over 180 days"),
}


def _dashboard_charts(data) -> dict:
    """The dashboard's charts, drawn here as inline SVG (the tables under them hold the same)."""
    empty = _("No open nonconformity.")
    by_unit = [(name or _("The whole agency"), n) for name, n in data.by_unit]
    return {
        "unit_chart": charts.bar_chart(
            by_unit, ident="chart-by-unit", title=_("Open by unit"), horizontal=True, empty=empty
        ),
        "age_chart": charts.bar_chart(
            [(str(AGE_LABELS.get(key, key)), n) for key, n in data.by_age],
            ident="chart-by-age",
            title=_("Open by age"),
            empty=empty,
        ),
        "source_chart": charts.stacked_bar(
            [(label, n) for _v, label, n in data.by_source],
            ident="chart-by-source",
            title=_("Open by source"),
            empty=empty,
        ),
    }


@require_safe
@login_required
def dashboard(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_read_agency(request.user, agency))
    today = timezone.localdate()
    data = selectors.agency_dashboard(request.user, agency, today)
    overdue = selectors.overdue_actions(request.user, agency, today)
    context = {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:AGENCY_CHOICES_LIMIT],
        "data": data,
        "overdue": Paginator(overdue, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page")),
        "today": today,
        "progress": selectors.programme_progress(request.user, today.year, agency),
        "can_view_province": permissions.can_view_province(request.user, agency.province),
        **_dashboard_charts(data),
    }
    return render(request, "nonconformities/dashboard.html", context)


@require_safe
@login_required
def province_dashboard(request):
    """Every agency of the province: open and closed nonconformities, overdue actions."""
    agency = agency_from_request(request, required=True)
    province = agency.province
    deny_unless(permissions.can_view_province(request.user, province))
    rows = selectors.province_agencies(request.user, province)
    context = {
        "agency": agency,
        "province": province,
        "page": Paginator(rows, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page")),
        "today": timezone.localdate(),
    }
    return render(request, "nonconformities/province.html", context)
