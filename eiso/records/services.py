"""Every write of the records register (atomic, permission first, audited)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations.models import Unit
from eiso.records import events
from eiso.records.models import ManualRecord, RecordRegister
from eiso.records.permissions import can_keep_register
from eiso.records.selectors import current_lines, differences

ENTRY_FIELDS = ("name", "owner_unit", "place", "retention", "notes")
LIMITS = {"name": 300, "owner_unit": 255, "place": 255, "retention": 100, "notes": 500}
MIN_YEAR, MAX_YEAR = 2000, 2100


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _clean(values: dict[str, Any]) -> dict[str, str]:
    cleaned = {}
    for name in ENTRY_FIELDS:
        text = " ".join(str(values.get(name) or "").split())
        if len(text) > LIMITS[name]:
            raise DomainError(
                _("Too long (at most %(max)d characters).") % {"max": LIMITS[name]}, field=name
            )
        cleaned[name] = text
    if not cleaned["name"]:
        raise DomainError(_("Write the name of the record."), field="name")
    if not cleaned["retention"]:
        raise DomainError(
            _("Write how long it is kept, e.g. “5 năm” or “Vĩnh viễn”."), field="retention"
        )
    return cleaned


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DomainError(_("Choose a year between 2000 and 2100."), field="year")


def register_get_or_create(*, unit: Unit, year: int) -> RecordRegister:
    """The register of the unit for the year, created empty when missing (call inside a
    transaction; locks the row)."""
    _check_year(year)
    register, _created = RecordRegister.objects.select_for_update().get_or_create(
        unit=unit, year=year, defaults={"agency_id": unit.agency_id}
    )
    return register


@transaction.atomic
def manual_record_add(*, actor, unit: Unit, year: int, **values) -> ManualRecord:
    _require(can_keep_register(actor, unit))
    cleaned = _clean(values)
    cleaned["owner_unit"] = cleaned["owner_unit"] or unit.name
    register = register_get_or_create(unit=unit, year=year)
    last = register.manual_records.aggregate(last=Max("order"))["last"] or 0
    entry = ManualRecord.objects.create(
        register=register, order=last + 1, created_by=actor, **cleaned
    )
    audit.record(
        actor=actor,
        action=events.RECORD_ADD,
        obj=entry,
        changes=audit.created(audit.snapshot(entry, ENTRY_FIELDS)),
    )
    return entry


@transaction.atomic
def manual_record_update(*, actor, entry: ManualRecord, **values) -> ManualRecord:
    entry = (
        ManualRecord.objects.select_for_update().select_related("register__unit").get(pk=entry.pk)
    )
    _require(can_keep_register(actor, entry.register.unit))
    cleaned = _clean(values)
    before = audit.snapshot(entry, ENTRY_FIELDS)
    for name, value in cleaned.items():
        setattr(entry, name, value)
    entry.save()
    changes = audit.diff(before, audit.snapshot(entry, ENTRY_FIELDS))
    if changes:
        audit.record(actor=actor, action=events.RECORD_UPDATE, obj=entry, changes=changes)
    return entry


@transaction.atomic
def manual_record_delete(*, actor, entry: ManualRecord) -> None:
    entry = (
        ManualRecord.objects.select_for_update().select_related("register__unit").get(pk=entry.pk)
    )
    _require(can_keep_register(actor, entry.register.unit))
    audit.record(
        actor=actor,
        action=events.RECORD_DELETE,
        obj=entry,
        changes={k: [v, None] for k, v in audit.snapshot(entry, ENTRY_FIELDS).items() if v},
    )
    entry.delete()


@transaction.atomic
def register_establish(*, actor, unit: Unit, year: int) -> RecordRegister:
    """Establish (lập) the unit's register for the year: keep today's lines as its snapshot.

    Establishing again replaces the snapshot; the audit event says what was added, removed or
    changed since the previous one.
    """
    _require(can_keep_register(actor, unit))
    register = register_get_or_create(unit=unit, year=year)
    lines = current_lines(unit, register)
    if not lines:
        raise DomainError(_("The register has no line yet: add the records the unit keeps first."))
    changes_since = differences(register, lines)
    was_established = register.established_on is not None
    register.snapshot = [line.as_snapshot() for line in lines]
    register.established_on = timezone.localdate()
    register.established_by = actor
    register.save()
    changes: dict[str, Any] = {"lines": [None, len(lines)]}
    if was_established:
        changes = {
            "added": [None, [line.name for line in changes_since.added]],
            "removed": [None, [row.get("name") for row in changes_since.removed]],
            "changed": [None, len(changes_since.changed)],
            "lines": [None, len(lines)],
        }
    audit.record(actor=actor, action=events.REGISTER_ESTABLISH, obj=register, changes=changes)
    return register
