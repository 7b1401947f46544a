"""Pages of the plan half: list, create (template / copy / blank), the document view with its
task table, edit the document parts and the tasks of a draft (htmx for reorder/delete),
import from Excel, issue, cancel, downloads."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core import documents as docs
from eiso.core.errors import DomainError
from eiso.core.history import url_for as history_url
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.views._helpers import call_service, deny_unless, paginate
from eiso.plans import document, excel, permissions, selectors, services
from eiso.plans.forms import (
    CancelForm,
    ImportForm,
    IssueForm,
    PlanCreateForm,
    PlanFilterForm,
    PlanHeaderForm,
    TaskForm,
)
from eiso.plans.models import PlanScope, PlanStatus
from eiso.plans.tracking import permissions as tracking_permissions


def _detail_url(plan) -> str:
    return reverse("plans:detail", args=[plan.pk])


def _editable_plan(request, plan_id):
    plan = selectors.get_plan_for_user_or_404(request.user, plan_id)
    deny_unless(permissions.can_edit_plan(request.user, plan))
    return plan


@require_safe
@login_required
def plan_list(request):
    agencies = visible_agencies(request.user).order_by("name")
    form = PlanFilterForm(request.GET or None, agencies=agencies)
    filters = form.cleaned_data if form.is_valid() else {}
    plans = selectors.plans_for_user(
        request.user,
        agency_id=filters.get("agency").pk if filters.get("agency") else None,
        year=filters.get("year"),
        status=filters.get("status") or "",
    )
    if request.GET.get("format") == "xlsx":
        return excel.plans_response(plans)
    context = {
        "form": form,
        "page": paginate(request, plans),
        "board_agency": _board_agency(request.user, filters.get("agency")),
        "can_create": permissions.creatable_agencies(request.user).exists()
        or permissions.province_plan_issuers(request.user).exists(),
    }
    return render(request, "plans/plan_list.html", context)


def _board_agency(user, chosen):
    """The agency whose tracking board the list links to: the one filtered on, else the
    user's active agency; None when the user may not see its board."""
    agency = chosen or user.active_agency
    if agency is None or not tracking_permissions.can_view_agency_board(user, agency):
        return None
    return agency


def _create(request, form):
    """Agency plans start from the template, last year's plan or blank; a plan in the name of
    the UBND tỉnh or the DOST (for their overseer/administrator) is province-wide and starts
    from last year's or blank (the annual cycle is an agency's)."""
    data = form.cleaned_data
    agency, year, start = data["agency"], data["year"], data["start"]
    user = request.user
    province_wide = permissions.province_plan_issuers(user).filter(pk=agency.pk).exists()
    if start == PlanCreateForm.COPY:
        source = selectors.latest_plan(
            agency, year - 1, scope="province" if province_wide else "agency"
        )
        if source is None:
            form.add_error("start", _("There is no plan of %(year)d to copy.") % {"year": year - 1})
            return None
        return call_service(form, services.plan_copy, actor=user, source=source, year=year)
    if start == PlanCreateForm.TEMPLATE and not province_wide:
        return call_service(
            form, services.plan_create_from_template, actor=user, agency=agency, year=year
        )
    scope = "province" if province_wide else "agency"
    return call_service(
        form, services.plan_create, actor=user, agency=agency, year=year, scope=scope
    )


@login_required
def plan_create(request):
    agencies = (
        (
            permissions.creatable_agencies(request.user)
            | permissions.province_plan_issuers(request.user)
        )
        .distinct()
        .order_by("name")
    )
    deny_unless(agencies.exists())
    initial = {"year": timezone.localdate().year, "start": PlanCreateForm.TEMPLATE}
    active = request.user.active_agency_id
    if active and agencies.filter(pk=active).exists():
        initial["agency"] = active
    form = PlanCreateForm(request.POST or None, agencies=agencies, initial=initial)
    if request.method == "POST" and form.is_valid():
        plan = _create(request, form)
        if plan is not None:
            messages.success(request, _("Draft plan created."))
            return redirect(_detail_url(plan))
    return render(request, "plans/plan_create.html", {"form": form})


def _detail_context(request, plan) -> dict:
    user = request.user
    issued = plan.status == PlanStatus.ISSUED
    province_wide = plan.scope == PlanScope.PROVINCE
    province_progress = issued and tracking_permissions.can_view_province_progress(user, plan)
    return {
        "plan": plan,
        "tracked": issued and (province_progress or not province_wide),
        "province_progress": province_progress,
        "tasks": selectors.tasks_of(plan),
        "can_edit": permissions.can_edit_plan(user, plan),
        "can_issue": plan.is_draft and permissions.can_issue_plan(user, plan),
        "can_cancel": permissions.can_cancel_plan(user, plan),
        "can_copy": permissions.can_create_plan(user, plan.agency, plan.scope),
        "history_url": history_url(plan),
    }


@require_safe
@login_required
def plan_detail(request, plan_id):
    plan = selectors.get_plan_for_user_or_404(request.user, plan_id)
    return render(request, "plans/plan_detail.html", _detail_context(request, plan))


@login_required
def plan_edit(request, plan_id):
    plan = _editable_plan(request, plan_id)
    form = PlanHeaderForm(request.POST or None, initial=PlanHeaderForm.initial_for(plan))
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.plan_update, actor=request.user, plan=plan, **form.values()
        )
        if saved is not None:
            messages.success(request, _("Plan saved."))
            return redirect(_detail_url(plan))
    return render(request, "plans/plan_edit.html", {"form": form, "plan": plan})


@login_required
def task_add(request, plan_id):
    plan = _editable_plan(request, plan_id)
    form = TaskForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        task = call_service(
            form, services.task_add, actor=request.user, plan=plan, data=form.task_data()
        )
        if task is not None:
            messages.success(request, _("Task %(order)d added.") % {"order": task.order})
            return redirect(_detail_url(plan) + "#nhiem-vu")
    return render(request, "plans/task_form.html", {"form": form, "plan": plan})


@login_required
def task_edit(request, plan_id, task_id):
    plan = _editable_plan(request, plan_id)
    task = selectors.get_task_for_user_or_404(request.user, plan, task_id)
    form = TaskForm(request.POST or None, plan=plan, initial=TaskForm.initial_for(task))
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.task_update, actor=request.user, task=task, data=form.task_data()
        )
        if saved is not None:
            messages.success(request, _("Task %(order)d saved.") % {"order": task.order})
            return redirect(_detail_url(plan) + "#nhiem-vu")
    context = {"form": form, "plan": plan, "task": task}
    return render(request, "plans/task_form.html", context)


def _task_table(request, plan):
    """The task table after a change: the htmx fragment, or back to the page."""
    if request.htmx:
        context = {**_detail_context(request, plan), "htmx_fragment": True}
        return render(request, "plans/_task_table.html", context)
    return redirect(_detail_url(plan) + "#nhiem-vu")


def _task_action(request, plan_id, task_id, service, **kwargs):
    plan = _editable_plan(request, plan_id)
    task = selectors.get_task_for_user_or_404(request.user, plan, task_id)
    try:
        service(actor=request.user, task=task, **kwargs)
    except DomainError as error:
        messages.error(request, str(error.message))
    return _task_table(request, plan)


@login_required
@require_POST
def task_move(request, plan_id, task_id):
    direction = request.POST.get("direction", "")
    return _task_action(request, plan_id, task_id, services.task_move, direction=direction)


@login_required
@require_POST
def task_delete(request, plan_id, task_id):
    return _task_action(request, plan_id, task_id, services.task_delete)


@login_required
def task_import(request, plan_id):
    plan = _editable_plan(request, plan_id)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            count = excel.import_tasks(
                actor=request.user,
                plan=plan,
                file=form.cleaned_data["file"],
                replace=form.cleaned_data["replace"],
            )
        except excel.ImportRejected as error:
            errors = error.errors
            form.add_error("file", str(error.message))
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("%(count)d tasks imported.") % {"count": count})
            return redirect(_detail_url(plan) + "#nhiem-vu")
    context = {"form": form, "plan": plan, "errors": errors}
    return render(request, "plans/task_import.html", context)


@login_required
def plan_issue(request, plan_id):
    plan = selectors.get_plan_for_user_or_404(request.user, plan_id)
    deny_unless(plan.is_draft and permissions.can_issue_plan(request.user, plan))
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        issued = call_service(
            form,
            services.plan_issue,
            actor=request.user,
            plan=plan,
            issued_on=form.cleaned_data["issued_on"],
        )
        if issued is not None:
            messages.success(
                request, _("Plan issued as %(symbol)s.") % {"symbol": issued.number_symbol}
            )
            return redirect(_detail_url(plan))
    return render(request, "plans/plan_issue.html", {"form": form, "plan": plan})


@login_required
def plan_cancel(request, plan_id):
    plan = selectors.get_plan_for_user_or_404(request.user, plan_id)
    deny_unless(permissions.can_cancel_plan(request.user, plan))
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = call_service(
            form,
            services.plan_cancel,
            actor=request.user,
            plan=plan,
            reason=form.cleaned_data["reason"],
        )
        if done is not None:
            messages.success(request, _("Plan cancelled."))
            return redirect(_detail_url(plan))
    return render(request, "plans/plan_cancel.html", {"form": form, "plan": plan})


@login_required
@require_POST
def plan_delete(request, plan_id):
    plan = _editable_plan(request, plan_id)
    services.plan_delete(actor=request.user, plan=plan)
    messages.success(request, _("Draft plan deleted."))
    return redirect("plans:list")


@login_required
@require_POST
def plan_copy(request, plan_id):
    source = selectors.get_plan_for_user_or_404(request.user, plan_id)
    deny_unless(permissions.can_create_plan(request.user, source.agency, source.scope))
    try:
        plan = services.plan_copy(actor=request.user, source=source)
    except DomainError as error:
        messages.error(request, str(error.message))
        return redirect(_detail_url(source))
    messages.success(request, _("Copied to a draft plan of %(year)d.") % {"year": plan.year})
    return redirect(_detail_url(plan))


@require_safe
@login_required
def plan_download(request, plan_id, extension):
    plan = selectors.get_plan_for_user_or_404(request.user, plan_id)
    if extension not in docs.RENDERERS:
        raise Http404
    content = document.render(plan, extension)
    return docs.document_response(content, f"{document.filename(plan)}.{extension}")


@require_safe
@login_required
def plan_tasks_export(request, plan_id):
    plan = selectors.get_plan_for_user_or_404(request.user, plan_id)
    return excel.tasks_response(plan, selectors.tasks_of(plan))
