"""The unit tree tab and the unit create/edit/move/deactivate pages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.organizations import permissions, selectors, services
from eiso.organizations.forms import UnitForm, UnitMoveForm
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action
from eiso.organizations.views.agencies import agency_context

# A tree is read whole; this many units fit on one page before it is split.
TREE_PAGE_SIZE = 200


def _tree_url(agency) -> str:
    return reverse("organizations:unit_tree", args=[agency.pk])


@login_required
def unit_tree(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    units = selectors.units_for_user(request.user, agency).annotate(
        people=Count("memberships", filter=Q(memberships__is_active=True))
    )
    context = agency_context(request, agency, "units")
    page = paginate(request, units, TREE_PAGE_SIZE)
    for unit in page:
        unit.indent = range(unit.depth)
    context["page"] = page
    return render(request, "organizations/agency_units.html", context)


def _manageable_agency(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_manage_structure(request.user, agency))
    return agency


def _active_units(request, agency):
    return selectors.units_for_user(request.user, agency).filter(is_active=True)


@login_required
def unit_create(request, agency_id):
    agency = _manageable_agency(request, agency_id)
    initial = {"parent": request.GET.get("parent")} if request.GET.get("parent") else None
    form = UnitForm(request.POST or None, initial=initial, parents=_active_units(request, agency))
    if request.method == "POST" and form.is_valid():
        unit = call_service(
            form, services.unit_create, actor=request.user, agency=agency, **form.cleaned_data
        )
        if unit is not None:
            messages.success(request, _("Unit created."))
            return redirect(_tree_url(agency))
    return render(
        request, "organizations/unit_form.html", {"form": form, "agency": agency, "unit": None}
    )


@login_required
def unit_edit(request, agency_id, unit_id):
    agency = _manageable_agency(request, agency_id)
    unit = selectors.get_unit_for_user_or_404(request.user, agency, unit_id)
    form = UnitForm(
        request.POST or None,
        initial={"name": unit.name, "symbol": unit.symbol, "kind": unit.kind},
    )
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.unit_update, actor=request.user, unit=unit, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Unit saved."))
            return redirect(_tree_url(agency))
    return render(
        request, "organizations/unit_form.html", {"form": form, "agency": agency, "unit": unit}
    )


@login_required
def unit_move(request, agency_id, unit_id):
    agency = _manageable_agency(request, agency_id)
    unit = selectors.get_unit_for_user_or_404(request.user, agency, unit_id)
    # Offer every active unit outside the subtree; the service re-checks.
    parents = _active_units(request, agency).exclude(path__startswith=unit.path)
    form = UnitMoveForm(
        request.POST or None, initial={"new_parent": unit.parent_id}, parents=parents
    )
    if request.method == "POST" and form.is_valid():
        moved = call_service(
            form,
            services.unit_move,
            actor=request.user,
            unit=unit,
            new_parent=form.cleaned_data["new_parent"],
        )
        if moved is not None:
            messages.success(request, _("Unit moved."))
            return redirect(_tree_url(agency))
    return render(
        request, "organizations/unit_move.html", {"form": form, "agency": agency, "unit": unit}
    )


@login_required
@require_POST
def unit_deactivate(request, agency_id, unit_id):
    agency = _manageable_agency(request, agency_id)
    unit = selectors.get_unit_for_user_or_404(request.user, agency, unit_id)
    return post_action(
        request,
        services.unit_deactivate,
        unit=unit,
        success=_("Unit deactivated."),
        next_url=_tree_url(agency),
    )


@login_required
@require_POST
def unit_reactivate(request, agency_id, unit_id):
    agency = _manageable_agency(request, agency_id)
    unit = selectors.get_unit_for_user_or_404(request.user, agency, unit_id)
    return post_action(
        request,
        services.unit_reactivate,
        unit=unit,
        success=_("Unit reactivated."),
        next_url=_tree_url(agency),
    )
