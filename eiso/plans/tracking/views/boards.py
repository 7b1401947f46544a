"""Overviews of an agency's plan work: who holds what, the month calendar, a plan's timeline."""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
import uuid

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import gettext as _

from eiso.core import calendar as working_calendar
from eiso.organizations.selectors import get_agency_for_user_or_404
from eiso.plans.models import PlanScope, TimeframeKind
from eiso.plans.tracking import permissions, selectors
from eiso.plans.tracking.dates import Thresholds
from eiso.plans.tracking.forms import StatusFilterForm
from eiso.plans.tracking.views._helpers import deny_unless, paginate, year_param


def _agency(request, agency_id):
    agency = get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_view_agency_board(request.user, agency))
    return agency


def _unit_param(request) -> str:
    raw = request.GET.get("unit", "")
    if raw == "none":
        return raw
    try:
        return str(uuid.UUID(raw)) if raw else ""
    except ValueError:
        return ""


@login_required
def board(request, agency_id):
    """Who holds what: counts per lead unit, then the tasks and the shares, filterable."""
    agency = _agency(request, agency_id)
    thresholds = Thresholds.for_day(province=agency.province_id)
    year = year_param(request, thresholds.today.year)
    status_form = StatusFilterForm(request.GET or None)
    status = status_form.status_value()
    tasks = selectors.agency_tasks(request.user, agency, thresholds, year=year)
    shares = selectors.agency_shares(request.user, agency, thresholds, year=year)
    loads = selectors.unit_loads(tasks, shares, no_unit=_("No lead unit"))
    unit_id = _unit_param(request)
    if unit_id:
        unit_filter = (
            {"lead_unit__isnull": True} if unit_id == "none" else {"lead_unit_id": unit_id}
        )
        tasks, shares = tasks.filter(**unit_filter), shares.filter(**unit_filter)
    tasks = selectors.filter_current(tasks, status).select_related("plan", "lead_unit")
    shares = selectors.filter_current(shares, status).select_related("task__plan", "lead_unit")
    context = {
        "agency": agency,
        "year": year,
        "years": range(thresholds.today.year - 2, thresholds.today.year + 2),
        "loads": paginate(request, loads, param="units_page"),
        "tasks": paginate(request, tasks.order_by("due_on", "plan__number_symbol", "order")),
        "shares": paginate(
            request, shares.order_by("due_on", "task__plan__number_symbol"), param="shares_page"
        ),
        "status_form": status_form,
        "status": status,
        "unit": unit_id,
        "today": thresholds.today,
    }
    return render(request, "plans/tracking/board.html", context)


def _month_param(request, today: dt.date) -> dt.date:
    raw = request.GET.get("month", "")
    try:
        year, month = (int(part) for part in raw.split("-"))
        return dt.date(year, month, 1) if 2000 <= year <= 2100 else today.replace(day=1)
    except (ValueError, TypeError):
        return today.replace(day=1)


def _shift_month(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@login_required
def month_calendar_page(request, agency_id):
    agency = _agency(request, agency_id)
    thresholds = Thresholds.for_day(province=agency.province_id)
    first = _month_param(request, thresholds.today)
    last = first.replace(day=month_calendar.monthrange(first.year, first.month)[1])
    tasks, shares, occurrences = selectors.agency_month_items(
        request.user, agency, thresholds, first, last
    )
    by_day: dict = {}
    for item in [*tasks, *shares, *occurrences]:
        by_day.setdefault(item.due_on, []).append(item)
    weeks = []
    for week in month_calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append(
            [
                {
                    "day": day,
                    "in_month": day.month == first.month,
                    "working": working_calendar.is_working_day(day, province=agency.province_id),
                    "today": day == thresholds.today,
                    "items": by_day.get(day, []),
                }
                for day in week
            ]
        )
    context = {
        "agency": agency,
        "month": first,
        "previous": _shift_month(first, -1),
        "next": _shift_month(first, 1),
        "weeks": weeks,
        "weekday_names": [WEEKDAYS_ABBR[i] for i in range(7)],
        "count": len(tasks) + len(shares) + len(occurrences),
    }
    return render(request, "plans/tracking/calendar.html", context)


def _bar(task, plan) -> tuple[int, int] | None:
    """(first month, number of months) of the task's bar within the plan year, or None."""
    year = plan.year
    start, end = task.start_date, task.due_date
    if task.timeframe_kind == TimeframeKind.BEFORE and start is None and end is not None:
        issued = plan.issued_on
        start = issued if issued and issued.year == year and issued <= end else end
    if task.timeframe_kind == TimeframeKind.RECURRING:
        start, end = start or dt.date(year, 1, 1), end or dt.date(year, 12, 31)
    if task.timeframe_kind == TimeframeKind.REGULATORY and end is not None:
        start = start or end
    if start is None or end is None or end.year < year or start.year > year:
        return None
    first = start.month if start.year == year else 1
    last = end.month if end.year == year else 12
    return first, last - first + 1


@login_required
def timeline(request, plan_id):
    """One row per task, its bar over the months of the plan year (CSS grid classes)."""
    plan = selectors.get_issued_plan_for_user_or_404(request.user, plan_id)
    if plan.scope == PlanScope.PROVINCE:
        deny_unless(permissions.can_view_province_progress(request.user, plan))
    thresholds = Thresholds.for_day(province=plan.agency.province_id)
    tasks = selectors.annotate_tasks(plan.tasks.all(), thresholds).select_related("lead_unit")
    page = paginate(request, tasks.order_by("order"))
    rows = []
    for task in page:
        bar = _bar(task, plan)
        rows.append({"task": task, "col": bar[0] if bar else 0, "span": bar[1] if bar else 0})
    today = timezone.localdate()
    context = {
        "plan": plan,
        "page": page,
        "rows": rows,
        "months": range(1, 13),
        "today_month": today.month if today.year == plan.year else 0,
    }
    return render(request, "plans/tracking/timeline.html", context)
