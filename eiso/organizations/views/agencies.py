"""Agency list (search, filters, Excel export), agency overview, create/edit, QMS status."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.organizations import permissions, selectors, services
from eiso.organizations.exports import agencies_xlsx_response
from eiso.organizations.forms import AgencyFilterForm, AgencyForm, ProvinceChoiceForm, QMSStatusForm
from eiso.organizations.models import Agency, Province
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action

QMS_HISTORY_LIMIT = 20


def _filter_form(request):
    provinces = selectors.provinces_for_user(request.user)
    form = AgencyFilterForm(request.GET or None, provinces=provinces)
    return form, form.filters()


@login_required
def agency_list(request):
    form, filters = _filter_form(request)
    page = paginate(request, selectors.search_agencies(request.user, **filters))
    administered = selectors.administered_provinces(request.user)
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "show_province": form.fields["province"].queryset.count() > 1,
        "can_create": administered.exists(),
    }
    if request.htmx:
        return render(request, "organizations/_agency_results.html", context)
    return render(request, "organizations/agency_list.html", context)


@login_required
def agency_export(request):
    _form, filters = _filter_form(request)
    return agencies_xlsx_response(selectors.search_agencies(request.user, **filters))


def _agency_form(request, province: Province, agency: Agency | None):
    parents = selectors.parent_agency_choices(request.user, province, exclude=agency)
    iso_units = list(selectors.iso_units_for_province(request.user, province))
    if agency is not None:
        iso_units = [u for u in iso_units if u.pk != agency.iso_unit_id]
    initial = None
    if agency is not None:
        initial = {name: getattr(agency, name) for name in services.agencies.EDITABLE_FIELDS}
        initial.pop("iso_unit")
    return AgencyForm(
        request.POST or None,
        initial=initial or {"place_name": province.name},
        parents=parents,
        iso_units=iso_units,
        editing=agency is not None,
    )


@login_required
def agency_create(request):
    administered = selectors.administered_provinces(request.user)
    deny_unless(administered.exists())
    chooser = ProvinceChoiceForm(request.GET or None, provinces=administered)
    if administered.count() == 1:
        province = administered.get()
    elif chooser.is_bound and chooser.is_valid():
        province = chooser.cleaned_data["province"]
    else:
        return render(request, "organizations/agency_province_choice.html", {"form": chooser})
    form = _agency_form(request, province, None)
    if request.method == "POST" and form.is_valid():
        agency = call_service(
            form,
            services.agency_create,
            actor=request.user,
            province=province,
            iso_unit=form.iso_unit_choice(),
            **form.agency_values(),
        )
        if agency is not None:
            messages.success(request, _("Agency created."))
            return redirect("organizations:agency_detail", agency_id=agency.pk)
    return render(request, "organizations/agency_form.html", {"form": form, "province": province})


@login_required
def agency_edit(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_edit_agency(request.user, agency))
    form = _agency_form(request, agency.province, agency)
    if request.method == "POST" and form.is_valid():
        updated = call_service(
            form,
            services.agency_update,
            actor=request.user,
            agency=agency,
            iso_unit=form.iso_unit_choice(),
            **form.agency_values(),
        )
        if updated is not None:
            messages.success(request, _("Agency saved."))
            return redirect("organizations:agency_detail", agency_id=agency.pk)
    return render(
        request,
        "organizations/agency_form.html",
        {"form": form, "province": agency.province, "agency": agency},
    )


@login_required
@require_POST
def agency_deactivate(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_edit_agency(request.user, agency))
    return post_action(
        request,
        services.agency_deactivate,
        agency=agency,
        success=_("Agency deactivated."),
        next_url=reverse("organizations:agency_detail", args=[agency.pk]),
    )


@login_required
@require_POST
def agency_reactivate(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_edit_agency(request.user, agency))
    return post_action(
        request,
        services.agency_reactivate,
        agency=agency,
        success=_("Agency reactivated."),
        next_url=reverse("organizations:agency_detail", args=[agency.pk]),
    )


def agency_context(request, agency: Agency, tab: str) -> dict:
    """What every tab of the agency page needs (permission flags decide the actions shown)."""
    user = request.user
    return {
        "agency": agency,
        "tab": tab,
        "can_manage": permissions.can_manage_structure(user, agency),
        "can_edit": permissions.can_edit_agency(user, agency),
        "can_record_qms": permissions.can_record_qms_status(user, agency),
    }


@login_required
def agency_detail(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    return _render_overview(request, agency, None)


def _render_overview(request, agency: Agency, qms_form, status: int = 200):
    context = agency_context(request, agency, "overview")
    iso_unit = agency.iso_unit
    if qms_form is None and context["can_record_qms"] and iso_unit is not None:
        qms_form = QMSStatusForm(initial={"to_status": iso_unit.status})
    sharing = []
    if iso_unit is not None:
        sharing = list(
            iso_unit.agencies.exclude(pk=agency.pk)
            .filter(pk__in=selectors.agencies_for_user(request.user).values("pk"))
            .order_by("name")
        )
    context.update(
        qms_form=qms_form,
        qms_history=list(selectors.qms_history(request.user, agency)[:QMS_HISTORY_LIMIT]),
        sharing_agencies=sharing,
    )
    return render(request, "organizations/agency_overview.html", context, status=status)


@login_required
@require_POST
def qms_status(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_record_qms_status(request.user, agency))
    form = QMSStatusForm(request.POST)
    if form.is_valid():
        change = call_service(
            form, services.qms_status_change, actor=request.user, agency=agency, **form.cleaned_data
        )
        if change is not None:
            messages.success(request, _("QMS status recorded."))
            return redirect("organizations:agency_detail", agency_id=agency.pk)
    return _render_overview(request, agency, form)
