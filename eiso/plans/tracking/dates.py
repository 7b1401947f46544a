"""Due dates of tracked work in working days, and the periods of recurring tasks.

The effective due date of a piece of work (a task, an agency's share, an occurrence):

- "Trước <date>", a date range, "Theo quy định" with a known date: that date (the end of the
  range); when it is not a working day the deadline moves to the NEXT working day (the civil-code
  rule for a time limit ending on a day off, Bộ luật Dân sự 2015 art. 148);
- a month, a quarter, a recurring task without rhythm bounded by an end date, and every
  occurrence of a recurring task: the LAST working day of the period;
- "Theo quy định" without a date and "Thường xuyên" without rhythm nor end date (ongoing work):
  none (never overdue).

Work is overdue when it is not done and at least one working day has passed since its effective
due date (`working_days_between(due, today) >= 1`), so nothing turns overdue during Tết or over a
weekend. It is "due soon" from `EISO_PLAN_REMINDER_DAYS` working days before the due date.

`Thresholds` turns these rules into plain date comparisons (so lists can filter and count in SQL):
with L the latest working day on or before today and W the working day before L,
a forward-moved due date is overdue iff `due <= W`; a period end is overdue iff `due < L`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from eiso.core import calendar
from eiso.plans.models import Rhythm, TimeframeKind
from eiso.plans.timeframes import month_bounds, quarter_bounds

DEFAULT_REMINDER_DAYS = 3
# Kinds whose due date is the end of a period (moved back to its last working day).
PERIOD_KINDS = (TimeframeKind.MONTH, TimeframeKind.QUARTER, TimeframeKind.RECURRING)
# Kinds whose due date is a deadline (moved forward to the next working day).
DEADLINE_KINDS = (TimeframeKind.BEFORE, TimeframeKind.RANGE, TimeframeKind.REGULATORY)


def reminder_days() -> int:
    return int(getattr(settings, "EISO_PLAN_REMINDER_DAYS", DEFAULT_REMINDER_DAYS))


def last_working_day_on_or_before(day: dt.date, *, province=None) -> dt.date:
    if calendar.is_working_day(day, province=province):
        return day
    return calendar.subtract_working_days(day, 1, province=province)


def first_working_day_on_or_after(day: dt.date, *, province=None) -> dt.date:
    if calendar.is_working_day(day, province=province):
        return day
    return calendar.next_working_day(day, province=province)


def effective_due(kind: str, due: dt.date | None, *, province=None) -> dt.date | None:
    """The working day by which the work must be done (see the module docstring)."""
    if due is None:
        return None
    if kind in PERIOD_KINDS:
        return last_working_day_on_or_before(due, province=province)
    return first_working_day_on_or_after(due, province=province)


def working_days_late(due: dt.date | None, today: dt.date, *, province=None) -> int:
    """Working days passed since the effective due date (0 when not late)."""
    if due is None or today <= due:
        return 0
    return max(0, calendar.working_days_between(due, today, province=province))


def is_overdue(due: dt.date | None, today: dt.date, *, province=None) -> bool:
    return working_days_late(due, today, province=province) >= 1


def reminder_from(due: dt.date, *, province=None, days: int | None = None) -> dt.date:
    """The day the "due soon" reminder is sent: N working days before the due date."""
    return calendar.subtract_working_days(
        due, reminder_days() if days is None else days, province=province
    )


@dataclass(frozen=True)
class Thresholds:
    """Date limits of one day, for filtering in SQL (see the module docstring)."""

    today: dt.date
    latest_working: dt.date  # L
    previous_working: dt.date  # W
    horizon: dt.date  # the N-th working day after today: due on or before it = due soon
    after_horizon: dt.date  # the working day after the horizon

    @classmethod
    def for_day(cls, today: dt.date | None = None, *, province=None, days: int | None = None):
        today = today or timezone.localdate()
        latest = last_working_day_on_or_before(today, province=province)
        horizon = calendar.add_working_days(
            today, reminder_days() if days is None else days, province=province
        )
        return cls(
            today=today,
            latest_working=latest,
            previous_working=calendar.subtract_working_days(latest, 1, province=province),
            horizon=horizon,
            after_horizon=calendar.next_working_day(horizon, province=province),
        )

    def overdue_q(self, prefix: str = "", *, kind_field: str = "timeframe_kind") -> Q:
        """Open work whose due date has passed by at least one working day.

        `prefix` reaches the task from the model filtered ("task__" for assignments); the due
        date compared is the model's own `due_date` (annotated `next_due` for tasks)."""
        return self._due_q(
            prefix, kind_field, forward_max=self.previous_working, period_lt=self.latest_working
        )

    def due_soon_q(self, prefix: str = "", *, kind_field: str = "timeframe_kind") -> Q:
        """Open work due within the reminder horizon that is not overdue yet."""
        within = self._due_q(
            prefix, kind_field, forward_max=self.horizon, period_lt=self.after_horizon
        )
        return within & ~self.overdue_q(prefix, kind_field=kind_field)

    def _due_q(self, prefix, kind_field, *, forward_max, period_lt) -> Q:
        kind = f"{prefix}{kind_field}"
        return Q(**{f"{kind}__in": DEADLINE_KINDS, "due_on__lte": forward_max}) | Q(
            **{f"{kind}__in": PERIOD_KINDS, "due_on__lt": period_lt}
        )


# Occurrences of recurring tasks -------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date
    end: dt.date


_HALF_LABELS = ("6 tháng đầu năm", "6 tháng cuối năm")
_ROMAN = ("I", "II", "III", "IV")


def _year_periods(rhythm: str, year: int) -> list[Period]:
    if rhythm == Rhythm.MONTHLY:
        return [Period(f"Tháng {m}/{year}", *month_bounds(year, m)) for m in range(1, 13)]
    if rhythm == Rhythm.QUARTERLY:
        return [
            Period(f"Quý {_ROMAN[q - 1]}/{year}", *quarter_bounds(year, q)) for q in range(1, 5)
        ]
    if rhythm == Rhythm.HALF_YEARLY:
        return [
            Period(f"{_HALF_LABELS[0]} {year}", dt.date(year, 1, 1), dt.date(year, 6, 30)),
            Period(f"{_HALF_LABELS[1]} {year}", dt.date(year, 7, 1), dt.date(year, 12, 31)),
        ]
    if rhythm == Rhythm.YEARLY:
        return [Period(f"Năm {year}", dt.date(year, 1, 1), dt.date(year, 12, 31))]
    return []


def occurrence_periods(
    rhythm: str, year: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[Period]:
    """The periods of a recurring task in the plan year, clipped to [start, end] when given.

    A period cut by the bounds keeps its label and ends at the bound."""
    first = max(start or dt.date(year, 1, 1), dt.date(year, 1, 1))
    last = min(end or dt.date(year, 12, 31), dt.date(year, 12, 31))
    periods = []
    for period in _year_periods(rhythm, year):
        if period.end < first or period.start > last:
            continue
        periods.append(Period(period.label, max(period.start, first), min(period.end, last)))
    return periods
