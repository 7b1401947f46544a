"""Programme pages: the list by year with progress, create, the programme with its planned audits and
coverage matrix, edit, approve, plan an audit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.audits import links, permissions, selectors, services
from eiso.audits.forms import (
    AuditCreateForm,
    ProgrammeCreateForm,
    ProgrammeEditForm,
    ProgrammeFilterForm,
)
from eiso.audits.services.scope import agency_ids
from eiso.core.history import url_for as history_url
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action


def programme_url(programme) -> str:
    return reverse("audits:programme", args=[programme.pk])


@require_safe
@login_required
def index(request):
    form = ProgrammeFilterForm(request.GET or None)
    year = form.cleaned_data.get("year") if form.is_valid() else None
    year = year or timezone.localdate().year
    programmes = selectors.programmes_for_user(request.user, year=year)
    context = {
        "form": form,
        "year": year,
        "page": paginate(request, programmes),
        "progress": selectors.programme_progress(request.user, year),
        "can_create": permissions.creatable_agencies(request.user).exists(),
    }
    return render(request, "audits/programme_list.html", context)


@login_required
def programme_create(request):
    agencies = permissions.creatable_agencies(request.user).order_by("name")
    deny_unless(agencies.exists())
    initial = {"year": timezone.localdate().year}
    active = request.user.active_agency_id
    if active and agencies.filter(pk=active).exists():
        initial["agency"] = active
    form = ProgrammeCreateForm(request.POST or None, agencies=agencies, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        programme = call_service(
            form,
            services.programme_create,
            actor=request.user,
            agency=data["agency"],
            year=data["year"],
            objectives=data["objectives"],
        )
        if programme is not None:
            messages.success(request, _("Draft audit programme created."))
            return redirect(programme_url(programme))
    return render(
        request,
        "audits/form_page.html",
        {"form": form, "heading": _("New audit programme"), "back": reverse("audits:index")},
    )


@require_safe
@login_required
def programme_detail(request, programme_id):
    programme = selectors.get_programme_for_user_or_404(request.user, programme_id)
    audits = list(selectors.audits_of(programme))
    context = {
        "programme": programme,
        "audits": audits,
        "coverage": selectors.coverage(programme, audits),
        "can_edit": permissions.can_edit_programme(request.user, programme),
        "can_approve": permissions.can_approve_programme(request.user, programme),
        "history_url": history_url(programme),
    }
    return render(request, "audits/programme_detail.html", context)


@login_required
def programme_edit(request, programme_id):
    programme = selectors.get_programme_for_user_or_404(request.user, programme_id)
    deny_unless(permissions.can_edit_programme(request.user, programme))
    form = ProgrammeEditForm(request.POST or None, initial={"objectives": programme.objectives})
    if request.method == "POST" and form.is_valid():
        done = call_service(
            form,
            services.programme_update,
            actor=request.user,
            programme=programme,
            objectives=form.cleaned_data["objectives"],
        )
        if done is not None:
            messages.success(request, _("Programme saved."))
            return redirect(programme_url(programme))
    return render(
        request,
        "audits/form_page.html",
        {
            "form": form,
            "programme": programme,
            "heading": _("Edit the programme"),
            "back": programme_url(programme),
        },
    )


@require_POST
@login_required
def programme_approve(request, programme_id):
    programme = selectors.get_programme_for_user_or_404(request.user, programme_id)
    deny_unless(permissions.can_approve_programme(request.user, programme))
    return post_action(
        request,
        services.programme_approve,
        programme=programme,
        success=_("Programme approved."),
        next_url=programme_url(programme),
    )


def scope_choices(user, programme) -> dict:
    edition = links.edition_for(programme.iso_unit)
    return {
        "units": selectors.unit_choices(programme),
        "clauses": links.edition_clauses(edition),
        "procedures": links.agency_procedures(user, agency_ids(programme)),
    }


@login_required
def audit_create(request, programme_id):
    programme = selectors.get_programme_for_user_or_404(request.user, programme_id)
    deny_unless(permissions.can_edit_programme(request.user, programme))
    form = AuditCreateForm(
        request.POST or None,
        initial={"planned_month": timezone.localdate().month},
        **scope_choices(request.user, programme),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        audit = call_service(
            form,
            services.audit_create,
            actor=request.user,
            programme=programme,
            title=data["title"],
            planned_month=data["planned_month"],
            objectives=data["objectives"],
            units=data["units"],
            clauses=data["clauses"],
            procedures=data["procedures"],
        )
        if audit is not None:
            messages.success(request, _("Audit added to the programme."))
            return redirect(programme_url(programme))
    return render(
        request,
        "audits/scope_form.html",
        {
            "form": form,
            "programme": programme,
            "heading": _("Plan an audit"),
            "back": programme_url(programme),
        },
    )
