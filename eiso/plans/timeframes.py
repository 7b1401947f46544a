"""The "Thời gian thực hiện" column: composing it from a task's fields and parsing it back.

Forms found in published plans (seed 002 and others): "Trước 10/02/2022", "Trước 25/8/2022",
"Từ 01/6 đến 30/7/2022", "Từ 01/03/2022 đến 30/06/2022", "Tháng 01/8 đến 15/9/2022" (a range
written with "Tháng"), "Tháng 3/2022", "Quý II/2022", "Thường xuyên", "Thường xuyên (hằng
quý)", "Hằng tháng", "Theo quy định". A date without a year takes the year of the date after
it, or the plan year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from eiso.plans.models import Rhythm, TimeframeKind

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
ROMAN_OF = {value: key for key, value in ROMAN.items()}
RHYTHM_WORDS = {
    Rhythm.MONTHLY: "hằng tháng",
    Rhythm.QUARTERLY: "hằng quý",
    Rhythm.HALF_YEARLY: "6 tháng",
    Rhythm.YEARLY: "hằng năm",
}
_RHYTHM_PATTERNS = (
    (re.compile(r"h[ằà]ng tháng|mỗi tháng|monthly"), Rhythm.MONTHLY),
    (re.compile(r"h[ằà]ng quý|mỗi quý|quarterly"), Rhythm.QUARTERLY),
    (re.compile(r"6 tháng|sáu tháng|nửa năm|half"), Rhythm.HALF_YEARLY),
    (re.compile(r"h[ằà]ng năm|mỗi năm|yearly"), Rhythm.YEARLY),
)
_DATE = r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"
_BEFORE = re.compile(rf"^(?:trước|truoc|chậm nhất|hạn)\s*(?:ngày\s*)?{_DATE}$")
_RANGE = re.compile(rf"^(?:từ|tháng)\s*(?:ngày\s*)?{_DATE}\s*(?:đến|-|–)\s*(?:ngày\s*)?{_DATE}$")
_MONTH = re.compile(r"^tháng\s*(\d{1,2})\s*/\s*(\d{4})$")
_QUARTER = re.compile(r"^quý\s*(IV|III|II|I|[1-4])\s*/\s*(\d{4})$", re.IGNORECASE)


class TimeframeError(ValueError):
    """The text is not a timeframe this module understands (message in the active language)."""


@dataclass(frozen=True)
class Timeframe:
    kind: str
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    rhythm: str = ""
    regulation: str = ""
    label: str = ""  # the text as written, kept when composing would print it differently


def _d(value: dt.date) -> str:
    return f"{value:%d/%m/%Y}"


def compose_parts(
    kind: str,
    start: dt.date | None,
    due: dt.date | None,
    rhythm: str = "",
) -> str:
    if kind == TimeframeKind.BEFORE and due:
        return f"Trước {_d(due)}"
    if kind == TimeframeKind.RANGE and start and due:
        return f"Từ {_d(start)} đến {_d(due)}"
    if kind == TimeframeKind.MONTH and (start or due):
        month = start or due
        return f"Tháng {month.month}/{month.year}"
    if kind == TimeframeKind.QUARTER and (start or due):
        day = start or due
        return f"Quý {ROMAN_OF[(day.month - 1) // 3 + 1]}/{day.year}"
    if kind == TimeframeKind.RECURRING:
        return f"Thường xuyên ({RHYTHM_WORDS[rhythm]})" if rhythm else "Thường xuyên"
    if kind == TimeframeKind.REGULATORY:
        return "Theo quy định"
    return ""


def compose(task) -> str:
    """The printed text of a task's timeframe fields."""
    return compose_parts(task.timeframe_kind, task.start_date, task.due_date, task.rhythm)


def _date(day: str, month: str, year: str | None, default_year: int) -> dt.date:
    try:
        return dt.date(int(year) if year else default_year, int(month), int(day))
    except ValueError:
        raise TimeframeError(
            _('"%(text)s" is not a valid date.') % {"text": f"{day}/{month}/{year or ''}"}
        ) from None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_bounds(year, first + 2)[1]


def _rhythm_of(text: str) -> str:
    for pattern, rhythm in _RHYTHM_PATTERNS:
        if pattern.search(text):
            return rhythm
    return ""


def _parse_dated(low: str, year: int) -> Timeframe | None:
    if match := _BEFORE.match(low):
        day, month, y = match.groups()
        return Timeframe(TimeframeKind.BEFORE, due_date=_date(day, month, y, year))
    if match := _RANGE.match(low):
        d1, m1, y1, d2, m2, y2 = match.groups()
        due = _date(d2, m2, y2, year)
        start = _date(d1, m1, y1, due.year)
        if start > due:
            raise TimeframeError(_("The end date is before the start date."))
        return Timeframe(TimeframeKind.RANGE, start_date=start, due_date=due)
    if match := _MONTH.match(low):
        month, y = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise TimeframeError(_("There is no month %(month)s.") % {"month": month})
        start, due = month_bounds(y, month)
        return Timeframe(TimeframeKind.MONTH, start_date=start, due_date=due)
    if match := _QUARTER.match(low):
        raw = match.group(1).upper()
        quarter = ROMAN.get(raw) or int(raw)
        start, due = quarter_bounds(int(match.group(2)), quarter)
        return Timeframe(TimeframeKind.QUARTER, start_date=start, due_date=due)
    return None


def parse(text: str, *, year: int) -> Timeframe:
    """Parse a "Thời gian thực hiện" text; `year` is used for dates written without one."""
    original = " ".join((text or "").split())
    if not original:
        raise TimeframeError(_("The timeframe is empty."))
    low = original.lower().rstrip(".;")
    timeframe = _parse_dated(low, year)
    if timeframe is None:
        if low.startswith("thường xuyên") or (_rhythm_of(low) and len(low) < 30):
            timeframe = Timeframe(TimeframeKind.RECURRING, rhythm=_rhythm_of(low))
        elif low.startswith("theo quy định"):
            rest = original[len("Theo quy định") :].strip(" ,:()")
            timeframe = Timeframe(TimeframeKind.REGULATORY, regulation=rest)
        else:
            raise TimeframeError(
                _(
                    'The timeframe "%(text)s" is not understood; write e.g. "Trước 10/02/2022", '
                    '"Từ 01/03/2022 đến 30/06/2022", "Tháng 3/2022", "Quý II/2022", '
                    '"Thường xuyên" or "Theo quy định".'
                )
                % {"text": original}
            )
    composed = compose_parts(
        timeframe.kind, timeframe.start_date, timeframe.due_date, timeframe.rhythm
    )
    label = "" if composed == original else original
    return Timeframe(
        timeframe.kind,
        timeframe.start_date,
        timeframe.due_date,
        timeframe.rhythm,
        timeframe.regulation,
        label,
    )


def shift_year(day: dt.date | None, years: int) -> dt.date | None:
    """The same day `years` later; 29/02 becomes 28/02 in a non-leap year."""
    if day is None:
        return None
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def shift_label(label: str, years: int) -> str:
    """Move every four-digit year in a printed timeframe by `years` ("Trước 30/9/2022" →
    "Trước 30/9/2023"; "29/02/2024" → "28/02/2025")."""

    def leap_fix(match: re.Match) -> str:
        year = int(match.group(2)) + years
        prefix = match.group(1)
        if prefix in ("29/02/", "29/2/") and not calendar.isleap(year):
            prefix = "28/02/" if prefix == "29/02/" else "28/2/"
        return f"{prefix}{year}"

    return re.sub(r"(\d{1,2}/\d{1,2}/|/|\b)((?:19|20)\d{2})\b", leap_fix, label)
