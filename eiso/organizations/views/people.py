"""The people tab (members, their positions, units and roles) and its add/edit/end actions."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.organizations import permissions, selectors, services
from eiso.organizations.forms import MembershipForm, PersonForm
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action
from eiso.organizations.views.agencies import agency_context


def _people_url(agency) -> str:
    return reverse("organizations:people", args=[agency.pk])


@login_required
def people(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    show_ended = request.GET.get("ended") == "1"
    page = paginate(
        request, selectors.people_for_user(request.user, agency, include_ended=show_ended)
    )
    # One query for the roles of everyone on the page.
    user_ids = [m.user_id for m in page]
    roles = defaultdict(list)
    for grant in selectors.grants_for_user(request.user, agency=agency).filter(
        user_id__in=user_ids
    ):
        roles[grant.user_id].append(grant)
    for membership in page:
        membership.grants = roles.get(membership.user_id, [])
    context = agency_context(request, agency, "people")
    context.update(page=page, show_ended=show_ended)
    return render(request, "organizations/agency_people.html", context)


def _manageable_agency(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_manage_structure(request.user, agency))
    return agency


@login_required
def person_create(request, agency_id):
    agency = _manageable_agency(request, agency_id)
    units = selectors.units_for_user(request.user, agency).filter(is_active=True)
    form = PersonForm(request.POST or None, units=units)
    if request.method == "POST" and form.is_valid():
        membership = call_service(
            form, services.person_create, actor=request.user, agency=agency, **form.cleaned_data
        )
        if membership is not None:
            if not membership.new_account:
                message = _("%(name)s already had an account and now also works here.")
            elif form.cleaned_data["send_invitation"]:
                message = _("%(name)s was added; an invitation e-mail is on its way.")
            else:
                message = _("%(name)s was added.")
            messages.success(request, message % {"name": membership.user.display_name})
            return redirect(_people_url(agency))
    return render(request, "organizations/person_form.html", {"form": form, "agency": agency})


@login_required
def membership_edit(request, agency_id, membership_id):
    agency = _manageable_agency(request, agency_id)
    membership = selectors.get_membership_for_user_or_404(request.user, agency, membership_id)
    units = selectors.units_for_user(request.user, agency).filter(is_active=True)
    form = MembershipForm(
        request.POST or None,
        initial={"unit": membership.unit_id, "position": membership.position},
        units=units,
    )
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.membership_update,
            actor=request.user,
            membership=membership,
            **form.cleaned_data,
        )
        if saved is not None:
            messages.success(request, _("Saved."))
            return redirect(_people_url(agency))
    return render(
        request,
        "organizations/membership_form.html",
        {"form": form, "agency": agency, "membership": membership},
    )


@login_required
@require_POST
def membership_end(request, agency_id, membership_id):
    agency = _manageable_agency(request, agency_id)
    membership = selectors.get_membership_for_user_or_404(request.user, agency, membership_id)
    return post_action(
        request,
        services.membership_end,
        membership=membership,
        success=_("%(name)s no longer works in this agency; their roles here were revoked.")
        % {"name": membership.user.display_name},
        next_url=_people_url(agency),
    )
