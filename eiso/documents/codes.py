"""Document codes from per-agency templates: "QT.{nn}" → QT.05, "BM.{nn}-{parent}" → BM.02-QT.05.

There is no national convention (DOMAIN.md §4); each agency sets its own templates per kind, the
defaults below follow the most common practice. The next free code is computed while the agency's
template row is locked (SELECT … FOR UPDATE), so two authors creating documents at once never get
the same code; the (agency, code) unique constraint is the last line of defence.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from eiso.core.errors import DomainError
from eiso.documents.models import CodeTemplate, Document, Kind

DEFAULT_TEMPLATES: dict[str, str] = {
    Kind.MANUAL: "STCL",
    Kind.POLICY: "CSCL",
    Kind.PROCEDURE_SYSTEM: "QT.{nn}",
    Kind.PROCEDURE_TTHC: "QT.{nn}",
    Kind.PROCEDURE_INTERNAL: "QT.{nn}",
    Kind.WORK_INSTRUCTION: "HD.{nn}",
    Kind.FORM: "BM.{nn}-{parent}",
    Kind.OTHER: "TL.{nn}",
}
PLACEHOLDERS = ("{n}", "{nn}", "{unit}", "{parent}")
_UNKNOWN = re.compile(r"\{(?!n\}|nn\}|unit\}|parent\})[^}]*\}")
MAX_NUMBER = 999


def validate_pattern(pattern: str) -> str:
    pattern = " ".join(str(pattern or "").split())
    if not pattern:
        raise DomainError(_("Enter a code template, e.g. QT.{nn}."), field="pattern")
    if len(pattern) > 60:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": 60}, field="pattern"
        )
    if _UNKNOWN.search(pattern):
        raise DomainError(
            _("Unknown placeholder; use {n}, {nn}, {unit} or {parent}."), field="pattern"
        )
    return pattern


def template_for(agency, kind: str, *, lock: bool = False) -> str:
    queryset = CodeTemplate.objects.filter(agency=agency, kind=kind)
    if lock:
        queryset = queryset.select_for_update()
    row = queryset.first()
    return row.pattern if row else DEFAULT_TEMPLATES.get(kind, "TL.{nn}")


def templates_of(agency) -> dict[str, str]:
    stored = dict(CodeTemplate.objects.filter(agency=agency).values_list("kind", "pattern"))
    return {kind: stored.get(kind, DEFAULT_TEMPLATES[kind]) for kind in Kind.values}


def fill(pattern: str, number: int, *, unit_symbol: str = "", parent_code: str = "") -> str:
    code = (
        pattern.replace("{nn}", f"{number:02d}")
        .replace("{n}", str(number))
        .replace("{unit}", unit_symbol)
        .replace("{parent}", parent_code)
    )
    # A form without a procedure, or a unit without an abbreviation: no dangling separators.
    return code.strip(" -./")


def next_free_code(agency, kind: str, *, unit=None, parent=None, lock: bool = False) -> str:
    """The first code of the template not yet used in the agency. `lock` only inside a transaction.

    A template without a number placeholder ("CSCL") yields itself; when taken, "-2", "-3"… follow.
    """
    if lock:
        # Serialise code allocation per agency and kind: the template row is the lock.
        CodeTemplate.objects.get_or_create(
            agency=agency, kind=kind, defaults={"pattern": DEFAULT_TEMPLATES.get(kind, "TL.{nn}")}
        )
    pattern = template_for(agency, kind, lock=lock)
    unit_symbol = (unit.symbol if unit is not None else "") or ""
    parent_code = parent.code if parent is not None else ""
    used = set(Document.objects.filter(agency=agency).values_list("code", flat=True))
    if "{n}" not in pattern and "{nn}" not in pattern:
        base = fill(pattern, 0, unit_symbol=unit_symbol, parent_code=parent_code)
        if base not in used:
            return base
        return next(f"{base}-{i}" for i in range(2, MAX_NUMBER + 2) if f"{base}-{i}" not in used)
    for number in range(1, MAX_NUMBER + 1):
        code = fill(pattern, number, unit_symbol=unit_symbol, parent_code=parent_code)
        if code not in used:
            return code
    raise DomainError(_("No free code is left for this template."), field="code")
