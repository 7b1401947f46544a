"""Helpers shared by the objective views: fetch-and-authorise, agency/year from the query."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.http import Http404
from django.utils import timezone

from eiso.objectives.periods import current_year
from eiso.organizations import selectors as org_selectors


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


def year_from_request(request, agency) -> int:
    raw = request.GET.get("year") or request.POST.get("year") or ""
    if raw.isdigit() and 2000 <= int(raw) <= 2100:
        return int(raw)
    return current_year(agency, timezone.localdate())
