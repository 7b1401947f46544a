"""What changed between two editions: sections side by side, steps and records row by row."""

from __future__ import annotations

from dataclasses import dataclass, field

from eiso.documents.flowchart import duration_text
from eiso.documents.models import Edition
from eiso.documents.services.documents import EDITION_CONTENT_FIELDS


@dataclass
class Row:
    label: str
    left: str
    right: str

    @property
    def changed(self) -> bool:
        return self.left != self.right

    @property
    def status(self) -> str:
        if not self.changed:
            return "same"
        if not self.left:
            return "added"
        if not self.right:
            return "removed"
        return "changed"


@dataclass
class Comparison:
    left: Edition
    right: Edition
    sections: list[Row] = field(default_factory=list)
    steps: list[Row] = field(default_factory=list)
    records: list[Row] = field(default_factory=list)
    references: list[Row] = field(default_factory=list)

    def only_changes(self) -> Comparison:
        return Comparison(
            left=self.left,
            right=self.right,
            sections=[row for row in self.sections if row.changed],
            steps=[row for row in self.steps if row.changed],
            records=[row for row in self.records if row.changed],
            references=[row for row in self.references if row.changed],
        )

    @property
    def change_count(self) -> int:
        return sum(
            row.changed for row in self.sections + self.steps + self.records + self.references
        )


def _step_text(step) -> str:
    parts = [step.task, step.responsible, duration_text(step), step.output]
    return " · ".join(part for part in parts if part)


def _record_text(record) -> str:
    return " · ".join(part for part in (record.owner, record.place, record.retention) if part)


def _pair_by_key(left: dict[str, str], right: dict[str, str]) -> list[Row]:
    keys = list(dict.fromkeys([*left, *right]))
    return [Row(key, left.get(key, ""), right.get(key, "")) for key in keys]


def compare(left: Edition, right: Edition) -> Comparison:
    """Both editions with their rows prefetched (selectors.edition_detail)."""
    result = Comparison(left=left, right=right)
    for name in EDITION_CONTENT_FIELDS:
        label = str(getattr(Edition._meta.get_field(name), "verbose_name", name))
        row = Row(label[:1].upper() + label[1:], getattr(left, name), getattr(right, name))
        if row.left or row.right:
            result.sections.append(row)
    result.steps = _pair_by_key(
        {f"B{s.order}": _step_text(s) for s in left.steps.all()},
        {f"B{s.order}": _step_text(s) for s in right.steps.all()},
    )
    result.records = _pair_by_key(
        {r.name: _record_text(r) for r in left.records.all()},
        {r.name: _record_text(r) for r in right.records.all()},
    )
    refs_left = {str(c.external_document): "✓" for c in left.citations.all()}
    refs_left.update({str(d): "✓" for d in left.referenced_documents.all()})
    refs_right = {str(c.external_document): "✓" for c in right.citations.all()}
    refs_right.update({str(d): "✓" for d in right.referenced_documents.all()})
    result.references = _pair_by_key(refs_left, refs_right)
    return result
