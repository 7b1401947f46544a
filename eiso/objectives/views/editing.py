"""Create and edit objectives and the lines of their plan."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.accounts.models import User
from eiso.objectives import permissions, selectors, services
from eiso.objectives.forms import ActionForm, ObjectiveForm
from eiso.objectives.views._common import agency_from_request, deny_unless, year_from_request
from eiso.organizations.access import access_for
from eiso.organizations.models import Unit
from eiso.organizations.roles import Role
from eiso.organizations.views._helpers import call_service, post_action


def _units_for(user, agency):
    """Units the user may set objectives for (all, for those who manage the agency)."""
    units = Unit.objects.filter(agency=agency, is_active=True).order_by("path")
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return units
    paths = [p for a, p, r in access.unit_roles if a == agency.pk and r == Role.UNIT_HEAD]
    allowed = Unit.objects.none()
    for path in paths:
        allowed = allowed | units.filter(path__startswith=path)
    return allowed


def _form(request, agency, year, *, objective=None, data=None, initial=None):
    people = (
        User.objects.filter(memberships__agency=agency, memberships__is_active=True, is_active=True)
        .distinct()
        .order_by("full_name")
    )
    return ObjectiveForm(
        data,
        initial=initial,
        units=_units_for(request.user, agency),
        all_units=Unit.objects.filter(agency=agency, is_active=True).order_by("path"),
        parents=selectors.agency_objectives_for_parent(agency, year).exclude(
            pk=getattr(objective, "pk", None)
        ),
        people=people,
        editing=objective is not None,
    )


def _values(cleaned: dict) -> dict:
    return {k: v for k, v in cleaned.items() if k != "year"}


@login_required
def objective_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_manage_any_in(request.user, agency))
    year = year_from_request(request, agency)
    initial = {"year": year, "frequency": "quarterly", "comparator": "gte", "measure_unit": "%"}
    unit_id = request.GET.get("unit")
    if unit_id:
        initial["unit"] = unit_id
    form = _form(request, agency, year, data=request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        objective = call_service(
            form,
            services.objective_create,
            actor=request.user,
            agency=agency,
            year=form.cleaned_data["year"],
            **_values(form.cleaned_data),
        )
        if objective is not None:
            messages.success(request, _("Objective created. Now add the plan to achieve it."))
            return redirect("objectives:detail", objective.pk)
    context = {"form": form, "agency": agency, "year": year}
    return render(request, "objectives/objective_form.html", context)


@login_required
def objective_edit(request, objective_id):
    objective = selectors.get_objective_for_user_or_404(request.user, objective_id)
    deny_unless(permissions.can_manage_objective(request.user, objective))
    fields = (
        "unit",
        "parent",
        "order",
        "statement",
        "indicator",
        "comparator",
        "measure_unit",
        "frequency",
        "data_source",
        "responsible_unit",
        "responsible_person",
    )
    initial = {field: getattr(objective, field) for field in fields}
    initial["target"] = str(objective.target).replace(".", ",")
    form = _form(
        request,
        objective.agency,
        objective.year,
        objective=objective,
        data=request.POST or None,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.objective_update,
            actor=request.user,
            objective=objective,
            **form.cleaned_data,
        )
        if saved is not None:
            messages.success(request, _("Objective saved."))
            return redirect("objectives:detail", objective.pk)
    context = {"form": form, "agency": objective.agency, "objective": objective}
    return render(request, "objectives/objective_form.html", context)


def _manageable(request, objective_id):
    objective = selectors.get_objective_for_user_or_404(request.user, objective_id)
    deny_unless(permissions.can_manage_objective(request.user, objective))
    return objective


@login_required
def action_add(request, objective_id):
    objective = _manageable(request, objective_id)
    form = ActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = call_service(
            form,
            services.action_create,
            actor=request.user,
            objective=objective,
            **form.cleaned_data,
        )
        if item is not None:
            messages.success(request, _("Action added to the plan."))
            return redirect("objectives:detail", objective.pk)
    context = {"form": form, "objective": objective, "agency": objective.agency}
    return render(request, "objectives/action_form.html", context)


@login_required
def action_edit(request, objective_id, action_id):
    objective = _manageable(request, objective_id)
    item = selectors.get_action_or_404(objective, action_id)
    initial = {f: getattr(item, f) for f in ActionForm.base_fields}
    form = ActionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.action_update, actor=request.user, item=item, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Action saved."))
            return redirect("objectives:detail", objective.pk)
    context = {"form": form, "objective": objective, "agency": objective.agency, "item": item}
    return render(request, "objectives/action_form.html", context)


@login_required
@require_POST
def action_delete(request, objective_id, action_id):
    objective = _manageable(request, objective_id)
    item = selectors.get_action_or_404(objective, action_id)
    return post_action(
        request,
        services.action_delete,
        item=item,
        success=_("Action removed from the plan."),
        next_url=reverse("objectives:detail", args=[objective.pk]),
    )


@login_required
@require_POST
def objectives_copy(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_manage_in(request.user, agency))
    year = year_from_request(request, agency)
    list_url = reverse("objectives:list") + f"?agency={agency.pk}&year="
    try:
        copies = services.objectives_copy_period(actor=request.user, agency=agency, from_year=year)
    except services.DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect(list_url + str(year))
    messages.success(
        request, _("%(count)d objectives copied to the next period.") % {"count": len(copies)}
    )
    return redirect(list_url + str(year + 1))
