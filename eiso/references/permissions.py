"""Who may read and manage external documents. Deny by default.

- national documents (no province, no agency): managed by the system administrator of the whole
  installation; read by every signed-in user;
- province documents: managed by the province's system administrator and its DOST overseer; read
  by everyone who reads the province or works in one of its agencies;
- agency documents: managed by the agency's ISO coordinator (and the province administrator);
  read by the agency's people and by those who read the whole province.
"""

from __future__ import annotations

import uuid

from django.db.models import Q, QuerySet

from eiso.organizations.access import access_for
from eiso.organizations.models import Agency
from eiso.organizations.roles import Role
from eiso.references.models import ExternalDocument


def visible_external_documents(user) -> QuerySet[ExternalDocument]:
    """National documents, those of the provinces the user reads or works in, and those of the
    agencies the user reads."""
    access = access_for(user)
    if not access.is_authenticated:
        return ExternalDocument.objects.none()
    if access.global_admin:
        return ExternalDocument.objects.all()
    read_provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    agency_ids = access.agency_ids()
    member_provinces = Agency.objects.filter(id__in=agency_ids).values("province_id")
    return ExternalDocument.objects.filter(
        Q(province__isnull=True)
        | Q(province_id__in=read_provinces)
        | Q(agency__isnull=True, province_id__in=member_provinces)
        | Q(agency_id__in=agency_ids)
    )


def can_manage_scope(user, *, province_id: uuid.UUID | None, agency_id: uuid.UUID | None) -> bool:
    access = access_for(user)
    if not access.is_authenticated:
        return False
    if agency_id is not None:
        return access.administers_province(province_id) or access.has_agency_role(
            agency_id, Role.ISO_COORDINATOR
        )
    if province_id is not None:
        return access.administers_province(province_id) or access.oversees_province(province_id)
    return access.global_admin


def can_manage_external(user, document: ExternalDocument) -> bool:
    return can_manage_scope(user, province_id=document.province_id, agency_id=document.agency_id)


def can_create_any(user) -> bool:
    """Shows the "new" and "import" buttons: the user manages at least one scope."""
    access = access_for(user)
    if not access.is_authenticated:
        return False
    return bool(
        access.global_admin
        or access.admin_provinces
        or access.overseer_provinces
        or any(Role.ISO_COORDINATOR in roles for roles in access.agency_roles.values())
    )


def coordinated_agencies(user) -> QuerySet[Agency]:
    """Agencies whose agency-specific external documents the user keeps as ISO coordinator."""
    access = access_for(user)
    ids = [a for a, roles in access.agency_roles.items() if Role.ISO_COORDINATOR in roles]
    return Agency.objects.filter(id__in=ids, is_active=True).order_by("name")
