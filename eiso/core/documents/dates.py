"""Dates and numbers written the NĐ 30/2020 way.

NĐ 30/2020/NĐ-CP Appendix I, II.3–4: "đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2
phải ghi thêm số 0 phía trước" — days below 10 and the months January and February take a leading
zero ("ngày 07 tháng 02 năm 2022", "ngày 05 tháng 3 năm 2026"); document numbers below 10 take a
leading zero too ("Số: 05/KH-UBND").
"""

from __future__ import annotations

from datetime import date

from django.utils import translation
from django.utils.translation import pgettext

from .labels import DOCUMENT_LANGUAGE

# Width of the blank left for a number or date the clerk writes in by hand.
BLANK = "\u00a0" * 6


def nd30_day(day: int) -> str:
    return f"{day:02d}"


def nd30_month(month: int) -> str:
    return f"{month:02d}" if month < 3 else str(month)


def vietnamese_date_line(place: str, on: date | None, *, year: int | None = None) -> str:
    """'Hưng Yên, ngày 07 tháng 02 năm 2022'. Without a date the day and month stay blank."""
    if on is None:
        values = {"day": BLANK, "month": BLANK, "year": str(year) if year else BLANK}
    else:
        values = {"day": nd30_day(on.day), "month": nd30_month(on.month), "year": str(on.year)}
    with translation.override(DOCUMENT_LANGUAGE):
        words = pgettext("official document", "day %(day)s month %(month)s year %(year)s") % values
    return f"{place.strip()}, {words}" if place.strip() else words[:1].upper() + words[1:]


def short_date(on: date | None) -> str:
    """dd/mm/yyyy, as used when a document cites another ("ngày 07/02/2022")."""
    return on.strftime("%d/%m/%Y") if on else ""


def format_number_symbol(number: int | None, *codes: str) -> str:
    """'187/KH-SGDĐT' from (187, "KH", "SGDĐT"); numbers below 10 get a leading zero.

    The codes are joined with hyphens and upper-cased (NĐ 30: "ký hiệu in hoa … giữa các nhóm chữ
    viết tắt có dấu gạch nối, không cách chữ"). Without a number the space is left blank.
    """
    if number is not None and number < 1:
        raise ValueError("Document numbers start at 1")
    symbol = "-".join(code.strip().upper().replace(" ", "") for code in codes if code.strip())
    shown = BLANK if number is None else f"{number:02d}"
    return f"{shown}/{symbol}" if symbol else shown


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman_numeral(number: int) -> str:
    """Roman numerals for level-1 headings and appendix numbers (1 → "I", 14 → "XIV")."""
    if number < 1:
        raise ValueError("Roman numerals start at 1")
    parts = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)
