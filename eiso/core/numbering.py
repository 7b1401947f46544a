"""Số, ký hiệu of outgoing documents (NĐ 30/2020/NĐ-CP Art. 15 and Appendix I).

Numbers run per agency, per calendar year and per document type, restart at 1 on 1 January and
are written with a leading zero below 10 ("05/QĐ-UBND"). The symbol is
`<type abbreviation>-<agency abbreviation>` ("187/KH-SGDĐT"), optionally followed by the drafting
unit ("KH-SGDĐT-VP"); a công văn has no type abbreviation: `<agency>-<drafting unit>`
("123/SGDĐT-VP"). The agency abbreviation is `Agency.symbol`, configurable per agency.

Uniqueness under concurrency: the `NumberSequence` row of (agency, year, type) is locked with
SELECT … FOR UPDATE inside the transaction that issues the number and records it in
`IssuedNumber`; on SQLite the transaction itself is IMMEDIATE (settings), which serialises writers.
Numbers are contiguous: an issue that rolls back gives its number back with the sequence update.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.core.models import IssuedNumber, NumberSequence

NUMBER_ISSUE = "number.issue"

audit.register_actions({NUMBER_ISSUE: _("Issued document number")})


class DocType(models.TextChoices):
    """Document types and their abbreviations (NĐ 30/2020 Appendix III)."""

    DECISION = "QĐ", _("Decision")  # Quyết định
    PLAN = "KH", _("Plan")  # Kế hoạch
    REPORT = "BC", _("Report")  # Báo cáo
    ANNOUNCEMENT = "TB", _("Announcement")  # Thông báo
    SUBMISSION = "TTr", _("Submission")  # Tờ trình
    GUIDANCE = "HD", _("Guidance")  # Hướng dẫn
    PROGRAMME = "CTr", _("Programme")  # Chương trình
    RULES = "QyĐ", _("Rules")  # Quy định
    REGULATION = "QC", _("Regulation")  # Quy chế
    MINUTES = "BB", _("Minutes")  # Biên bản
    OFFICIAL_LETTER = "CV", _("Official letter")  # Công văn (no type code in the symbol)


@dataclass(frozen=True)
class NumberPreview:
    number: int
    symbol: str


def format_number(number: int) -> str:
    """'05' below 10, otherwise the plain number ('187')."""
    return f"{number:02d}"


def format_symbol(number: int, *, doc_type: str, agency_symbol: str, unit_symbol: str = "") -> str:
    """'187/KH-SGDĐT', 'KH-SGDĐT-VP' with a unit, '123/SGDĐT-VP' for a công văn."""
    parts = [] if doc_type == DocType.OFFICIAL_LETTER else [doc_type]
    parts.append(agency_symbol)
    if unit_symbol:
        parts.append(unit_symbol)
    return f"{format_number(number)}/{'-'.join(parts)}"


def _validate(agency, doc_type: str) -> None:
    if doc_type not in DocType.values:
        raise DomainError(_("Unknown document type."), field="doc_type")
    if not (agency.symbol or "").strip():
        raise DomainError(
            _("The agency has no abbreviation for document symbols; set it first."),
            field="agency",
        )


def _year_of(issued_on: dt.date | None) -> int:
    return (issued_on or timezone.localdate()).year


def _unit_symbol(unit) -> str:
    return (getattr(unit, "symbol", "") or "").strip() if unit is not None else ""


@transaction.atomic
def issue_number(
    *,
    actor,
    agency,
    doc_type: str,
    issued_on: dt.date | None = None,
    summary: str = "",
    obj: models.Model | None = None,
    unit=None,
) -> IssuedNumber:
    """Take the next number of (agency, year of `issued_on`, doc_type) and register it.

    Call it inside the service that issues the document (it joins that transaction), after the
    service has checked the actor's permission: this function does not authorise. `unit` is the
    drafting unit whose abbreviation ends the symbol (required in practice for a công văn).
    """
    _validate(agency, doc_type)
    year = _year_of(issued_on)
    key = {"agency": agency, "year": year, "doc_type": doc_type}
    # Creating the row may race with another first issuer; get_or_create retries the read
    # after the unique constraint rejects the second insert.
    NumberSequence.objects.get_or_create(**key)
    sequence = NumberSequence.objects.select_for_update().get(**key)
    sequence.last_number += 1
    sequence.save(update_fields=["last_number"])
    symbol = format_symbol(
        sequence.last_number,
        doc_type=doc_type,
        agency_symbol=agency.symbol.strip(),
        unit_symbol=_unit_symbol(unit),
    )
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    issued = IssuedNumber.objects.create(
        agency=agency,
        year=year,
        doc_type=doc_type,
        number=sequence.last_number,
        symbol=symbol,
        summary=summary[:500],
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        issued_by=actor if is_user else None,
    )
    audit.record(
        actor=actor,
        action=NUMBER_ISSUE,
        obj=issued,
        changes=audit.created({"symbol": symbol, "summary": issued.summary}),
        agency_id=agency.pk,
        province_id=agency.province_id,
    )
    return issued


def peek_next_number(agency, doc_type: str, year: int | None = None, *, unit=None) -> NumberPreview:
    """The number the next issue would get, for display only (no lock: it may be taken first)."""
    _validate(agency, doc_type)
    year = year or _year_of(None)
    last = (
        NumberSequence.objects.filter(agency=agency, year=year, doc_type=doc_type)
        .values_list("last_number", flat=True)
        .first()
    ) or 0
    number = last + 1
    symbol = format_symbol(
        number,
        doc_type=doc_type,
        agency_symbol=agency.symbol.strip(),
        unit_symbol=_unit_symbol(unit),
    )
    return NumberPreview(number=number, symbol=symbol)


def issued_numbers_for(obj: models.Model):
    """Numbers registered for one object (e.g. a plan issued and re-issued)."""
    return IssuedNumber.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
