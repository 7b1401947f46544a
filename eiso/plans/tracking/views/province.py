"""Progress of a province-wide plan across all its agencies (the DOST's view, seed 001)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from eiso.plans.tracking import exports, permissions, selectors
from eiso.plans.tracking.dates import Thresholds
from eiso.plans.tracking.forms import StatusFilterForm
from eiso.plans.tracking.views._helpers import deny_unless, paginate


def _plan(request, plan_id):
    plan = selectors.get_issued_plan_for_user_or_404(request.user, plan_id)
    deny_unless(permissions.can_view_province_progress(request.user, plan))
    return plan, Thresholds.for_day(province=plan.agency.province_id)


@login_required
def province_progress(request, plan_id):
    plan, thresholds = _plan(request, plan_id)
    rows = selectors.province_task_counts(plan, thresholds)
    return render(
        request,
        "plans/tracking/province.html",
        {"plan": plan, "rows": paginate(request, rows), "today": thresholds.today},
    )


@login_required
def province_task(request, plan_id, task_id):
    plan, thresholds = _plan(request, plan_id)
    task = get_object_or_404(plan.tasks.all(), pk=task_id)
    status_form = StatusFilterForm(request.GET or None)
    shares = selectors.filter_current(
        selectors.province_task_shares(task, thresholds), status_form.status_value()
    )
    context = {
        "plan": plan,
        "task": task,
        "shares": paginate(request, shares),
        "status_form": status_form,
    }
    return render(request, "plans/tracking/province_task.html", context)


@login_required
def province_export(request, plan_id):
    plan, thresholds = _plan(request, plan_id)
    tasks, rows = selectors.province_matrix(plan, thresholds)
    return exports.status_matrix_response(plan, tasks, rows)
