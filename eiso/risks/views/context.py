"""Context issues (4.1), interested parties (4.2) and the risk matrix of the ISO unit."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from eiso.organizations import selectors as org_selectors
from eiso.organizations.views._helpers import call_service, deny_unless
from eiso.risks import permissions, selectors, services
from eiso.risks.forms import IssueForm, MatrixForm, PartyForm
from eiso.risks.views._common import agency_from_request


def _list_context(request, agency, tab: str) -> dict:
    return {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:200],
        "tab": tab,
        "can_manage": agency is not None and permissions.can_manage_context(request.user, agency),
    }


@require_safe
@login_required
def issue_list(request):
    agency = agency_from_request(request)
    context = _list_context(request, agency, "issues")
    if agency is not None:
        queryset = selectors.issues_for_user(request.user, agency)
        context["page"] = Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
    return render(request, "risks/issues.html", context)


@require_safe
@login_required
def party_list(request):
    agency = agency_from_request(request)
    context = _list_context(request, agency, "parties")
    if agency is not None:
        queryset = selectors.parties_for_user(request.user, agency)
        context["page"] = Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
    return render(request, "risks/parties.html", context)


def _back(name: str, agency) -> str:
    return reverse(name) + f"?agency={agency.pk}"


def _edit_page(request, *, agency, form, title, tab, cancel_url):
    return render(
        request,
        "risks/simple_form.html",
        {"form": form, "agency": agency, "title": title, "tab": tab, "cancel_url": cancel_url},
    )


@login_required
def issue_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_manage_context(request.user, agency))
    form = IssueForm(request.POST or None, initial={"is_active": True})
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.issue_create, actor=request.user, agency=agency, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Context issue added."))
            return redirect(_back("risks:issues", agency))
    return _edit_page(
        request,
        agency=agency,
        form=form,
        title=_("New context issue"),
        tab="issues",
        cancel_url=_back("risks:issues", agency),
    )


@login_required
def issue_edit(request, issue_id):
    issue = selectors.get_issue_for_user_or_404(request.user, issue_id)
    deny_unless(permissions.can_manage_context(request.user, issue.agency))
    initial = {
        f: getattr(issue, f) for f in ("scope", "swot", "category", "description", "is_active")
    }
    form = IssueForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.issue_update, actor=request.user, issue=issue, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Context issue saved."))
            return redirect(_back("risks:issues", issue.agency))
    return _edit_page(
        request,
        agency=issue.agency,
        form=form,
        title=_("Edit context issue"),
        tab="issues",
        cancel_url=_back("risks:issues", issue.agency),
    )


@login_required
def party_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_manage_context(request.user, agency))
    form = PartyForm(request.POST or None, initial={"is_active": True})
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.party_create, actor=request.user, agency=agency, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Interested party added."))
            return redirect(_back("risks:parties", agency))
    return _edit_page(
        request,
        agency=agency,
        form=form,
        title=_("New interested party"),
        tab="parties",
        cancel_url=_back("risks:parties", agency),
    )


@login_required
def party_edit(request, party_id):
    party = selectors.get_party_for_user_or_404(request.user, party_id)
    deny_unless(permissions.can_manage_context(request.user, party.agency))
    initial = {f: getattr(party, f) for f in ("name", "scope", "needs", "monitoring", "is_active")}
    form = PartyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.party_update, actor=request.user, party=party, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Interested party saved."))
            return redirect(_back("risks:parties", party.agency))
    return _edit_page(
        request,
        agency=party.agency,
        form=form,
        title=_("Edit interested party"),
        tab="parties",
        cancel_url=_back("risks:parties", party.agency),
    )


@login_required
def matrix_edit(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_read_agency(request.user, agency))
    can_manage = permissions.can_manage_matrix(request.user, agency)
    config = services.matrix_for_agency(agency)
    if request.method == "POST":
        deny_unless(can_manage)
    initial = {
        f: getattr(config, f)
        for f in (
            "likelihood_levels",
            "impact_levels",
            "medium_from",
            "high_from",
            "very_high_from",
        )
    }
    form = MatrixForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.matrix_save, actor=request.user, agency=agency, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Risk matrix saved; levels recomputed."))
            return redirect(_back("risks:matrix", agency))
    context = {
        **_list_context(request, agency, "matrix"),
        "form": form,
        "config": config,
        "bands": config.bands(),
        "can_manage": can_manage,
    }
    return render(request, "risks/matrix.html", context)
