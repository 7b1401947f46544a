"""Reads of the organisation domain, already scoped to what the user may see.

Every queryset here is `select_related` for what lists show and has a stable ordering (ending in
the primary key) so pagination and API output never shuffle.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Concat
from django.http import Http404

from eiso.organizations.access import access_for
from eiso.organizations.models import (
    Agency,
    ISOUnit,
    Membership,
    Province,
    QMSStatus,
    QMSStatusChange,
    RoleGrant,
    Unit,
)
from eiso.organizations.permissions import can_view_agency, visible_agencies, visible_provinces
from eiso.organizations.search import Fold, fold


def switchable_agencies(user) -> list[Agency]:
    """Agencies the user works in (roles or positions), for the switcher. Small by nature."""
    ids = access_for(user).agency_ids()
    if not ids:
        return []
    return list(Agency.objects.filter(id__in=ids, is_active=True).only("id", "name", "short_name"))


def _get_or_404(queryset: QuerySet, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, ValidationError) as exc:
        # An id that is not a UUID is simply "not found".
        raise Http404 from exc


# Provinces -------------------------------------------------------------------------------------
def provinces_for_user(user) -> QuerySet[Province]:
    return visible_provinces(user).distinct().order_by("name", "id")


def get_province_for_user_or_404(user, province_id) -> Province:
    return _get_or_404(provinces_for_user(user), province_id)


# Agencies --------------------------------------------------------------------------------------
def agencies_for_user(user) -> QuerySet[Agency]:
    """Every agency the user may read, with province, ISO unit and parent joined."""
    return (
        visible_agencies(user)
        .select_related("province", "iso_unit", "parent")
        .order_by("name", "id")
    )


AGENCY_SORTS = {
    "name": ("name", "id"),
    "-name": ("-name", "-id"),
    "kind": ("kind", "name", "id"),
    "-kind": ("-kind", "name", "id"),
    "status": ("status_rank", "name", "id"),
    "-status": ("-status_rank", "name", "id"),
}


def search_agencies(
    user,
    *,
    q: str = "",
    kind: str = "",
    status: str = "",
    active: str = "active",
    province: Province | None = None,
    sort: str = "name",
) -> QuerySet[Agency]:
    """The agency list: visible agencies filtered and sorted (unknown values are ignored).

    `q` matches name, short name or abbreviation, ignoring case and Vietnamese accents.
    `active` is "active", "inactive" or "all".
    """
    queryset = agencies_for_user(user)
    term = fold(q)
    if term:
        text = Concat("name", Value(" "), "short_name", Value(" "), "symbol")
        queryset = queryset.annotate(search_text=Fold(text)).filter(search_text__contains=term)
    if kind:
        queryset = queryset.filter(kind=kind)
    if status:
        queryset = queryset.filter(iso_unit__status=status)
    if active in ("active", "inactive"):
        queryset = queryset.filter(is_active=active == "active")
    if province is not None:
        queryset = queryset.filter(province=province)
    if sort.lstrip("-") == "status":
        ranks = [When(iso_unit__status=s, then=Value(i)) for i, s in enumerate(QMSStatus.values)]
        queryset = queryset.annotate(
            status_rank=Case(*ranks, default=Value(-1), output_field=IntegerField())
        )
    return queryset.order_by(*AGENCY_SORTS.get(sort, AGENCY_SORTS["name"]))


def get_agency_for_user_or_404(user, agency_id) -> Agency:
    return _get_or_404(
        visible_agencies(user).select_related("province", "parent", "iso_unit"), agency_id
    )


def administered_provinces(user) -> QuerySet[Province]:
    """Provinces where the user may create agencies (system administrators)."""
    access = access_for(user)
    if access.global_admin:
        return Province.objects.order_by("name", "id")
    return Province.objects.filter(id__in=access.admin_provinces).order_by("name", "id")


def parent_agency_choices(user, province: Province, *, exclude: Agency | None = None):
    """Active agencies of the province an agency may be placed under (administrators only)."""
    if not access_for(user).administers_province(province.pk):
        return Agency.objects.none()
    queryset = Agency.objects.filter(province=province, is_active=True)
    if exclude is not None:
        queryset = queryset.exclude(pk=exclude.pk)
    return queryset.order_by("name", "id")


def iso_units_for_province(user, province: Province) -> QuerySet[ISOUnit]:
    """ISO units of a province the user may attach an agency to (administrators only)."""
    if not access_for(user).administers_province(province.pk):
        return ISOUnit.objects.none()
    return ISOUnit.objects.filter(province=province).order_by("name", "id")


def qms_history(user, agency: Agency) -> QuerySet:
    """Status changes of the agency's ISO unit, newest first."""
    if agency.iso_unit_id is None or not can_view_agency(user, agency):
        return QMSStatusChange.objects.none()
    changes = QMSStatusChange.objects.filter(iso_unit_id=agency.iso_unit_id)
    return changes.select_related("created_by").order_by("-changed_on", "-created_at", "id")


# Units -----------------------------------------------------------------------------------------
def units_for_user(user, agency: Agency) -> QuerySet[Unit]:
    """The agency's unit tree in path order (parents before children), or nothing if not visible."""
    if not can_view_agency(user, agency):
        return Unit.objects.none()
    return Unit.objects.filter(agency=agency).select_related("parent").order_by("path", "id")


def get_unit_for_user_or_404(user, agency: Agency, unit_id) -> Unit:
    return _get_or_404(units_for_user(user, agency).select_related("agency"), unit_id)


# People ----------------------------------------------------------------------------------------
def people_for_user(user, agency: Agency, *, include_ended: bool = False) -> QuerySet[Membership]:
    """The agency's memberships (person, position, unit), by name."""
    if not can_view_agency(user, agency):
        return Membership.objects.none()
    queryset = Membership.objects.filter(agency=agency).select_related("user", "unit")
    if not include_ended:
        queryset = queryset.filter(is_active=True)
    return queryset.order_by("user__full_name", "user__username", "id")


def get_membership_for_user_or_404(user, agency: Agency, membership_id) -> Membership:
    return _get_or_404(
        people_for_user(user, agency, include_ended=True).select_related("agency"), membership_id
    )


# Role grants -----------------------------------------------------------------------------------
def grants_for_user(
    user,
    *,
    agency: Agency | None = None,
    province: Province | None = None,
    include_revoked: bool = False,
) -> QuerySet[RoleGrant]:
    """Role grants the user may see.

    With `agency`: grants on the agency and on any of its units (its subtree). With `province`:
    grants on the province node itself. Without either: every grant on nodes the user may read.
    """
    queryset = RoleGrant.objects.select_related(
        "user",
        "province",
        "agency__province",
        "unit__agency__province",
        "revoked_by",
    )
    if agency is not None:
        if not can_view_agency(user, agency):
            return RoleGrant.objects.none()
        queryset = queryset.filter(Q(agency=agency) | Q(unit__agency=agency))
    elif province is not None:
        if not access_for(user).reads_province(province.pk):
            return RoleGrant.objects.none()
        queryset = queryset.filter(province=province)
    else:
        agencies = visible_agencies(user)
        access = access_for(user)
        provinces = (
            Province.objects.all()
            if access.global_admin
            else Province.objects.filter(
                id__in=access.admin_provinces
                | access.overseer_provinces
                | access.inspector_provinces
            )
        )
        scope = Q(agency__in=agencies) | Q(unit__agency__in=agencies) | Q(province__in=provinces)
        if access.global_admin:
            scope |= Q(province__isnull=True, agency__isnull=True, unit__isnull=True)
        queryset = queryset.filter(scope)
    if not include_revoked:
        queryset = queryset.filter(is_active=True)
    return queryset.order_by("role", "user__full_name", "id")


def get_grant_for_user_or_404(user, agency: Agency, grant_id) -> RoleGrant:
    return _get_or_404(grants_for_user(user, agency=agency, include_revoked=True), grant_id)
