"""Response shapes. Ids are UUIDs; dates and times are ISO 8601 (times in Asia/Ho_Chi_Minh).

Every coded value (kind, status, role) comes with a `*_label` in the caller's language, so a client
needs no translation table of its own.
"""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Schema

from eiso.api.pagination import page_schema


class Ref(Schema):
    id: uuid.UUID
    name: str


class ProvinceOut(Schema):
    id: uuid.UUID
    code: int
    name: str
    full_name: str
    is_active: bool


class ISOUnitOut(Schema):
    id: uuid.UUID
    name: str
    status: str
    status_label: str
    status_since: dt.date | None
    expanding_scope: bool
    transitioning_edition: bool


class AgencyOut(Schema):
    id: uuid.UUID
    name: str
    short_name: str
    symbol: str
    kind: str
    kind_label: str
    province: Ref
    parent: Ref | None
    iso_unit: ISOUnitOut | None
    is_active: bool


class AgencyDetailOut(AgencyOut):
    governing_body: str
    place_name: str
    head_title: str
    address: str
    email: str
    phone: str
    website: str
    created_at: dt.datetime
    updated_at: dt.datetime


class UnitOut(Schema):
    id: uuid.UUID
    name: str
    symbol: str
    kind: str
    kind_label: str
    parent_id: uuid.UUID | None
    depth: int
    is_active: bool


class PersonOut(Schema):
    id: uuid.UUID
    user_id: uuid.UUID
    full_name: str
    position: str
    unit: Ref | None
    email: str | None = None


class GrantOut(Schema):
    id: uuid.UUID
    role: str
    role_label: str
    user: Ref
    level: str
    node: Ref | None
    granted_at: dt.datetime


class MyAgencyOut(Schema):
    id: uuid.UUID
    name: str
    short_name: str
    roles: list[str]
    is_active_agency: bool


class MeOut(Schema):
    id: uuid.UUID
    username: str
    full_name: str
    email: str
    position: str
    language: str
    is_global_admin: bool
    active_agency: Ref | None
    agencies: list[MyAgencyOut]
    roles: list[GrantOut]


ProvincePage = page_schema(ProvinceOut, "ProvincePage")
AgencyPage = page_schema(AgencyOut, "AgencyPage")
UnitPage = page_schema(UnitOut, "UnitPage")
PersonPage = page_schema(PersonOut, "PersonPage")
GrantPage = page_schema(GrantOut, "GrantPage")
