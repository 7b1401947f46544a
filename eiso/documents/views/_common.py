"""Helpers shared by the document views."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.http import Http404

from eiso.organizations import selectors as org_selectors
from eiso.organizations.models import Unit


def deny_unless(allowed: bool) -> None:
    if not allowed:
        raise HttpPermissionDenied


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


def agency_units(agency):
    return Unit.objects.filter(agency=agency, is_active=True).order_by("path")
