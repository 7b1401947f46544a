"""Pages of the steering committee (a tab of the agency page) and the decision downloads."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core import documents as docs
from eiso.core.history import url_for as history_url
from eiso.organizations import permissions, selectors
from eiso.organizations.models import SteeringCommittee, SteeringDecision
from eiso.organizations.steering import content as decision_content
from eiso.organizations.steering import document, services
from eiso.organizations.steering import selectors as steering
from eiso.organizations.steering.forms import CommitteeForm, DecisionForm, MemberForm
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action
from eiso.organizations.views.agencies import agency_context

# A committee is small; its member list is one page unless it is unusually large.
MEMBERS_PAGE_SIZE = 100
MEMBERS_PAGE_PARAM = "tv"


def _steering_url(agency) -> str:
    return reverse("organizations:steering", args=[agency.pk])


def _manageable_agency(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_manage_steering(request.user, agency))
    return agency


@require_safe
@login_required
def steering_page(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    committee = steering.committee_for_user(request.user, agency)
    members = Paginator(
        steering.members_for_user(request.user, agency), MEMBERS_PAGE_SIZE
    ).get_page(request.GET.get(MEMBERS_PAGE_PARAM))
    context = agency_context(request, agency, "steering")
    context.update(
        {
            "committee": committee,
            "members": members,
            "former_count": steering.members_for_user(request.user, agency, active=False).count(),
            "problems": services.readiness_problems(steering.active_roles(request.user, agency)),
            "decisions": paginate(request, steering.decisions_for_user(request.user, agency)),
            "can_manage_steering": permissions.can_manage_steering(request.user, agency),
            "committee_history_url": history_url(committee) if committee else "",
        }
    )
    return render(request, "organizations/steering/committee.html", context)


def _member_form_page(request, agency, form, member=None):
    context = {"form": form, "agency": agency, "member": member}
    return render(request, "organizations/steering/member_form.html", context)


@login_required
def member_add(request, agency_id):
    agency = _manageable_agency(request, agency_id)
    form = MemberForm(request.POST or None, people=steering.people_of_agency(agency))
    if request.method == "POST" and form.is_valid():
        member = call_service(
            form, services.member_add, actor=request.user, agency=agency, **form.cleaned_data
        )
        if member is not None:
            messages.success(request, _("Member added to the committee."))
            return redirect(_steering_url(agency))
    return _member_form_page(request, agency, form)


@login_required
def member_edit(request, agency_id, member_id):
    agency = _manageable_agency(request, agency_id)
    member = steering.get_member_for_user_or_404(request.user, agency, member_id)
    initial = {
        "user": member.user_id,
        "full_name": member.full_name,
        "position": member.position,
        "committee_role": member.committee_role,
    }
    form = MemberForm(
        request.POST or None, initial=initial, people=steering.people_of_agency(agency)
    )
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.member_update, actor=request.user, member=member, **form.cleaned_data
        )
        if saved is not None:
            messages.success(request, _("Member saved."))
            return redirect(_steering_url(agency))
    return _member_form_page(request, agency, form, member)


@login_required
@require_POST
def member_remove(request, agency_id, member_id):
    agency = _manageable_agency(request, agency_id)
    member = steering.get_member_for_user_or_404(request.user, agency, member_id)
    return post_action(
        request,
        services.member_remove,
        member=member,
        success=_("Member removed from the committee."),
        next_url=_steering_url(agency),
    )


@login_required
@require_POST
def member_move(request, agency_id, member_id):
    agency = _manageable_agency(request, agency_id)
    member = steering.get_member_for_user_or_404(request.user, agency, member_id)
    return post_action(
        request,
        services.member_move,
        member=member,
        direction=request.POST.get("direction", ""),
        success=_("Order changed."),
        next_url=_steering_url(agency),
    )


@login_required
def committee_edit(request, agency_id):
    agency = _manageable_agency(request, agency_id)
    committee = steering.committee_for_user(request.user, agency)
    initial = {"name": committee.name, "duties": committee.duties} if committee else None
    default_name = SteeringCommittee._meta.get_field("name").default
    form = CommitteeForm(request.POST or None, initial=initial or {"name": default_name})
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.committee_update,
            actor=request.user,
            agency=agency,
            **form.cleaned_data,
        )
        if saved is not None:
            messages.success(request, _("Committee saved."))
            return redirect(_steering_url(agency))
    context = {"form": form, "agency": agency}
    return render(request, "organizations/steering/committee_form.html", context)


def _decision_initial(request, agency) -> dict:
    head = steering.agency_head(agency)
    has_decisions = steering.decisions_for_user(request.user, agency).exists()
    kind = SteeringDecision.Kind.REORGANISE if has_decisions else SteeringDecision.Kind.ESTABLISH
    return {
        "kind": kind,
        "issued_on": timezone.localdate(),
        "signer_name": head.full_name if head else "",
        "signer_title": agency.head_title,
        "signing_authority": "",
        "proposer": decision_content.default_proposer(agency.kind),
        "legal_bases": "\n".join(
            decision_content.default_legal_bases(agency.province.full_name, agency.name)
        ),
    }


@login_required
def decision_issue(request, agency_id):
    agency = _manageable_agency(request, agency_id)
    form = DecisionForm(request.POST or None, initial=_decision_initial(request, agency))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["legal_bases"] = form.legal_basis_lines()
        decision = call_service(
            form, services.decision_issue, actor=request.user, agency=agency, **data
        )
        if decision is not None:
            messages.success(
                request, _("Decision %(symbol)s issued.") % {"symbol": decision.symbol}
            )
            return redirect(_steering_url(agency))
    context = {
        "form": form,
        "agency": agency,
        "problems": services.readiness_problems(steering.active_roles(request.user, agency)),
        "members": Paginator(
            steering.members_for_user(request.user, agency), MEMBERS_PAGE_SIZE
        ).get_page(request.GET.get(MEMBERS_PAGE_PARAM)),
    }
    return render(request, "organizations/steering/decision_form.html", context)


@require_safe
@login_required
def decision_download(request, agency_id, decision_id, extension):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    decision = steering.get_decision_for_user_or_404(request.user, agency, decision_id)
    content = document.render(decision, extension)
    return docs.document_response(content, document.filename(decision, extension))
