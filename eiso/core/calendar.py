"""The working-day calendar: deadlines in working days and step times in working hours.

A date is a working day when it is a weekday that is not a public holiday, or when an exception
says it is. The sources, in order of precedence (later wins):

1. Saturdays and Sundays are days off, Monday–Friday are working days.
2. Vietnamese public holidays from the `holidays` package (VN), including the days off and the
   compensatory working Saturdays it knows from government decisions (e.g. 31/08/2026 off,
   Saturday 22/08/2026 worked in exchange).
3. Nationwide `CalendarException` rows (`working_day` / `day_off`).
4. Province `CalendarException` rows, for calculations made for that province.

Conventions (the deadline rule of administrative procedures):

- `add_working_days(start, n)`: counting starts on the working day after `start`, so a dossier
  received on Friday with a one-working-day time limit is due on Monday; `n == 0` returns `start`.
- `working_days_between(start, end)`: the working days after `start` up to and including `end`
  (negative when `end` is before `start`), so `working_days_between(d, add_working_days(d, n)) == n`.
- Working hours are `settings.EISO_WORKING_HOURS` (08:00–12:00 and 13:00–17:00 by default, in
  `settings.TIME_ZONE`). A working day is the sum of those periods (8 hours). Adding working hours
  that end exactly at the end of a period returns that end (17:00, not 08:00 the next morning).

Performance: each (year, province) calendar is built once — the package's holidays plus ONE query
for that year's exceptions — and kept in a module-level cache. Saving or deleting an exception
clears the cache in this process and bumps a version in Django's cache so that other processes
sharing that cache rebuild too; entries also expire after `EISO_CALENDAR_CACHE_SECONDS` as a
backstop for processes that do not share a cache.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from eiso.core.models import CalendarException

DEFAULT_WORKING_HOURS = (("08:00", "12:00"), ("13:00", "17:00"))
VERSION_CACHE_KEY = "eiso:calendar:version"
# A calendar can never have this many consecutive days off; guards against a broken exception set.
_MAX_CONSECUTIVE_DAYS_OFF = 366

ProvinceRef = Any  # a Province, its UUID (or string form), or None for the nationwide calendar
DateLike = dt.date | dt.datetime


# Package holidays -------------------------------------------------------------------------------


@lru_cache(maxsize=128)
def _package_calendar(year: int, language: str):
    import holidays  # imported lazily: loading it takes a noticeable fraction of a second

    return holidays.country_holidays("VN", years=year, language=language)


def package_holidays(year: int, *, language: str = "vi") -> dict[dt.date, str]:
    """Public holidays (and decided days off) of `year` from the `holidays` package, by date."""
    return dict(sorted(_package_calendar(year, language).items()))


def package_working_weekend_days(year: int) -> frozenset[dt.date]:
    """Saturdays/Sundays the package knows were decided to be worked (compensatory days)."""
    workdays: set[dt.date] = getattr(_package_calendar(year, "vi"), "weekend_workdays", set())
    return frozenset(day for day in workdays if day.year == year)


# One year's calendar ----------------------------------------------------------------------------


@dataclass(frozen=True)
class YearCalendar:
    """Which dates of one year depart from the Monday–Friday rule, for one scope."""

    year: int
    days_off: frozenset[dt.date]  # holidays and extra days off (any weekday)
    working_days: frozenset[dt.date]  # weekend days or holidays decided to be worked

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5


def _exception_rows(year: int, province_id: uuid.UUID | None) -> list[tuple[dt.date, str, bool]]:
    """(date, kind, is_province_row) of the year's exceptions for the scope: one query."""
    scope = Q(province__isnull=True)
    if province_id is not None:
        scope |= Q(province_id=province_id)
    rows = CalendarException.objects.filter(scope, date__year=year).values_list(
        "date", "kind", "province_id"
    )
    return [(day, kind, pid is not None) for day, kind, pid in rows]


def build_year_calendar(year: int, province_id: uuid.UUID | None = None) -> YearCalendar:
    """Build (uncached) the calendar of `year` for a province or, with None, the whole country."""
    days_off = set(package_holidays(year))
    working_days = set(package_working_weekend_days(year))
    # Nationwide rows first so that a province row for the same date overrides them.
    for day, kind, _is_province in sorted(_exception_rows(year, province_id), key=lambda r: r[2]):
        if kind == CalendarException.Kind.DAY_OFF:
            days_off.add(day)
            working_days.discard(day)
        else:
            working_days.add(day)
            days_off.discard(day)
    return YearCalendar(year, frozenset(days_off), frozenset(working_days))


# Cache ------------------------------------------------------------------------------------------

_cache_lock = threading.Lock()
_year_cache: dict[tuple[int, uuid.UUID | None], tuple[YearCalendar, int, float]] = {}


def _shared_version() -> int:
    return cache.get(VERSION_CACHE_KEY, 0)


def _cache_seconds() -> float:
    return float(getattr(settings, "EISO_CALENDAR_CACHE_SECONDS", 300))


def invalidate_cache() -> None:
    """Forget every cached year here and tell other processes (through Django's cache)."""
    with _cache_lock:
        _year_cache.clear()
    try:
        cache.incr(VERSION_CACHE_KEY)
    except ValueError:
        cache.set(VERSION_CACHE_KEY, 1, None)


def _invalidate_on_change(sender, **kwargs) -> None:
    # Now, for the rest of this transaction, and again after commit, in case another thread
    # rebuilt a year from the not-yet-committed state in between.
    invalidate_cache()
    transaction.on_commit(invalidate_cache)


post_save.connect(_invalidate_on_change, sender=CalendarException, dispatch_uid="eiso_cal_save")
post_delete.connect(_invalidate_on_change, sender=CalendarException, dispatch_uid="eiso_cal_del")


def year_calendar(year: int, province: ProvinceRef = None) -> YearCalendar:
    """The cached calendar of `year` for the scope (built on first use)."""
    return _Resolver(province).year(year)


class _Resolver:
    """Looks years up in the cache for one calculation (one shared-version read per call)."""

    def __init__(self, province: ProvinceRef):
        self.province_id = province_id_of(province)
        self.version = _shared_version()
        self._years: dict[int, YearCalendar] = {}

    def year(self, year: int) -> YearCalendar:
        found = self._years.get(year)
        if found is None:
            found = self._years[year] = self._cached(year)
        return found

    def _cached(self, year: int) -> YearCalendar:
        key = (year, self.province_id)
        now = time.monotonic()
        with _cache_lock:
            entry = _year_cache.get(key)
        if entry is not None and entry[1] == self.version and entry[2] > now:
            return entry[0]
        calendar = build_year_calendar(year, self.province_id)
        with _cache_lock:
            _year_cache[key] = (calendar, self.version, now + _cache_seconds())
        return calendar

    def is_working_day(self, day: dt.date) -> bool:
        return self.year(day.year).is_working_day(day)

    def step(self, day: dt.date, direction: int) -> dt.date:
        """The nearest working day strictly after (direction 1) or before (-1) `day`."""
        one = dt.timedelta(days=direction)
        for _ in range(_MAX_CONSECUTIVE_DAYS_OFF):
            day += one
            if self.is_working_day(day):
                return day
        raise ValueError(f"No working day within {_MAX_CONSECUTIVE_DAYS_OFF} days of {day}.")


def province_id_of(province: ProvinceRef) -> uuid.UUID | None:
    if province is None or province == "":
        return None
    if isinstance(province, uuid.UUID):
        return province
    if hasattr(province, "pk"):
        return province.pk
    return uuid.UUID(str(province))


def _as_date(value: DateLike) -> dt.date:
    if isinstance(value, dt.datetime):
        return _local(value).date()
    return value


def _check_count(n: int) -> None:
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError("The number of working days must be an integer ≥ 0.")


# Days -------------------------------------------------------------------------------------------


def is_working_day(day: DateLike, *, province: ProvinceRef = None) -> bool:
    """True when `day` is a working day nationwide or, with `province`, in that province."""
    return _Resolver(province).is_working_day(_as_date(day))


def next_working_day(day: DateLike, *, province: ProvinceRef = None) -> dt.date:
    """The first working day strictly after `day`."""
    return _Resolver(province).step(_as_date(day), 1)


def add_working_days(start: DateLike, n: int, *, province: ProvinceRef = None) -> dt.date:
    """The n-th working day after `start` (counting starts the next working day; n ≥ 0).

    add_working_days(Friday 13/02/2026, 1) == Monday 23/02/2026 (Tết 16–20/02 is off).
    """
    _check_count(n)
    resolver = _Resolver(province)
    day = _as_date(start)
    for _ in range(n):
        day = resolver.step(day, 1)
    return day


def subtract_working_days(start: DateLike, n: int, *, province: ProvinceRef = None) -> dt.date:
    """The n-th working day before `start` (the inverse of `add_working_days`; n ≥ 0)."""
    _check_count(n)
    resolver = _Resolver(province)
    day = _as_date(start)
    for _ in range(n):
        day = resolver.step(day, -1)
    return day


def working_days_between(start: DateLike, end: DateLike, *, province: ProvinceRef = None) -> int:
    """Working days after `start` up to and including `end`; negative when `end` < `start`."""
    first, last = _as_date(start), _as_date(end)
    if last < first:
        return -working_days_between(last, first, province=province)
    resolver = _Resolver(province)
    count = 0
    day = first + dt.timedelta(days=1)
    while day <= last:
        count += resolver.is_working_day(day)
        day += dt.timedelta(days=1)
    return count


def working_days_in(days: Iterable[dt.date], *, province: ProvinceRef = None) -> list[dt.date]:
    """The working days among `days` (e.g. the days of a month)."""
    resolver = _Resolver(province)
    return [day for day in days if resolver.is_working_day(day)]


def working_days_in_month(year: int, month: int, *, province: ProvinceRef = None) -> int:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    days = (first + dt.timedelta(days=i) for i in range((following - first).days))
    return len(working_days_in(days, province=province))


# Hours ------------------------------------------------------------------------------------------


def _parse_time(value: str | dt.time) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)


def working_periods() -> list[tuple[dt.time, dt.time]]:
    """The working periods of a day, from `settings.EISO_WORKING_HOURS`, in order."""
    raw = getattr(settings, "EISO_WORKING_HOURS", DEFAULT_WORKING_HOURS)
    periods = sorted((_parse_time(a), _parse_time(b)) for a, b in raw)
    if not periods or any(a >= b for a, b in periods):
        raise ValueError("EISO_WORKING_HOURS must list (start, end) periods with start < end.")
    return periods


def _seconds(start: dt.time, end: dt.time) -> int:
    return (
        (end.hour - start.hour) * 3600
        + (end.minute - start.minute) * 60
        + (end.second - start.second)
    )


def hours_per_day() -> Decimal:
    """Working hours in one working day (8 by default)."""
    return Decimal(sum(_seconds(a, b) for a, b in working_periods())) / 3600


def _local(value: dt.datetime) -> dt.datetime:
    if timezone.is_naive(value):
        return timezone.make_aware(value)
    return timezone.localtime(value)


def _day_periods(day: dt.date, tzinfo) -> list[tuple[dt.datetime, dt.datetime]]:
    return [
        (dt.datetime.combine(day, a, tzinfo), dt.datetime.combine(day, b, tzinfo))
        for a, b in working_periods()
    ]


def add_working_hours(
    start: dt.datetime,
    hours: float | Decimal | int = 0,
    *,
    days: float | Decimal | int = 0,
    province: ProvinceRef = None,
) -> dt.datetime:
    """The moment `hours` (+ `days` × hours_per_day) working hours after `start`.

    Fractional values are allowed (0.5 day = 4 h). A start outside working time counts from the
    next working period. Naive datetimes are taken as local time; the result is local time.
    """
    total = Decimal(str(hours)) + Decimal(str(days)) * hours_per_day()
    if total < 0:
        raise ValueError("Working hours to add must be ≥ 0.")
    current = _local(start)
    remaining = int((total * 3600).to_integral_value())
    if remaining == 0:
        return current
    resolver = _Resolver(province)
    day = current.date()
    for _ in range(_MAX_CONSECUTIVE_DAYS_OFF + remaining // 3600 + 1):
        if resolver.is_working_day(day):
            for begin, end in _day_periods(day, current.tzinfo):
                if end <= current:
                    continue
                available = int((end - max(begin, current)).total_seconds())
                if remaining <= available:
                    return max(begin, current) + dt.timedelta(seconds=remaining)
                remaining -= available
        day += dt.timedelta(days=1)
    raise ValueError("Working hours could not be placed in the calendar.")


def working_hours_between(
    start: dt.datetime, end: dt.datetime, *, province: ProvinceRef = None
) -> float:
    """Working hours from `start` to `end` (negative when `end` is before `start`)."""
    first, last = _local(start), _local(end)
    if last < first:
        return -working_hours_between(last, first, province=province)
    resolver = _Resolver(province)
    seconds = 0
    day = first.date()
    while day <= last.date():
        if resolver.is_working_day(day):
            for begin, finish in _day_periods(day, first.tzinfo):
                overlap = (min(finish, last) - max(begin, first)).total_seconds()
                seconds += max(0, int(overlap))
        day += dt.timedelta(days=1)
    return seconds / 3600
