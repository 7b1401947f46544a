"""Helpers shared by the risk views: the agency from the query, choices for the forms."""

from __future__ import annotations

from django.http import Http404

from eiso.accounts.models import User
from eiso.organizations import selectors as org_selectors
from eiso.organizations.access import access_for
from eiso.organizations.models import Unit
from eiso.organizations.roles import Role


def agency_from_request(request, *, required: bool = False):
    """The agency named by ?agency= (visible or 404), else the user's active agency, else the
    first agency they may read; None when there is none."""
    agency_id = request.GET.get("agency") or request.POST.get("agency")
    if agency_id:
        return org_selectors.get_agency_for_user_or_404(request.user, agency_id)
    agencies = org_selectors.agencies_for_user(request.user)
    active_id = getattr(request.user, "active_agency_id", None)
    agency = agencies.filter(pk=active_id).first() if active_id else None
    agency = agency or agencies.first()
    if agency is None and required:
        raise Http404
    return agency


def units_for(user, agency):
    """Units the user may manage risks for (all, for those who manage the agency)."""
    units = Unit.objects.filter(agency=agency, is_active=True).order_by("path")
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return units
    allowed = Unit.objects.none()
    for agency_id, path, role in access.unit_roles:
        if agency_id == agency.pk and role == Role.UNIT_HEAD:
            allowed = allowed | units.filter(path__startswith=path)
    return allowed


def people_of(agency):
    return (
        User.objects.filter(memberships__agency=agency, memberships__is_active=True, is_active=True)
        .distinct()
        .order_by("full_name")
    )
