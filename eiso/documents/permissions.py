"""Who may do what with controlled documents. Deny by default.

- read: whoever reads the agency (its members; administrators, DOST overseers and inspectors of
  its province). The DOST overseer reads and edits nothing.
- author (create, edit a draft, submit, open a new edition): the ISO coordinator, the agency head
  and the province administrator for any document of the agency; a unit head or staff member for
  documents owned by their unit (or a unit under it).
- review (mark reviewed, or return with a comment): the ISO coordinator; the head of the owner
  unit.
- approve, withdraw: the agency head.
"""

from __future__ import annotations

from django.db.models import QuerySet

from eiso.documents.models import Document, Edition
from eiso.organizations.access import access_for
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.roles import Role

AUTHOR_UNIT_ROLES = (Role.UNIT_HEAD, Role.STAFF)


def visible_documents(user) -> QuerySet[Document]:
    return Document.objects.filter(agency__in=visible_agencies(user))


def visible_editions(user) -> QuerySet[Edition]:
    return Edition.objects.filter(document__agency__in=visible_agencies(user))


def can_read_agency(user, agency) -> bool:
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_author_in(user, agency, unit=None) -> bool:
    """May write documents of `agency` owned by `unit` (None: the whole agency's documents)."""
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return unit is not None and access.has_unit_role(agency.pk, unit.path, *AUTHOR_UNIT_ROLES)


def can_author_any_in(user, agency) -> bool:
    """May create at least some document in `agency` (the "new document" button)."""
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return any(a == agency.pk and r in AUTHOR_UNIT_ROLES for a, _p, r in access.unit_roles)


def authored_unit_paths(user, agency) -> list[str] | None:
    """Unit paths whose documents the user writes; None means every unit of the agency."""
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return None
    return [p for a, p, r in access.unit_roles if a == agency.pk and r in AUTHOR_UNIT_ROLES]


def can_author(user, document: Document) -> bool:
    return can_author_in(user, document.agency, document.owner_unit)


def can_review(user, document: Document) -> bool:
    access = access_for(user)
    if access.has_agency_role(document.agency_id, Role.ISO_COORDINATOR):
        return True
    unit = document.owner_unit
    return unit is not None and access.has_unit_role(document.agency_id, unit.path, Role.UNIT_HEAD)


def can_approve(user, document: Document) -> bool:
    return access_for(user).has_agency_role(document.agency_id, Role.AGENCY_HEAD)


def can_withdraw(user, document: Document) -> bool:
    return can_approve(user, document)


def reviewable_editions(user) -> QuerySet[Edition]:
    """Submitted editions the user may review."""
    from django.db.models import Q

    access = access_for(user)
    condition = Q(pk__in=[])
    coordinator_of = [
        a for a, roles in access.agency_roles.items() if Role.ISO_COORDINATOR in roles
    ]
    if coordinator_of:
        condition |= Q(document__agency_id__in=coordinator_of)
    for agency_id, path, role in access.unit_roles:
        if role == Role.UNIT_HEAD:
            condition |= Q(
                document__agency_id=agency_id, document__owner_unit__path__startswith=path
            )
    return Edition.objects.filter(condition, state="submitted")


def approvable_editions(user) -> QuerySet[Edition]:
    access = access_for(user)
    heads_of = [a for a, roles in access.agency_roles.items() if Role.AGENCY_HEAD in roles]
    return Edition.objects.filter(document__agency_id__in=heads_of, state="reviewed")
