"""The roles tab: grants on the agency and its units, with grant and revoke."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.organizations import permissions, selectors, services
from eiso.organizations.forms import RoleGrantForm
from eiso.organizations.roles import Level
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action
from eiso.organizations.views.agencies import agency_context


def _roles_url(agency) -> str:
    return reverse("organizations:roles", args=[agency.pk])


def grantable_here(user, agency) -> list[str]:
    """Roles the user may grant on this agency or its units, in Role order."""
    roles: list[str] = []
    for level in (Level.AGENCY, Level.UNIT):
        for role in permissions.grantable_roles(
            user, level=level, province=agency.province, agency=agency
        ):
            if role not in roles:
                roles.append(role)
    return roles


@login_required
def roles(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    show_revoked = request.GET.get("revoked") == "1"
    grants = selectors.grants_for_user(request.user, agency=agency, include_revoked=show_revoked)
    page = paginate(request, grants.order_by("unit__path", "role", "user__full_name", "id"))
    for grant in page:
        grant.revocable = grant.is_active and permissions.can_revoke(request.user, grant)
    context = agency_context(request, agency, "roles")
    context.update(
        page=page, show_revoked=show_revoked, can_grant=bool(grantable_here(request.user, agency))
    )
    return render(request, "organizations/agency_roles.html", context)


@login_required
def role_grant(request, agency_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    available = grantable_here(request.user, agency)
    deny_unless(bool(available))
    form = RoleGrantForm(
        request.POST or None,
        initial={"node": request.GET.get("node"), "user": request.GET.get("user")},
        people=list(selectors.people_for_user(request.user, agency)),
        roles=available,
        agency=agency,
        units=list(selectors.units_for_user(request.user, agency).filter(is_active=True)),
    )
    if request.method == "POST" and form.is_valid():
        grant = call_service(form, services.role_grant, actor=request.user, **form.grant_values())
        if grant is not None:
            messages.success(request, _("Role granted."))
            return redirect(_roles_url(agency))
    return render(request, "organizations/role_grant_form.html", {"form": form, "agency": agency})


@login_required
@require_POST
def role_revoke(request, agency_id, grant_id):
    agency = selectors.get_agency_for_user_or_404(request.user, agency_id)
    grant = selectors.get_grant_for_user_or_404(request.user, agency, grant_id)
    deny_unless(permissions.can_revoke(request.user, grant))
    return post_action(
        request,
        services.role_revoke,
        grant=grant,
        success=_("Role revoked."),
        next_url=_roles_url(agency),
    )
