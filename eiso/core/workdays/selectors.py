"""Reads of the working-day calendar, scoped to what the user may see."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _

from eiso.core import calendar
from eiso.core.models import CalendarException
from eiso.core.workdays.permissions import visible_exceptions

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class MonthSummary:
    month: int
    days: int
    working_days: int

    @property
    def days_off(self) -> int:
        return self.days - self.working_days


@dataclass(frozen=True)
class Holiday:
    date: dt.date
    name: str
    is_working_day: bool  # in this scope, after exceptions
    compensatory: bool = False  # a weekend day worked in exchange for a day off


def holiday_language() -> str:
    """The `holidays` package language matching the user's: Vietnamese or US English."""
    return "vi" if (translation.get_language() or "vi").startswith("vi") else "en_US"


def month_summaries(year: int, province_id: uuid.UUID | None) -> list[MonthSummary]:
    """Days and working days per month of `year` in the scope (at most one query)."""
    year_calendar = calendar.year_calendar(year, province_id)
    summaries = []
    for month in range(1, 13):
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        days = [first + dt.timedelta(days=i) for i in range((following - first).days)]
        working = sum(1 for day in days if year_calendar.is_working_day(day))
        summaries.append(MonthSummary(month=month, days=len(days), working_days=working))
    return summaries


def package_holidays_of(year: int, province_id: uuid.UUID | None) -> list[Holiday]:
    """The `holidays` package's days off and compensatory working days of `year`, by date.

    Names are in the user's language (Vietnamese or English).
    """
    year_calendar = calendar.year_calendar(year, province_id)
    days = [
        Holiday(date=day, name=name, is_working_day=year_calendar.is_working_day(day))
        for day, name in calendar.package_holidays(year, language=holiday_language()).items()
    ]
    days += [
        Holiday(
            date=day,
            name=_("Compensatory working day"),
            is_working_day=year_calendar.is_working_day(day),
            compensatory=True,
        )
        for day in calendar.package_working_weekend_days(year)
    ]
    return sorted(days, key=lambda holiday: holiday.date)


def exceptions_for_year(
    user, year: int, province_id: uuid.UUID | None
) -> QuerySet[CalendarException]:
    """The year's exceptions the user sees; with a province, those applying to that province."""
    exceptions = visible_exceptions(user).filter(date__year=year)
    if province_id is not None:
        exceptions = exceptions.filter(Q(province__isnull=True) | Q(province_id=province_id))
    return exceptions.select_related("province", "created_by").order_by("date", "province__name")


def get_exception_for_user_or_404(user, pk) -> CalendarException:
    try:
        return visible_exceptions(user).select_related("province").get(pk=pk)
    except CalendarException.DoesNotExist as missing:
        raise Http404 from missing


def parse_year(value: str | None, default: int) -> int:
    """A year from the query string, or `default` when absent or out of range."""
    try:
        year = int(value or default)
    except (TypeError, ValueError):
        return default
    return year if MIN_YEAR <= year <= MAX_YEAR else default


def load_exception_for_history(user, object_id: str) -> CalendarException | None:
    """History loader ("Lịch sử"): the exception if the user may see it, else None."""
    try:
        return visible_exceptions(user).select_related("province").get(pk=uuid.UUID(object_id))
    except (ValueError, CalendarException.DoesNotExist):
        return None
