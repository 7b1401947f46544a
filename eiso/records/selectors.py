"""Reads of the records register, always scoped to what the user may see.

A register line is a `Line`: from a procedure's records list (`source` = the procedure's code) or
added by the unit (`manual_id` set). Its `key` identifies it across time, so the lines of today can
be compared with the snapshot taken when the register was established.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field

from django.db.models import Count, QuerySet
from django.http import Http404

from eiso.documents.selectors import effective_record_items
from eiso.organizations.models import Agency, Unit
from eiso.organizations.permissions import visible_agencies
from eiso.organizations.search import fold
from eiso.records.models import ManualRecord, RecordRegister

SNAPSHOT_FIELDS = ("key", "name", "owner_unit", "place", "retention", "notes", "source")
COMPARED_FIELDS = ("name", "owner_unit", "place", "retention", "notes")


@dataclass(frozen=True)
class Line:
    key: str
    name: str
    owner_unit: str
    place: str
    retention: str
    notes: str = ""
    source: str = ""
    manual_id: uuid.UUID | None = None

    def as_snapshot(self) -> dict:
        values = asdict(self)
        return {name: values[name] for name in SNAPSHOT_FIELDS}


@dataclass
class Differences:
    added: list[Line] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    # key -> {field: (established value, current value)}
    changed: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    @property
    def added_keys(self) -> set[str]:
        return {line.key for line in self.added}


def get_unit_for_user_or_404(user, unit_id) -> Unit:
    try:
        pk = uuid.UUID(str(unit_id))
    except ValueError as exc:
        raise Http404 from exc
    unit = (
        Unit.objects.filter(pk=pk, agency__in=visible_agencies(user))
        .select_related("agency__province")
        .first()
    )
    if unit is None:
        raise Http404
    return unit


def register_of(unit: Unit, year: int) -> RecordRegister | None:
    return (
        RecordRegister.objects.filter(unit=unit, year=year).select_related("established_by").first()
    )


def get_manual_record_or_404(register: RecordRegister | None, entry_id) -> ManualRecord:
    if register is None:
        raise Http404
    try:
        return register.manual_records.get(pk=uuid.UUID(str(entry_id)))
    except (ValueError, ManualRecord.DoesNotExist) as exc:
        raise Http404 from exc


def procedure_lines(unit: Unit) -> list[Line]:
    """The records lists of the agency's effective procedures kept by `unit` (or under it)."""
    items = effective_record_items(agency=unit.agency, unit=unit).select_related(
        "edition__document__owner_unit"
    )
    return lines_from_items(items)


def kept_by(item, unit_path: str) -> bool:
    """The rule of `effective_record_items(unit=…)` for the unit at `unit_path`, in Python."""
    owner = item.owner_unit or item.edition.document.owner_unit
    return owner is not None and owner.path.startswith(unit_path)


def lines_from_items(items) -> list[Line]:
    """Register lines of record items (with edition, document, owner units loaded), in order."""
    lines: list[Line] = []
    seen: Counter[str] = Counter()
    for item in items:
        document = item.edition.document
        owner = item.owner_unit or document.owner_unit
        key = f"{fold(document.code)}|{fold(item.name)}"
        seen[key] += 1
        if seen[key] > 1:
            key = f"{key}|{seen[key]}"
        lines.append(
            Line(
                key=key,
                name=item.name,
                owner_unit=owner.name if owner is not None else "",
                place=item.place,
                retention=item.retention,
                notes=item.owner,
                source=document.code,
            )
        )
    return lines


def manual_lines(register: RecordRegister | None) -> list[Line]:
    if register is None:
        return []
    return lines_from_manual(register.manual_records.order_by("order", "created_at"))


def lines_from_manual(entries) -> list[Line]:
    return [
        Line(
            key=f"manual:{entry.pk}",
            name=entry.name,
            owner_unit=entry.owner_unit,
            place=entry.place,
            retention=entry.retention,
            notes=entry.notes,
            manual_id=entry.pk,
        )
        for entry in entries
    ]


def current_lines(unit: Unit, register: RecordRegister | None) -> list[Line]:
    return procedure_lines(unit) + manual_lines(register)


def differences(register: RecordRegister | None, lines: list[Line]) -> Differences:
    """What changed since the register was established (nothing when it never was)."""
    result = Differences()
    if register is None or register.established_on is None:
        return result
    established = {row.get("key"): row for row in register.snapshot}
    current = {line.key: line for line in lines}
    for line in lines:
        row = established.get(line.key)
        if row is None:
            result.added.append(line)
            continue
        changes = {
            name: (str(row.get(name) or ""), getattr(line, name))
            for name in COMPARED_FIELDS
            if str(row.get(name) or "") != getattr(line, name)
        }
        if changes:
            result.changed[line.key] = changes
    result.removed = [row for key, row in established.items() if key not in current]
    return result


@dataclass
class UnitOverview:
    unit: Unit
    lines: int
    register: RecordRegister | None


def units_overview(agency: Agency, year: int, units: QuerySet[Unit]) -> list[UnitOverview]:
    """For each unit (a page of them): its number of lines today and its register of `year`.

    Three queries whatever the number of units: the agency's record items, the manual counts and
    the registers.
    """
    unit_list = list(units)
    items = effective_record_items(agency=agency).values_list(
        "owner_unit__path", "edition__document__owner_unit__path"
    )
    paths = [owner or document_owner or "" for owner, document_owner in items]
    registers = {
        register.unit_id: register
        for register in RecordRegister.objects.filter(unit__in=[u.pk for u in unit_list], year=year)
        .select_related("established_by")
        .annotate(manual_count=Count("manual_records"))
    }
    overview = []
    for unit in unit_list:
        register = registers.get(unit.pk)
        count = sum(1 for path in paths if path.startswith(unit.path))
        count += getattr(register, "manual_count", 0) if register is not None else 0
        overview.append(UnitOverview(unit, count, register))
    return overview


def years_of(agency: Agency) -> list[int]:
    return list(
        RecordRegister.objects.filter(agency=agency)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
