"""Agencies and, per agency, its unit tree, people and role grants — scoped exactly as the UI."""

from __future__ import annotations

import uuid

from django.db.models import Q
from ninja import Field, Query, Router, Schema

from eiso.api import serializers
from eiso.api.auth import ApiRequest
from eiso.api.errors import DETAIL_RESPONSES, ERROR_RESPONSES
from eiso.api.pagination import PageParams, paginate
from eiso.api.schemas import AgencyDetailOut, AgencyPage, GrantPage, PersonPage, UnitPage
from eiso.organizations.access import access_for
from eiso.organizations.models import AgencyKind, QMSStatus
from eiso.organizations.selectors import (
    agencies_for_user,
    get_agency_for_user_or_404,
    grants_for_user,
    people_for_user,
    units_for_user,
)

router = Router(tags=["agencies"])


class AgencyFilters(Schema):
    kind: AgencyKind | None = Field(None, description="Kind of agency.")
    status: QMSStatus | None = Field(None, description="QMS status of the agency's ISO unit.")
    province: uuid.UUID | None = Field(None, description="Id of a province.")
    q: str | None = Field(None, max_length=100, description="Part of the name or symbol.")
    active: bool | None = Field(None, description="Only active (true) or inactive (false).")


def _filter_agencies(queryset, filters: AgencyFilters):
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.status:
        queryset = queryset.filter(iso_unit__status=filters.status)
    if filters.province:
        queryset = queryset.filter(province_id=filters.province)
    if filters.active is not None:
        queryset = queryset.filter(is_active=filters.active)
    text = (filters.q or "").strip()
    if text:
        queryset = queryset.filter(
            Q(name__icontains=text) | Q(short_name__icontains=text) | Q(symbol__icontains=text)
        )
    return queryset


@router.get("/agencies", response={200: AgencyPage, **ERROR_RESPONSES})
def list_agencies(request: ApiRequest, filters: Query[AgencyFilters], page: Query[PageParams]):
    """Agencies the caller may read, by name."""
    queryset = _filter_agencies(agencies_for_user(request.auth), filters)
    return paginate(queryset, page, serializers.agency)


@router.get("/agencies/{agency_id}", response={200: AgencyDetailOut, **DETAIL_RESPONSES})
def get_agency(request: ApiRequest, agency_id: uuid.UUID):
    """One agency; 404 when it does not exist or the caller may not read it."""
    return serializers.agency_detail(get_agency_for_user_or_404(request.auth, agency_id))


@router.get("/agencies/{agency_id}/units", response={200: UnitPage, **DETAIL_RESPONSES})
def list_units(request: ApiRequest, agency_id: uuid.UUID, page: Query[PageParams]):
    """The unit tree in pre-order (each parent before its children), with depth and parent id."""
    agency = get_agency_for_user_or_404(request.auth, agency_id)
    return paginate(units_for_user(request.auth, agency), page, serializers.unit)


@router.get(
    "/agencies/{agency_id}/people",
    response={200: PersonPage, **DETAIL_RESPONSES},
    exclude_unset=True,
)
def list_people(request: ApiRequest, agency_id: uuid.UUID, page: Query[PageParams]):
    """Active members by name. `email` is present only for callers who manage the agency
    (its head, its ISO coordinator, an administrator of the province): personal data is shown
    to those who need it, not to everyone who can read the agency."""
    agency = get_agency_for_user_or_404(request.auth, agency_id)
    with_contact = access_for(request.auth).manages_agency(agency.pk, agency.province_id)
    return paginate(
        people_for_user(request.auth, agency),
        page,
        lambda membership: serializers.person(membership, with_contact=with_contact),
    )


@router.get("/agencies/{agency_id}/roles", response={200: GrantPage, **DETAIL_RESPONSES})
def list_roles(request: ApiRequest, agency_id: uuid.UUID, page: Query[PageParams]):
    """Active role grants on the agency and on its units."""
    agency = get_agency_for_user_or_404(request.auth, agency_id)
    return paginate(grants_for_user(request.auth, agency=agency), page, serializers.grant)
