"""Agencies of a province: create, edit, deactivate, reactivate (the province administrator)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.organizations import events
from eiso.organizations.models import Agency, AgencyKind, ISOUnit, Province
from eiso.organizations.permissions import can_create_agency, can_edit_agency
from eiso.organizations.search import Fold, fold
from eiso.organizations.services._common import clean_text, require

# Marker for "give the agency its own, new ISO unit".
NEW_ISO_UNIT = "new"

TEXT_FIELDS = {
    "name": (255, True),
    "short_name": (100, False),
    "symbol": (30, True),
    "governing_body": (255, False),
    "place_name": (100, True),
    "head_title": (100, True),
    "address": (255, False),
    "email": (254, False),
    "phone": (30, False),
    "website": (200, False),
}
EDITABLE_FIELDS = (*TEXT_FIELDS, "kind", "parent", "school_year_objectives", "iso_unit")
AUDIT_FIELDS = (*EDITABLE_FIELDS, "is_active")
# Communes and public service units are encouraged, not obliged (QĐ 19/2014 Art. 2).
OPTIONAL_QMS_KINDS = {AgencyKind.COMMUNE_COMMITTEE, AgencyKind.PUBLIC_SERVICE_UNIT}


@transaction.atomic
def agency_create(*, actor, province: Province, iso_unit=NEW_ISO_UNIT, **values: Any) -> Agency:
    """Create an agency with either its own new ISO unit or one shared with another agency.

    `values`: name, symbol, kind, place_name (required) and the other EDITABLE_FIELDS.
    """
    require(can_create_agency(actor, province))
    _reject_unknown(values)
    values.setdefault("head_title", "Giám đốc")
    values.setdefault("place_name", province.name)
    cleaned = _clean(values, province=province, agency=None)
    agency = Agency(province=province, created_by=actor, **cleaned)
    agency.iso_unit = _resolve_iso_unit(iso_unit, agency, actor)
    agency.save()
    audit.record(
        actor=actor,
        action=events.AGENCY_CREATE,
        obj=agency,
        changes=audit.created(audit.snapshot(agency, AUDIT_FIELDS)),
    )
    return agency


@transaction.atomic
def agency_update(*, actor, agency: Agency, iso_unit=None, **values: Any) -> Agency:
    """Change the agency's details. `iso_unit`: None keeps it, NEW_ISO_UNIT or an ISOUnit."""
    require(can_edit_agency(actor, agency))
    _reject_unknown(values)
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    before = audit.snapshot(agency, AUDIT_FIELDS)
    current = {name: getattr(agency, name) for name in EDITABLE_FIELDS if name != "iso_unit"}
    cleaned = _clean({**current, **values}, province=agency.province, agency=agency)
    for name, value in cleaned.items():
        setattr(agency, name, value)
    if iso_unit is not None:
        agency.iso_unit = _resolve_iso_unit(iso_unit, agency, actor)
    changes = audit.diff(before, audit.snapshot(agency, AUDIT_FIELDS))
    if not changes:
        return agency
    agency.save()
    audit.record(actor=actor, action=events.AGENCY_UPDATE, obj=agency, changes=changes)
    return agency


@transaction.atomic
def agency_deactivate(*, actor, agency: Agency) -> Agency:
    """Stop using an agency. Its active sub-agencies (e.g. Chi cục) must be deactivated first."""
    require(can_edit_agency(actor, agency))
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    if not agency.is_active:
        raise DomainError(_("This agency is already inactive."))
    children = list(agency.children.filter(is_active=True).values_list("name", flat=True)[:5])
    if children:
        raise DomainError(
            _("Deactivate its subordinate agencies first: %(names)s.")
            % {"names": ", ".join(children)}
        )
    return _set_active(actor, agency, False, events.AGENCY_DEACTIVATE)


@transaction.atomic
def agency_reactivate(*, actor, agency: Agency) -> Agency:
    require(can_edit_agency(actor, agency))
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    if agency.is_active:
        raise DomainError(_("This agency is already active."))
    parent = agency.parent
    if parent is not None and not parent.is_active:
        raise DomainError(
            _("Reactivate its parent agency first: %(name)s.") % {"name": parent.name}
        )
    return _set_active(actor, agency, True, events.AGENCY_REACTIVATE)


def _set_active(actor, agency: Agency, active: bool, action: str) -> Agency:
    agency.is_active = active
    agency.save(update_fields=["is_active", "updated_at"])
    audit.record(
        actor=actor, action=action, obj=agency, changes={"is_active": [not active, active]}
    )
    return agency


def _reject_unknown(values: dict) -> None:
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"unknown agency fields: {sorted(unknown)}")


def _clean(values: dict, *, province: Province, agency: Agency | None) -> dict:
    cleaned: dict[str, Any] = {}
    for name, (max_length, required) in TEXT_FIELDS.items():
        cleaned[name] = clean_text(
            values.get(name), field=name, required=required, max_length=max_length
        )
    cleaned["symbol"] = cleaned["symbol"].replace(" ", "")
    kind = values.get("kind")
    if kind not in AgencyKind.values:
        raise DomainError(_("Choose the kind of agency."), field="kind")
    cleaned["kind"] = kind
    cleaned["school_year_objectives"] = bool(values.get("school_year_objectives"))
    cleaned["parent"] = _clean_parent(values.get("parent"), province, agency)
    _check_contacts(cleaned)
    _check_unique(cleaned, province, agency)
    return cleaned


def _check_contacts(cleaned: dict) -> None:
    checks = (
        ("email", EmailValidator(), _("Enter a valid e-mail address.")),
        ("website", URLValidator(), _("Enter a valid web address (https://…).")),
    )
    for name, validator, message in checks:
        if cleaned[name]:
            try:
                validator(cleaned[name])
            except ValidationError as exc:
                raise DomainError(message, field=name) from exc


def _clean_parent(parent: Agency | None, province: Province, agency: Agency | None):
    if parent is None:
        return None
    if parent.province_id != province.pk:
        raise DomainError(_("The parent agency must be in the same province."), field="parent")
    if agency is not None:
        node: Agency | None = parent
        while node is not None:  # agency trees are shallow (Sở → Chi cục)
            if node.pk == agency.pk:
                raise DomainError(
                    _("An agency cannot be placed under itself or one of its subordinates."),
                    field="parent",
                )
            node = node.parent
    return parent


def _check_unique(cleaned: dict, province: Province, agency: Agency | None) -> None:
    others = Agency.objects.filter(province=province)
    if agency is not None:
        others = others.exclude(pk=agency.pk)
    # Case and accents are ignored: "Sở Y tế" and "SỞ Y TẾ" are the same agency.
    others = others.annotate(folded_name=Fold("name"), folded_symbol=Fold("symbol"))
    if others.filter(folded_name=fold(cleaned["name"])).exists():
        raise DomainError(_("Another agency of this province already has this name."), field="name")
    if others.filter(folded_symbol=fold(cleaned["symbol"])).exists():
        raise DomainError(
            _("Another agency of this province already uses this abbreviation."), field="symbol"
        )


def _resolve_iso_unit(choice, agency: Agency, actor) -> ISOUnit:
    """A new ISO unit named after the agency, or an existing one of the same province."""
    if choice == NEW_ISO_UNIT:
        iso_unit = ISOUnit.objects.create(
            province=agency.province,
            name=agency.name,
            mandatory=agency.kind not in OPTIONAL_QMS_KINDS,
            created_by=actor,
        )
        return iso_unit
    if not isinstance(choice, ISOUnit) or choice.province_id != agency.province_id:
        raise DomainError(
            _("The shared ISO unit must belong to the same province."), field="iso_unit"
        )
    return choice
