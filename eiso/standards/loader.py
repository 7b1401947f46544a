"""Load the editions of the standard, their clause trees and the mappings between editions from
the JSON files in `data/`. Idempotent: a second run changes nothing.

Clause files list `[number, title_vi, title_en, guidance_vi]` in reading order; the parent of a
clause is the clause whose number is its own without the last segment ("7.5.3" → "7.5"). A file
may name `inherit_guidance_from` another edition: clauses with empty guidance take the guidance
of the clause with the same number there. Clauses are never deleted by a reload (audits and
nonconformities point at them); a clause missing from its file is reported as stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from eiso.core import audit
from eiso.standards import events
from eiso.standards.models import Clause, ClauseMapping, StandardEdition

DATA_DIR = Path(__file__).resolve().parent / "data"
EDITION_FILES = ("tcvn-iso-9001-2008.json", "tcvn-iso-9001-2015.json", "iso-9001-2026.json")
MAPPING_FILES = ("mapping-2008-2015.json", "mapping-2015-2026.json")
EDITION_FIELDS = ("title", "title_en", "year", "status", "note")
CLAUSE_FIELDS = ("title_vi", "title_en", "guidance_vi", "parent_id", "depth", "order")


class StandardsDataError(ValueError):
    """A data file is malformed (unknown parent, duplicate number, unknown clause in a mapping)."""


@dataclass
class LoadResult:
    editions_created: int = 0
    editions_updated: int = 0
    clauses_created: int = 0
    clauses_updated: int = 0
    mappings_created: int = 0
    mappings_updated: int = 0
    stale_clauses: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(
            (
                self.editions_created,
                self.editions_updated,
                self.clauses_created,
                self.clauses_updated,
                self.mappings_created,
                self.mappings_updated,
            )
        )


def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def parent_number(number: str) -> str | None:
    return number.rsplit(".", 1)[0] if "." in number else None


@transaction.atomic
def load_standards(data_dir: Path | None = None) -> LoadResult:
    """Create or update every edition, clause and mapping of the data files."""
    directory = data_dir or DATA_DIR
    result = LoadResult()
    guidance_by_edition: dict[str, dict[str, str]] = {}
    for name in EDITION_FILES:
        data = _read(directory / name)
        _load_edition(data, result, guidance_by_edition)
    for name in MAPPING_FILES:
        _load_mappings(_read(directory / name), result)
    return result


def _load_edition(data: dict, result: LoadResult, guidance_by_edition: dict) -> None:
    values = {key: data.get(key, "") for key in EDITION_FIELDS}
    edition = StandardEdition.objects.filter(code=data["code"]).first()
    if edition is None:
        edition = StandardEdition.objects.create(code=data["code"], **values)
        result.editions_created += 1
        changed = True
    else:
        before = audit.snapshot(edition, EDITION_FIELDS)
        for key, value in values.items():
            setattr(edition, key, value)
        changed = audit.snapshot(edition, EDITION_FIELDS) != before
        if changed:
            edition.save()
            result.editions_updated += 1
    inherited = guidance_by_edition.get(data.get("inherit_guidance_from") or "", {})
    guidance = _load_clauses(edition, data["clauses"], inherited, result)
    guidance_by_edition[edition.code] = guidance
    if changed:
        audit.record(
            actor=None,
            action=events.EDITION_LOAD,
            obj=edition,
            changes={"clauses": [None, len(data["clauses"])]},
        )


def _load_clauses(edition, rows: list, inherited: dict[str, str], result: LoadResult) -> dict:
    existing = {clause.number: clause for clause in Clause.objects.filter(edition=edition)}
    seen: dict[str, Clause] = {}
    guidance: dict[str, str] = {}
    for order, row in enumerate(rows, start=1):
        number, title_vi, title_en, text = (str(part).strip() for part in row)
        if number in seen:
            raise StandardsDataError(f"{edition.code}: clause {number} listed twice")
        parent_no = parent_number(number)
        parent = seen.get(parent_no) if parent_no else None
        if parent_no and parent is None:
            raise StandardsDataError(f"{edition.code}: clause {number} before its parent")
        text = text or inherited.get(number, "")
        guidance[number] = text
        values = {
            "title_vi": title_vi,
            "title_en": title_en,
            "guidance_vi": text,
            "parent_id": parent.pk if parent else None,
            "depth": number.count("."),
            "order": order,
        }
        clause = existing.get(number)
        if clause is None:
            clause = Clause.objects.create(edition=edition, number=number, **values)
            result.clauses_created += 1
        elif any(getattr(clause, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(clause, key, value)
            clause.save(update_fields=[*CLAUSE_FIELDS, "updated_at"])
            result.clauses_updated += 1
        seen[number] = clause
    result.stale_clauses += [f"{edition.code} {n}" for n in sorted(set(existing) - set(seen))]
    return guidance


def _load_mappings(data: dict, result: LoadResult) -> None:
    source = {c.number: c for c in Clause.objects.filter(edition__code=data["from"])}
    target = {c.number: c for c in Clause.objects.filter(edition__code=data["to"])}
    existing = {
        (m.from_clause_id, m.to_clause_id): m
        for m in ClauseMapping.objects.filter(
            from_clause__edition__code=data["from"], to_clause__edition__code=data["to"]
        )
    }
    for from_no, to_no, note in data["pairs"]:
        if from_no not in source or to_no not in target:
            raise StandardsDataError(
                f"{data['from']} → {data['to']}: unknown clause {from_no} or {to_no}"
            )
        key = (source[from_no].pk, target[to_no].pk)
        mapping = existing.get(key)
        if mapping is None:
            mapping = ClauseMapping.objects.create(
                from_clause=source[from_no], to_clause=target[to_no], note=note
            )
            existing[key] = mapping
            result.mappings_created += 1
        elif mapping.note != note:
            mapping.note = note
            mapping.save(update_fields=["note", "updated_at"])
            result.mappings_updated += 1
