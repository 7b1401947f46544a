"""Periods of objectives: a calendar year, or a school year (1 September – 31 August).

`year` is always the year the period starts in: school year 2025–2026 is year 2025.
Measurement slots split a period by the frequency (a quarter of a school year is Sep–Nov, …);
a measurement is due on the last day of its slot.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from eiso.objectives.models import FREQUENCY_MONTHS

SCHOOL_YEAR_START_MONTH = 9


@dataclass(frozen=True)
class Period:
    year: int
    start: dt.date
    end: dt.date
    school_year: bool

    @property
    def label(self) -> str:
        if self.school_year:
            return f"{self.year}–{self.year + 1}"
        return str(self.year)


def period_for(agency, year: int) -> Period:
    if agency.school_year_objectives:
        return Period(
            year,
            dt.date(year, SCHOOL_YEAR_START_MONTH, 1),
            dt.date(year + 1, SCHOOL_YEAR_START_MONTH - 1, 31),
            True,
        )
    return Period(year, dt.date(year, 1, 1), dt.date(year, 12, 31), False)


def current_year(agency, today: dt.date) -> int:
    """The year of the period containing `today`."""
    if agency.school_year_objectives and today.month < SCHOOL_YEAR_START_MONTH:
        return today.year - 1
    return today.year


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def slots(start: dt.date, end: dt.date, frequency: str) -> list[tuple[dt.date, dt.date]]:
    """The measurement slots of a period: (first day, due day) pairs covering it."""
    step = FREQUENCY_MONTHS.get(frequency, 12)
    result = []
    slot_start = start
    while slot_start <= end:
        slot_end = min(_add_months(slot_start, step) - dt.timedelta(days=1), end)
        result.append((slot_start, slot_end))
        slot_start = slot_end + dt.timedelta(days=1)
    return result


def next_due(objective, today: dt.date) -> dt.date | None:
    """The due day of the first slot not yet covered by a measurement, None when all are.

    A slot is covered when the latest measurement is dated in it or later; slots that ended
    before the latest measurement count as covered (values are cumulative readings).
    """
    latest = objective.latest_measured_on
    for slot_start, slot_end in slots(
        objective.period_start, objective.period_end, objective.frequency
    ):
        if latest is not None and latest >= slot_start:
            continue
        return slot_end
    return None


def shift_year(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
