"""A task of an agency plan and an agency's share of a province-wide task: status, periods,
progress reports and the form to report (for those who may)."""

from __future__ import annotations

import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.organizations.models import Unit
from eiso.plans.models import PlanTask, TaskStatus
from eiso.plans.tracking import dates, permissions, selectors, services
from eiso.plans.tracking.forms import ProgressForm, ShareUnitForm
from eiso.plans.tracking.views._helpers import call_service, deny_unless, paginate
from eiso.plans.tracking.work import effective_due_of, has_children, province_id_of


def _thresholds(province_id):
    return dates.Thresholds.for_day(province=province_id)


def _open_occurrences(occurrences):
    return [o for o in occurrences if o.status != TaskStatus.DONE] or list(occurrences)


def _context(request, work, thresholds, *, can_report: bool, form=None, unit_form=None) -> dict:
    occurrences = list(selectors.occurrences_of(work, thresholds)) if has_children(work) else []
    due = effective_due_of(work) if not occurrences else None
    province = province_id_of(work)
    if can_report and form is None and (occurrences or not has_children(work)):
        form = ProgressForm(occurrences=_open_occurrences(occurrences))
    return {
        "work": work,
        "task": work if isinstance(work, PlanTask) else work.task,
        "plan": (work if isinstance(work, PlanTask) else work.task).plan,
        "occurrences": occurrences,
        "due": due,
        # Done work: how late it was completed; open work: how late it is today.
        "late": dates.working_days_late(
            due, work.completed_on or thresholds.today, province=province
        ),
        "updates": paginate(request, selectors.updates_of(work)),
        "can_report": can_report,
        "form": form,
        "unit_form": unit_form,
    }


def _report(request, work, occurrences_of_work, redirect_url: str, render_page):
    occurrences = occurrences_of_work
    form = ProgressForm(request.POST, request.FILES, occurrences=occurrences)
    if form.is_valid():
        target = work
        if occurrences:
            target = selectors.get_occurrence_for_report_or_404(
                request.user,
                form.cleaned_data["occurrence"],
                task=work if isinstance(work, PlanTask) else None,
                share=None if isinstance(work, PlanTask) else work,
            )
        data = form.cleaned_data
        saved = call_service(
            form,
            services.progress_report,
            actor=request.user,
            work=target,
            reported_on=data["reported_on"],
            percent=data["percent"],
            note=data["note"],
            evidence=data.get("evidence"),
            done=data["done"],
        )
        if saved is not None:
            messages.success(request, _("Progress saved."))
            return redirect(redirect_url)
    return render_page(form)


@login_required
def task_detail(request, task_id):
    task = selectors.get_task_for_user_or_404(request.user, task_id, _thresholds(None))
    thresholds = _thresholds(task.plan.agency.province_id)
    context = _context(
        request, task, thresholds, can_report=permissions.can_report_task(request.user, task)
    )
    return render(request, "plans/tracking/task.html", context)


@login_required
@require_POST
def task_report(request, task_id):
    task = selectors.get_task_for_user_or_404(request.user, task_id, _thresholds(None))
    deny_unless(permissions.can_report_task(request.user, task))
    thresholds = _thresholds(task.plan.agency.province_id)
    occurrences = list(selectors.occurrences_of(task, thresholds)) if has_children(task) else []

    def render_page(form):
        context = _context(request, task, thresholds, can_report=True, form=form)
        return render(request, "plans/tracking/task.html", context)

    url = reverse("plans:tracking_task", args=[task.pk])
    return _report(request, task, occurrences, url, render_page)


def _units_of(share):
    return Unit.objects.filter(agency_id=share.agency_id, is_active=True).order_by("path")


def _share_page(request, share, *, form=None, unit_form=None):
    thresholds = _thresholds(share.agency.province_id)
    can_choose = permissions.can_choose_share_unit(request.user, share)
    if can_choose and unit_form is None:
        unit_form = ShareUnitForm(initial={"unit": share.lead_unit_id}, units=_units_of(share))
    context = _context(
        request,
        share,
        thresholds,
        can_report=permissions.can_report_assignment(request.user, share),
        form=form,
        unit_form=unit_form if can_choose else None,
    )
    context["share"] = share
    context["can_view_province"] = permissions.can_view_province_progress(
        request.user, share.task.plan
    )
    return render(request, "plans/tracking/share.html", context)


@login_required
def share_detail(request, assignment_id):
    share = selectors.get_share_for_user_or_404(request.user, assignment_id, _thresholds(None))
    return _share_page(request, share)


@login_required
@require_POST
def share_report(request, assignment_id):
    share = selectors.get_share_for_user_or_404(request.user, assignment_id, _thresholds(None))
    deny_unless(permissions.can_report_assignment(request.user, share))
    thresholds = _thresholds(share.agency.province_id)
    occurrences = list(selectors.occurrences_of(share, thresholds)) if has_children(share) else []
    url = reverse("plans:tracking_share", args=[share.pk])
    return _report(
        request, share, occurrences, url, lambda form: _share_page(request, share, form=form)
    )


@login_required
@require_POST
def share_unit(request, assignment_id):
    share = selectors.get_share_for_user_or_404(request.user, assignment_id, _thresholds(None))
    deny_unless(permissions.can_choose_share_unit(request.user, share))
    form = ShareUnitForm(request.POST, units=_units_of(share))
    if form.is_valid():
        saved = call_service(
            form,
            services.assignment_set_unit,
            actor=request.user,
            assignment=share,
            unit=form.cleaned_data["unit"],
        )
        if saved is not None:
            messages.success(request, _("The unit handling this share was saved."))
            return redirect("plans:tracking_share", share.pk)
    return _share_page(request, share, unit_form=form)


@login_required
def evidence_download(request, update_id):
    update = selectors.get_update_for_user_or_404(request.user, update_id)
    name = os.path.basename(update.evidence.name)
    return FileResponse(update.evidence.open("rb"), as_attachment=True, filename=name)
