"""Who may find which entries: the user's access (eiso.organizations.access) as a filter over the
audience columns of the index. Deny by default: an anonymous or inactive user finds nothing.

- everyone: every signed-in user (national external documents, the standard);
- province: whoever reads the province (administrator, DOST overseer, inspector) or belongs to
  one of its agencies (the province's TTHC catalogue and external documents);
- agency: whoever reads the agency (its members; the province's readers): effective documents;
- draft: those who work on the agency's drafts (see draft_filter).
"""

from __future__ import annotations

from django.db.models import Q

from eiso.organizations.access import Access, access_for
from eiso.organizations.models import Agency
from eiso.organizations.roles import Role
from eiso.search.models import Audience

DRAFT_UNIT_ROLES = frozenset({Role.UNIT_HEAD, Role.STAFF})


def draft_filter(access: Access, user) -> Q:
    """Drafts are found by those who work on them (eiso.documents.permissions: authors,
    reviewers, approvers): the agency's managers and the province administrator; the unit heads
    and staff of the owner unit or a unit above it; the draft's author."""
    managed = [
        agency
        for agency, roles in access.agency_roles.items()
        if roles & {Role.AGENCY_HEAD, Role.ISO_COORDINATOR}
    ]
    # A unit role granted on the whole agency covers every unit's documents.
    unit_roles_on_agency = [
        agency for agency, roles in access.agency_roles.items() if roles & DRAFT_UNIT_ROLES
    ]
    q = Q(agency_id__in=managed) | Q(province_id__in=access.admin_provinces)
    q |= Q(agency_id__in=unit_roles_on_agency) & ~Q(unit_path="")
    for agency_id, path, role in access.unit_roles:
        if role in DRAFT_UNIT_ROLES:
            q |= Q(agency_id=agency_id, unit_path__startswith=path)
    q |= Q(author_id=user.pk, agency_id__in=access.agency_ids())
    return q


def scope_filter(user) -> Q | None:
    """A filter on SearchEntry for what `user` may find; None when nothing."""
    access = access_for(user)
    if not access.is_authenticated:
        return None
    if access.global_admin:
        return Q()
    readers_of = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    agencies = access.agency_ids()
    home_provinces = Agency.objects.filter(id__in=agencies).values("province_id")
    return (
        Q(audience=Audience.EVERYONE)
        | Q(audience=Audience.PROVINCE)
        & (Q(province_id__in=readers_of) | Q(province_id__in=home_provinces))
        | Q(audience=Audience.AGENCY) & (Q(province_id__in=readers_of) | Q(agency_id__in=agencies))
        | Q(audience=Audience.DRAFT) & draft_filter(access, user)
    )
