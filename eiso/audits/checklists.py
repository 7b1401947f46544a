"""Building a checklist: questions from the bank for the clauses in scope, and one question per step
of the audited units' procedures.

The bank (`data/question_bank.json`) is keyed by TCVN ISO 9001:2015 clause number and written in
our own words. A clause of another edition is looked up through the standards app's clause
mappings to 2015. A chapter ("7") expands to the bank entries of its clauses ("7.1" … "7.5"); a
clause without an entry of its own ("7.1.2") takes its parent's ("7.1").

Order of the generated items: unit by unit (in the order of the organisation tree), first the
clause questions (in clause order), then the procedure steps of the procedures the unit owns.
Procedures in scope owned by no audited unit come last, without a unit.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

BANK_PATH = Path(__file__).resolve().parent / "data" / "question_bank.json"
BANK_EDITION_YEAR = 2015


@cache
def question_bank() -> dict[str, tuple[str, ...]]:
    with BANK_PATH.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return {key: tuple(value) for key, value in raw.items() if not key.startswith("_")}


def questions_for_number(number: str) -> list[tuple[str, str]]:
    """(bank key, question) pairs for one 2015 clause number."""
    bank = question_bank()
    if number in bank:
        return [(number, q) for q in bank[number]]
    prefix = number + "."
    children = [
        key for key in bank if key.startswith(prefix) and key.count(".") == prefix.count(".")
    ]
    if children:
        children.sort(key=_number_key)
        return [(key, q) for key in children for q in bank[key]]
    parts = number.split(".")
    while len(parts) > 1:
        parts.pop()
        parent = ".".join(parts)
        if parent in bank:
            return [(parent, q) for q in bank[parent]]
    return []


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in number.split("."))


@dataclass(frozen=True)
class Draft:
    """One item to create."""

    question: str
    source: str
    unit_id: uuid.UUID | None = None
    clause_id: uuid.UUID | None = None
    procedure_id: uuid.UUID | None = None
    procedure_ref: str = ""


def _bank_numbers(clause, mapped: dict) -> list[str]:
    """The 2015 clause numbers whose questions apply to `clause`."""
    if clause.edition.year == BANK_EDITION_YEAR:
        return [clause.number]
    return sorted(mapped.get(clause.pk, ()), key=_number_key)


def _mapped_to_2015(clauses) -> dict:
    """{clause id: {2015 numbers}} through the standards app's mappings (either direction)."""
    from eiso.standards.models import ClauseMapping

    ids = [c.pk for c in clauses if c.edition.year != BANK_EDITION_YEAR]
    if not ids:
        return {}
    result: dict = {}
    outgoing = ClauseMapping.objects.filter(
        from_clause_id__in=ids, to_clause__edition__year=BANK_EDITION_YEAR
    ).values_list("from_clause_id", "to_clause__number")
    incoming = ClauseMapping.objects.filter(
        to_clause_id__in=ids, from_clause__edition__year=BANK_EDITION_YEAR
    ).values_list("to_clause_id", "from_clause__number")
    for clause_id, number in [*outgoing, *incoming]:
        result.setdefault(clause_id, set()).add(number)
    return result


def clause_questions(clauses) -> list[tuple[Any, str]]:
    """(clause, question) for every clause in scope, in clause order, no duplicate question."""
    clauses = sorted(clauses, key=lambda c: (c.order, _number_key(c.number)))
    mapped = _mapped_to_2015(clauses)
    pairs: list[tuple[Any, str]] = []
    seen: set[str] = set()
    for clause in clauses:
        for number in _bank_numbers(clause, mapped):
            for _key, question in questions_for_number(number):
                if question not in seen:
                    seen.add(question)
                    pairs.append((clause, question))
    return pairs


def step_question(document, step) -> str:
    duration = ""
    if step.duration is not None:
        duration = " " + _("(time allowed: %(value)s %(unit)s)") % {
            "value": f"{step.duration.normalize():f}",
            "unit": step.get_duration_unit_display(),
        }
    output = (" " + _("Output: %(output)s.") % {"output": step.output}) if step.output else ""
    return (
        _(
            "Step %(order)s — %(task)s: is it carried out as the procedure says "
            "(responsible: %(responsible)s)%(duration)s?"
        )
        % {
            "order": step.order,
            "task": " ".join(step.task.split()).rstrip("."),
            "responsible": step.responsible or "—",
            "duration": duration,
        }
        + output
    )


def procedure_steps(document) -> list:
    """The steps of the procedure's effective edition (its latest edition if none is effective)."""
    from eiso.audits.links import procedure_steps as steps_of

    edition = document.effective_edition or document.latest_edition
    if edition is None:
        return []
    return steps_of(edition)


def build(audit) -> list[Draft]:
    """The items a fresh checklist of `audit` gets (nothing is saved here)."""
    units = sorted(
        audit.units.all(), key=lambda u: (u.agency_id != audit.programme.agency_id, u.path)
    )
    clauses = list(audit.clauses.select_related("edition"))
    procedures = list(
        audit.procedures.select_related("effective_edition", "latest_edition").order_by("code")
    )
    questions = clause_questions(clauses)
    drafts: list[Draft] = []
    unit_ids = {u.pk for u in units}
    for unit in units:
        drafts.extend(
            Draft(question, "bank", unit_id=unit.pk, clause_id=clause.pk)
            for clause, question in questions
        )
        for document in procedures:
            if document.owner_unit_id == unit.pk:
                drafts.extend(_step_drafts(document, unit.pk))
    for document in procedures:
        if document.owner_unit_id not in unit_ids:
            drafts.extend(_step_drafts(document, None))
    return drafts


def _step_drafts(document, unit_id) -> list[Draft]:
    return [
        Draft(
            step_question(document, step),
            "procedure",
            unit_id=unit_id,
            procedure_id=document.pk,
            procedure_ref=(
                _("%(code)s — step %(order)s") % {"code": document.code, "order": step.order}
            )[:300],
        )
        for step in procedure_steps(document)
    ]
