"""Who may edit distribution lists, see acknowledgement status and record reviews. Deny by default.

- A document's **owners** are the heads of its owner unit (a unit-head role on that unit or an
  ancestor). With the agency's ISO coordinator and head (and a province administrator, as for
  every QMS object of an agency) they edit the distribution list and record review outcomes.
- The acknowledgement status of a document (who has and has not read it) is seen by those
  people, by the agency's internal auditors (they check dissemination) and by province readers
  (administrator, DOST overseer, inspector: TT 26/2014 Art. 36 "documents disseminated"). The
  DOST reads but edits nothing of an agency's QMS.
- Everyone who may see the document sees its distribution page and their own request; only the
  person asked confirms "Đã đọc và hiểu".
- Review tasks are seen by the document owners, the agency's ISO coordinator, head and internal
  auditors, and province readers.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from eiso.distribution.models import Acknowledgement, ReviewTask
from eiso.organizations.access import Access, access_for
from eiso.organizations.roles import Role

MANAGER_ROLES = (Role.AGENCY_HEAD, Role.ISO_COORDINATOR)


def _agency_province(document) -> tuple:
    agency = document.agency
    return agency.pk, agency.province_id


def _owns(access: Access, document) -> bool:
    unit = document.owner_unit
    if unit is None:
        return False
    return access.has_unit_role(document.agency_id, unit.path, Role.UNIT_HEAD)


def manages_document(user, document) -> bool:
    """ISO coordinator, head, province administrator or an owner-unit head."""
    access = access_for(user)
    agency_id, province_id = _agency_province(document)
    return access.manages_agency(agency_id, province_id) or _owns(access, document)


def can_edit_distribution(user, document) -> bool:
    return manages_document(user, document)


def can_view_ack_status(user, document) -> bool:
    access = access_for(user)
    agency_id, province_id = _agency_province(document)
    return (
        manages_document(user, document)
        or access.reads_province(province_id)
        or access.has_agency_role(agency_id, Role.INTERNAL_AUDITOR)
    )


def can_view_agency_overview(user, agency) -> bool:
    """Acknowledgement rates and review lists of a whole agency."""
    access = access_for(user)
    return (
        access.manages_agency(agency.pk, agency.province_id)
        or access.reads_province(agency.province_id)
        or access.has_agency_role(agency.pk, Role.INTERNAL_AUDITOR)
        or any(a == agency.pk and r == Role.UNIT_HEAD for a, _p, r in access.unit_roles)
    )


def can_acknowledge(user, acknowledgement: Acknowledgement) -> bool:
    return (
        getattr(user, "is_authenticated", False)
        and acknowledgement.user_id == user.pk
        and acknowledgement.is_pending
    )


def can_record_review(user, task: ReviewTask) -> bool:
    return task.is_open and manages_document(user, task.document)


def can_open_review(user, document) -> bool:
    return manages_document(user, document)


def _owned_units_q(access: Access, prefix: str = "document__") -> Q:
    """Documents whose owner unit lies under a unit the user heads."""
    condition = Q(pk__in=[])
    for agency_id, path, role in access.unit_roles:
        if role == Role.UNIT_HEAD:
            condition |= Q(
                **{f"{prefix}agency_id": agency_id, f"{prefix}owner_unit__path__startswith": path}
            )
    return condition


def visible_review_tasks(user) -> QuerySet[ReviewTask]:
    access = access_for(user)
    if not access.is_authenticated:
        return ReviewTask.objects.none()
    if access.global_admin:
        return ReviewTask.objects.all()
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    agencies = [
        agency_id
        for agency_id, roles in access.agency_roles.items()
        if roles & {Role.AGENCY_HEAD, Role.ISO_COORDINATOR, Role.INTERNAL_AUDITOR}
    ]
    return ReviewTask.objects.filter(
        Q(agency__province_id__in=provinces) | Q(agency_id__in=agencies) | _owned_units_q(access)
    )


def review_tasks_to_handle(user) -> QuerySet[ReviewTask]:
    """Open review tasks the user may record (their "Việc của tôi")."""
    access = access_for(user)
    if not access.is_authenticated:
        return ReviewTask.objects.none()
    managed = [
        agency_id
        for agency_id, roles in access.agency_roles.items()
        if roles & {Role.AGENCY_HEAD, Role.ISO_COORDINATOR}
    ]
    condition = Q(agency_id__in=managed) | _owned_units_q(access)
    return ReviewTask.objects.filter(condition, state="open")


def status_visible_acknowledgements(user) -> QuerySet[Acknowledgement]:
    """Acknowledgements whose status the user may read (agency-wide readers and owners)."""
    access = access_for(user)
    if not access.is_authenticated:
        return Acknowledgement.objects.none()
    if access.global_admin:
        return Acknowledgement.objects.all()
    provinces = access.admin_provinces | access.overseer_provinces | access.inspector_provinces
    agencies = [
        agency_id
        for agency_id, roles in access.agency_roles.items()
        if roles & {Role.AGENCY_HEAD, Role.ISO_COORDINATOR, Role.INTERNAL_AUDITOR}
    ]
    return Acknowledgement.objects.filter(
        Q(agency__province_id__in=provinces) | Q(agency_id__in=agencies) | _owned_units_q(access)
    )
