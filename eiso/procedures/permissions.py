"""Who may do what with the TTHC catalogue and agency scopes. Deny by default.

- read the province's catalogue: whoever reads an agency of the province (its members, the
  province's administrators, DOST overseers and inspectors);
- import the province's catalogue (every row, any implementing agency): a province
  administrator or the DOST overseer;
- import the list of one's own agency (rows go to the catalogue and into that agency's scope;
  a TTHC already in another agency's scope is left to the DOST): the agency head or ISO
  coordinator;
- add TTHC to an agency's scope or take them out: the agency's managers (head, ISO coordinator,
  province administrator) and the DOST overseer, who keeps the province's lists (TT 26/2014 Art. 4);
- map a TTHC of the scope to its procedure: the agency's managers only (a QMS object; the DOST
  edits none);
- coverage: per agency for whoever reads the agency; the province table for those who read the
  whole province.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.models import Agency, Province
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.roles import AGENCY_MANAGER_ROLES
from eiso.procedures.models import TTHC, AgencyTTHC, CatalogueImport


def readable_province_ids(user) -> set:
    access = access_for(user)
    if not access.is_authenticated:
        return set()
    ids = set(access.admin_provinces | access.overseer_provinces | access.inspector_provinces)
    agency_ids = access.agency_ids()
    if agency_ids:
        ids |= set(Agency.objects.filter(id__in=agency_ids).values_list("province_id", flat=True))
    return ids


def visible_tthc(user) -> QuerySet[TTHC]:
    access = access_for(user)
    if not access.is_authenticated:
        return TTHC.objects.none()
    if access.global_admin:
        return TTHC.objects.all()
    return TTHC.objects.filter(province_id__in=readable_province_ids(user))


def visible_scopes(user) -> QuerySet[AgencyTTHC]:
    return AgencyTTHC.objects.filter(agency__in=visible_agencies(user))


def can_read_province(user, province: Province) -> bool:
    """Reads the province's catalogue."""
    access = access_for(user)
    return access.global_admin or province.pk in readable_province_ids(user)


def can_view_province_coverage(user, province: Province) -> bool:
    return access_for(user).reads_province(province.pk)


def can_manage_catalogue(user, province: Province) -> bool:
    access = access_for(user)
    return access.administers_province(province.pk) or access.oversees_province(province.pk)


def can_import_for_agency(user, agency: Agency) -> bool:
    return access_for(user).manages_agency(agency.pk, agency.province_id)


def can_view_scope(user, agency: Agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_manage_scope(user, agency: Agency) -> bool:
    access = access_for(user)
    return access.manages_agency(agency.pk, agency.province_id) or access.oversees_province(
        agency.province_id
    )


def can_map_procedure(user, agency: Agency) -> bool:
    return access_for(user).manages_agency(agency.pk, agency.province_id)


def scope_manageable_agencies(user) -> QuerySet[Agency]:
    """Agencies whose scope the user may change (the "add TTHC" agency choices)."""
    access = access_for(user)
    if not access.is_authenticated:
        return Agency.objects.none()
    if access.global_admin:
        return Agency.objects.filter(is_active=True)
    managed = [a for a, roles in access.agency_roles.items() if roles & AGENCY_MANAGER_ROLES]
    provinces = access.admin_provinces | access.overseer_provinces
    return Agency.objects.filter(Q(province_id__in=provinces) | Q(id__in=managed), is_active=True)


def visible_imports(user) -> QuerySet[CatalogueImport]:
    access = access_for(user)
    if not access.is_authenticated:
        return CatalogueImport.objects.none()
    if access.global_admin:
        return CatalogueImport.objects.all()
    provinces = access.admin_provinces | access.overseer_provinces
    return CatalogueImport.objects.filter(Q(province_id__in=provinces) | Q(created_by=user))
