"""Create and edit risks and their treatment actions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.organizations.views._helpers import call_service, deny_unless
from eiso.risks import permissions, selectors, services
from eiso.risks.forms import RiskForm, TreatmentForm, TreatmentStatusForm
from eiso.risks.views._common import agency_from_request, people_of, units_for

RISK_FORM_FIELDS = (
    "kind",
    "title",
    "description",
    "unit",
    "procedure",
    "process",
    "source_issue",
    "source_party",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "owner",
    "review_date",
    "status",
)


def _risk_form(request, agency, *, data=None, initial=None, editing=False):
    return RiskForm(
        data,
        initial=initial,
        units=units_for(request.user, agency),
        issues=selectors.issues_for_user(request.user, agency, active_only=True),
        parties=selectors.parties_for_user(request.user, agency, active_only=True),
        people=people_of(agency),
        procedures=selectors.procedures_for_user(request.user, agency),
        matrix=services.matrix_for_agency(agency),
        editing=editing,
    )


@login_required
def risk_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_create_any_risk(request.user, agency))
    initial = {"kind": request.GET.get("kind") or "risk"}
    form = _risk_form(request, agency, data=request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        values = dict(form.cleaned_data)
        unit = values.pop("unit", None)
        risk = call_service(
            form,
            services.risk_create,
            actor=request.user,
            agency=agency,
            unit=unit,
            **values,
        )
        if risk is not None:
            messages.success(request, _("Saved. Now add the actions that treat it."))
            return redirect("risks:detail", risk.pk)
    return render(
        request,
        "risks/risk_form.html",
        {"form": form, "agency": agency, "tab": "register"},
    )


@login_required
def risk_edit(request, risk_id):
    risk = selectors.get_risk_for_user_or_404(request.user, risk_id)
    deny_unless(permissions.can_manage_risk(request.user, risk))
    initial = {field: getattr(risk, field) for field in RISK_FORM_FIELDS}
    form = _risk_form(
        request, risk.agency, data=request.POST or None, initial=initial, editing=True
    )
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.risk_update, actor=request.user, risk=risk, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Saved."))
            return redirect("risks:detail", risk.pk)
    return render(
        request,
        "risks/risk_form.html",
        {"form": form, "agency": risk.agency, "risk": risk, "tab": "register"},
    )


@login_required
def treatment_add(request, risk_id):
    risk = selectors.get_risk_for_user_or_404(request.user, risk_id)
    deny_unless(permissions.can_manage_risk(request.user, risk))
    form = TreatmentForm(request.POST or None, people=people_of(risk.agency))
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.treatment_create, actor=request.user, risk=risk, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Treatment action added."))
            return redirect("risks:detail", risk.pk)
    return render(
        request,
        "risks/treatment_form.html",
        {"form": form, "agency": risk.agency, "risk": risk, "tab": "register"},
    )


@login_required
def treatment_edit(request, treatment_id):
    treatment = selectors.get_treatment_for_user_or_404(request.user, treatment_id)
    risk = treatment.risk
    deny_unless(permissions.can_manage_risk(request.user, risk))
    initial = {f: getattr(treatment, f) for f in ("action", "owner", "due_date", "note")}
    form = TreatmentForm(request.POST or None, initial=initial, people=people_of(risk.agency))
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.treatment_update,
            actor=request.user,
            treatment=treatment,
            **form.cleaned_data,
        )
        if saved is not None:
            messages.success(request, _("Treatment action saved."))
            return redirect("risks:detail", risk.pk)
    return render(
        request,
        "risks/treatment_form.html",
        {
            "form": form,
            "agency": risk.agency,
            "risk": risk,
            "treatment": treatment,
            "tab": "register",
        },
    )


@require_POST
@login_required
def treatment_status(request, treatment_id):
    treatment = selectors.get_treatment_for_user_or_404(request.user, treatment_id)
    deny_unless(permissions.can_update_treatment(request.user, treatment))
    form = TreatmentStatusForm(request.POST)
    if form.is_valid():
        saved = call_service(
            form,
            services.treatment_set_status,
            actor=request.user,
            treatment=treatment,
            status=form.cleaned_data["status"],
            note=form.cleaned_data.get("note") or "",
        )
        if saved is not None:
            messages.success(
                request, _("Status saved: %(status)s.") % {"status": saved.get_status_display()}
            )
            return redirect("risks:detail", treatment.risk_id)
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect("risks:detail", treatment.risk_id)
