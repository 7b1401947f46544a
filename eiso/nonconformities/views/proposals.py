"""Improvement proposals: the list, proposing, one proposal's page, accepting or rejecting."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.nonconformities import permissions, selectors, services
from eiso.nonconformities.forms import (
    ProposalAcceptForm,
    ProposalFilterForm,
    ProposalForm,
    ProposalRejectForm,
)
from eiso.nonconformities.models import ActionStatus, ProposalState
from eiso.nonconformities.views._common import agency_from_request, deny_unless, done
from eiso.organizations import selectors as org_selectors
from eiso.organizations.views._helpers import call_service


def _detail_url(proposal) -> str:
    return reverse("nonconformities:proposal_detail", args=[proposal.pk])


@require_safe
@login_required
def proposal_list(request):
    agency = agency_from_request(request)
    context: dict = {
        "agency": agency,
        "agencies": org_selectors.agencies_for_user(request.user)[:200],
    }
    if agency is not None:
        form = ProposalFilterForm(request.GET or None)
        state = form.cleaned_data.get("state", "") if form.is_valid() else ""
        queryset = selectors.proposals_for_user(request.user, agency, state=state)
        context.update(
            {
                "form": form,
                "page": Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(
                    request.GET.get("page")
                ),
                "can_propose": permissions.can_propose(request.user, agency),
            }
        )
    return render(request, "nonconformities/proposals.html", context)


@login_required
def proposal_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_propose(request.user, agency))
    form = ProposalForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        proposal = call_service(
            form, services.proposal_create, actor=request.user, agency=agency, **form.cleaned_data
        )
        if proposal is not None:
            return done(
                request,
                _("Proposal %(number)s sent. Thank you!") % {"number": proposal.number},
                _detail_url(proposal),
            )
    context = {
        "form": form,
        "agency": agency,
        "title": _("Propose an improvement"),
        "submit": _("Send the proposal"),
        "cancel_url": reverse("nonconformities:proposals") + f"?agency={agency.pk}",
    }
    return render(request, "nonconformities/form_page.html", context)


@login_required
def proposal_detail(request, proposal_id):
    proposal = selectors.get_proposal_for_user_or_404(request.user, proposal_id)
    can_decide = permissions.can_decide_proposal(request.user, proposal.agency)
    undecided = proposal.state == ProposalState.SUBMITTED
    accept_form = ProposalAcceptForm(
        request.POST or None,
        agency=proposal.agency,
        initial={"description": proposal.title, "unit": proposal.unit_id},
    )
    if request.method == "POST":
        deny_unless(can_decide)
        if accept_form.is_valid():
            saved = call_service(
                accept_form,
                services.proposal_accept,
                actor=request.user,
                proposal=proposal,
                **accept_form.service_values(),
            )
            if saved is not None:
                return done(
                    request, _("Proposal accepted; the action is tracked."), _detail_url(proposal)
                )
    action = selectors.proposal_action(proposal)
    context = {
        "proposal": proposal,
        "agency": proposal.agency,
        "action": action,
        "action_overdue": action is not None
        and action.status == ActionStatus.OPEN
        and action.due_date < timezone.localdate(),
        "can_update_action": action is not None
        and permissions.can_update_action(request.user, action),
        "can_decide": can_decide and undecided,
        "accept_form": accept_form,
        "reject_form": ProposalRejectForm(),
    }
    return render(request, "nonconformities/proposal_detail.html", context)


@login_required
@require_POST
def proposal_reject(request, proposal_id):
    proposal = selectors.get_proposal_for_user_or_404(request.user, proposal_id)
    deny_unless(permissions.can_decide_proposal(request.user, proposal.agency))
    form = ProposalRejectForm(request.POST)
    if form.is_valid():
        saved = call_service(
            form,
            services.proposal_reject,
            actor=request.user,
            proposal=proposal,
            **form.cleaned_data,
        )
        if saved is not None:
            return done(request, _("Proposal rejected; the reason is kept."), _detail_url(proposal))
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect(_detail_url(proposal))
