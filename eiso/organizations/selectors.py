"""Reads of the organisation domain, already scoped to what the user may see."""

from __future__ import annotations

from django.http import Http404
from django.db.models import QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.models import Agency
from eiso.organizations.permissions import visible_agencies


def switchable_agencies(user) -> list[Agency]:
    """Agencies the user works in (roles or positions), for the switcher. Small by nature."""
    ids = access_for(user).agency_ids()
    if not ids:
        return []
    return list(Agency.objects.filter(id__in=ids, is_active=True).only("id", "name", "short_name"))


def get_agency_for_user_or_404(user, agency_id) -> Agency:
    try:
        return visible_agencies(user).select_related("province", "parent", "iso_unit").get(pk=agency_id)
    except (Agency.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def agencies_for_user(user) -> QuerySet[Agency]:
    return visible_agencies(user).select_related("province", "iso_unit", "parent")
