"""Model → JSON-ready dicts for the response schemas. Labels are translated at call time."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from eiso.organizations.models import Agency, Membership, Province, RoleGrant, Unit
from eiso.organizations.roles import Level


def ref(obj, name: str | None = None) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {"id": obj.pk, "name": name if name is not None else str(obj.name)}


def local(value):
    return timezone.localtime(value) if value is not None else None


def province(obj: Province) -> dict[str, Any]:
    return {
        "id": obj.pk,
        "code": obj.code,
        "name": obj.name,
        "full_name": obj.full_name,
        "is_active": obj.is_active,
    }


def iso_unit(obj) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {
        "id": obj.pk,
        "name": obj.name,
        "status": obj.status,
        "status_label": str(obj.get_status_display()),
        "status_since": obj.status_since,
        "expanding_scope": obj.expanding_scope,
        "transitioning_edition": obj.transitioning_edition,
    }


def agency(obj: Agency) -> dict[str, Any]:
    """Needs province, parent and iso_unit joined (the agency selectors do)."""
    return {
        "id": obj.pk,
        "name": obj.name,
        "short_name": obj.short_name,
        "symbol": obj.symbol,
        "kind": obj.kind,
        "kind_label": str(obj.get_kind_display()),
        "province": ref(obj.province),
        "parent": ref(obj.parent),
        "iso_unit": iso_unit(obj.iso_unit),
        "is_active": obj.is_active,
    }


def agency_detail(obj: Agency) -> dict[str, Any]:
    return {
        **agency(obj),
        "governing_body": obj.governing_body,
        "place_name": obj.place_name,
        "head_title": obj.head_title,
        "address": obj.address,
        "email": obj.email,
        "phone": obj.phone,
        "website": obj.website,
        "created_at": local(obj.created_at),
        "updated_at": local(obj.updated_at),
    }


def unit(obj: Unit) -> dict[str, Any]:
    return {
        "id": obj.pk,
        "name": obj.name,
        "symbol": obj.symbol,
        "kind": obj.kind,
        "kind_label": str(obj.get_kind_display()),
        "parent_id": obj.parent_id,
        "depth": obj.depth,
        "is_active": obj.is_active,
    }


def person(obj: Membership, *, with_contact: bool) -> dict[str, Any]:
    """A member of an agency. The e-mail is personal data: only for those who manage the agency."""
    result = {
        "id": obj.pk,
        "user_id": obj.user_id,
        "full_name": obj.user.display_name,
        "position": obj.position,
        "unit": ref(obj.unit),
    }
    if with_contact:
        result["email"] = obj.user.email
    return result


def grant(obj: RoleGrant) -> dict[str, Any]:
    """Needs user, province, agency and unit joined (grants_for_user does)."""
    if obj.unit_id:
        level, node = Level.UNIT, ref(obj.unit)
    elif obj.agency_id:
        level, node = Level.AGENCY, ref(obj.agency)
    elif obj.province is not None:
        level, node = Level.PROVINCE, ref(obj.province, obj.province.full_name)
    else:
        level, node = Level.GLOBAL, None
    return {
        "id": obj.pk,
        "role": obj.role,
        "role_label": str(obj.get_role_display()),
        "user": ref(obj.user, obj.user.display_name),
        "level": str(level.value),
        "node": node,
        "granted_at": local(obj.created_at),
    }
