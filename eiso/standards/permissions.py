"""Who may do what with the standard as data. Deny by default.

- read the editions, clauses and mappings: every signed-in user (reference data, no agency data);
- read an ISO unit's edition: whoever reads one of its agencies;
- set the edition an ISO unit's QMS follows: whoever manages one of its agencies' QMS objects
  (ISO coordinator, agency head, administrator of the province). The DOST overseer reads it and
  changes nothing.
"""

from __future__ import annotations

from django.db.models import QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.models import ISOUnit
from eiso.organizations.permissions import visible_iso_units


def can_read_standards(user) -> bool:
    return access_for(user).is_authenticated


def visible_iso_unit_editions(user) -> QuerySet[ISOUnit]:
    return visible_iso_units(user)


def can_set_iso_unit_edition(user, iso_unit: ISOUnit, agency_ids: list | None = None) -> bool:
    """`agency_ids`: the ISO unit's agencies when already known (saves a query per row)."""
    access = access_for(user)
    if not access.is_authenticated:
        return False
    if access.administers_province(iso_unit.province_id):
        return True
    if agency_ids is None:
        agency_ids = list(iso_unit.agencies.values_list("pk", flat=True))
    return any(access.manages_agency(a, iso_unit.province_id) for a in agency_ids)
