"""Working-day arithmetic pinned to the real 2026 Vietnamese calendar."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from eiso.core import calendar
from eiso.core.calendar import (
    add_working_days,
    add_working_hours,
    is_working_day,
    subtract_working_days,
    working_days_between,
    working_days_in_month,
    working_hours_between,
)
from eiso.core.models import CalendarException

D = dt.date


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


@pytest.fixture(autouse=True)
def _fresh_calendar_cache():
    calendar.invalidate_cache()
    yield
    calendar.invalidate_cache()


# The package (holidays 0.108) gives every 2026 decision; these pins fail if that ever changes.
@pytest.mark.parametrize(
    "day",
    [
        D(2026, 1, 1),
        *[D(2026, 2, d) for d in range(16, 21)],  # Tết Bính Ngọ, Monday to Friday
        D(2026, 4, 27),  # Giỗ Tổ Hùng Vương falls on Sunday 26/04: Monday off instead
        D(2026, 4, 30),
        D(2026, 5, 1),
        D(2026, 8, 31),  # Monday off, worked on Saturday 22/08 instead
        D(2026, 9, 1),
        D(2026, 9, 2),
        D(2026, 11, 24),  # Ngày Văn hóa Việt Nam, a holiday from 2026
    ],
)
@pytest.mark.django_db
def test_2026_public_holidays_are_days_off(day):
    assert not is_working_day(day)


@pytest.mark.django_db
def test_weekends_are_off_except_the_compensatory_saturday():
    assert is_working_day(D(2026, 2, 13))  # Friday before Tết
    assert not is_working_day(D(2026, 2, 14))  # Saturday
    assert not is_working_day(D(2026, 4, 26))  # Sunday (Giỗ Tổ)
    assert is_working_day(D(2026, 8, 22))  # Saturday worked in exchange for Monday 31/08
    assert not is_working_day(D(2026, 8, 29))
    assert is_working_day(D(2026, 11, 23)) and is_working_day(D(2026, 11, 25))


@pytest.mark.django_db
def test_add_working_days_counts_from_the_next_working_day():
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)  # Friday before Tết → Monday after
    assert add_working_days(D(2026, 2, 12), 2) == D(2026, 2, 23)
    assert add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 9)  # ordinary Friday → Monday
    assert add_working_days(D(2026, 3, 7), 1) == D(2026, 3, 9)  # received on Saturday
    assert add_working_days(D(2026, 3, 9), 0) == D(2026, 3, 9)
    # Friday 24/04 + 5: 27/04, 30/04 and 01/05 are off → Tue 28, Wed 29, Mon 4, Tue 5, Wed 6 May.
    assert add_working_days(D(2026, 4, 24), 5) == D(2026, 5, 6)
    assert add_working_days(D(2026, 8, 21), 1) == D(2026, 8, 22)  # the working Saturday
    assert add_working_days(D(2026, 8, 28), 1) == D(2026, 9, 3)
    assert add_working_days(D(2026, 11, 23), 1) == D(2026, 11, 25)
    assert add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)  # 01/01/2027 is a holiday


@pytest.mark.django_db
def test_subtract_is_the_inverse_of_add():
    assert subtract_working_days(D(2026, 2, 23), 1) == D(2026, 2, 13)
    assert subtract_working_days(D(2026, 5, 6), 5) == D(2026, 4, 24)
    assert subtract_working_days(D(2026, 9, 3), 1) == D(2026, 8, 28)
    for n in (0, 1, 7, 40):
        start = D(2026, 2, 10)
        assert working_days_between(start, add_working_days(start, n)) == n


@pytest.mark.django_db
def test_negative_or_fractional_day_counts_are_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2026, 3, 9), -1)
    with pytest.raises(ValueError):
        subtract_working_days(D(2026, 3, 9), 1.5)


@pytest.mark.django_db
def test_working_days_between_and_per_month():
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 23)) == 1
    assert working_days_between(D(2026, 2, 23), D(2026, 2, 13)) == -1
    assert working_days_between(D(2026, 3, 9), D(2026, 3, 9)) == 0
    # February 2026: 20 weekdays, 5 of them Tết.
    assert working_days_in_month(2026, 2) == 15
    assert working_days_in_month(2026, 8) == 21  # 21 weekdays − 31/08 + Saturday 22/08
    assert working_days_in_month(2026, 9) == 20  # 22 weekdays − 01/09 − 02/09
    # 2026: 261 weekdays − 13 weekday holidays + 1 working Saturday.
    assert working_days_between(D(2025, 12, 31), D(2026, 12, 31)) == 249


@pytest.mark.django_db
def test_add_working_hours_skips_lunch_nights_weekends_and_holidays():
    tuesday = D(2026, 3, 10)
    assert add_working_hours(at(tuesday, 11), 2) == at(tuesday, 14)  # across the lunch break
    assert add_working_hours(at(tuesday, 13), 4) == at(tuesday, 17)  # ends at 17:00, not next day
    assert add_working_hours(at(tuesday, 12, 30), 1) == at(tuesday, 14)  # starts after lunch
    assert add_working_hours(at(tuesday, 7), 1) == at(tuesday, 9)  # before office hours
    assert add_working_hours(at(tuesday, 10), days=0.5) == at(tuesday, 15)  # half a day = 4 h
    assert add_working_hours(at(tuesday, 9), days=1) == at(D(2026, 3, 11), 9)
    assert add_working_hours(at(tuesday, 9, 15), 1.25) == at(tuesday, 10, 30)
    # Friday before Tết, 15:00 + 4 h: 2 h on Friday, 2 h on Monday 23/02 after the holiday.
    assert add_working_hours(at(D(2026, 2, 13), 15), 4) == at(D(2026, 2, 23), 10)
    # Friday 24/04 16:00 + 1.5 days (12 h): 1 h Friday, 8 h Tue 28/04, 3 h Wed 29/04.
    assert add_working_hours(at(D(2026, 4, 24), 16), days=1.5) == at(D(2026, 4, 29), 11)
    assert add_working_hours(at(tuesday, 20), 0) == at(tuesday, 20)
    with pytest.raises(ValueError):
        add_working_hours(at(tuesday, 9), -1)


@pytest.mark.django_db
def test_add_working_hours_accepts_naive_and_utc_datetimes():
    naive = dt.datetime(2026, 3, 10, 11, 0)
    assert add_working_hours(naive, 2) == at(D(2026, 3, 10), 14)
    utc = dt.datetime(2026, 3, 10, 4, 0, tzinfo=dt.UTC)  # 11:00 in Hà Nội
    assert add_working_hours(utc, 2) == at(D(2026, 3, 10), 14)


@pytest.mark.django_db
def test_working_hours_between():
    tuesday = D(2026, 3, 10)
    assert working_hours_between(at(tuesday, 11), at(tuesday, 14)) == 2
    assert working_hours_between(at(tuesday, 14), at(tuesday, 11)) == -2
    assert working_hours_between(at(tuesday, 18), at(D(2026, 3, 11), 7)) == 0
    assert working_hours_between(at(D(2026, 2, 13), 15), at(D(2026, 2, 23), 10)) == 4
    assert working_hours_between(at(tuesday, 8), at(D(2026, 3, 17), 8)) == 40
    assert working_hours_between(at(tuesday, 9, 30), at(tuesday, 10)) == 0.5


@pytest.mark.django_db
def test_working_hours_come_from_settings(settings):
    settings.EISO_WORKING_HOURS = [("07:30", "11:30"), ("13:30", "16:30")]
    tuesday = D(2026, 3, 10)
    assert calendar.hours_per_day() == 7
    assert add_working_hours(at(tuesday, 11), 1) == at(tuesday, 14)
    assert add_working_hours(at(tuesday, 7, 30), days=1) == at(tuesday, 16, 30)
    assert add_working_hours(at(tuesday, 8), days=1) == at(D(2026, 3, 11), 8)


@pytest.mark.django_db
def test_exceptions_change_the_calendar_and_province_rows_override(world):
    saturday, monday = D(2026, 3, 14), D(2026, 3, 16)
    CalendarException.objects.create(
        date=saturday, kind=CalendarException.Kind.WORKING_DAY, note="Làm bù"
    )
    CalendarException.objects.create(
        date=monday, kind=CalendarException.Kind.DAY_OFF, note="Nghỉ thêm"
    )
    assert is_working_day(saturday) and not is_working_day(monday)
    # The province keeps Monday as a working day and does not work that Saturday.
    CalendarException.objects.create(
        date=monday, kind=CalendarException.Kind.WORKING_DAY, province=world.province, note="x"
    )
    CalendarException.objects.create(
        date=saturday, kind=CalendarException.Kind.DAY_OFF, province=world.province, note="y"
    )
    assert is_working_day(monday, province=world.province)
    assert is_working_day(monday, province=world.province.pk)
    assert not is_working_day(saturday, province=str(world.province.pk))
    assert not is_working_day(monday, province=world.other_province)
    assert is_working_day(saturday, province=world.other_province)
    assert add_working_days(D(2026, 3, 13), 1) == saturday
    assert add_working_days(D(2026, 3, 13), 1, province=world.province) == monday


@pytest.mark.django_db
def test_a_province_can_restore_a_package_holiday_as_working_day(world):
    CalendarException.objects.create(
        date=D(2026, 11, 24), kind="working_day", province=world.province, note="x"
    )
    assert is_working_day(D(2026, 11, 24), province=world.province)
    assert not is_working_day(D(2026, 11, 24))


@pytest.mark.django_db
def test_one_query_per_year_and_scope_then_cached(world):
    with CaptureQueriesContext(connection) as first:
        assert add_working_days(D(2026, 1, 5), 100) == D(2026, 6, 4)
    assert len(first.captured_queries) == 1
    with CaptureQueriesContext(connection) as again:
        add_working_days(D(2026, 1, 5), 100)
        working_days_between(D(2026, 1, 1), D(2026, 12, 31))
    assert len(again.captured_queries) == 0
    with CaptureQueriesContext(connection) as across_years:
        add_working_days(D(2026, 12, 1), 100, province=world.province)
    assert len(across_years.captured_queries) == 2  # 2026 and 2027 for the province


@pytest.mark.django_db
def test_a_changed_exception_is_seen_at_once_and_the_cache_refreshes():
    day = D(2026, 3, 16)
    assert is_working_day(day)
    exception = CalendarException.objects.create(date=day, kind="day_off", note="Nghỉ")
    assert not is_working_day(day)
    exception.kind = CalendarException.Kind.WORKING_DAY
    exception.save()
    assert is_working_day(day)
    exception.delete()
    CalendarException.objects.create(date=D(2026, 3, 21), kind="working_day", note="Làm bù")
    assert is_working_day(D(2026, 3, 21))


@pytest.mark.django_db
def test_cache_entries_expire(settings):
    settings.EISO_CALENDAR_CACHE_SECONDS = 0
    assert is_working_day(D(2026, 3, 16))
    # A row written without signals (e.g. by another process) is seen once the entry expires.
    CalendarException.objects.bulk_create(
        [CalendarException(date=D(2026, 3, 16), kind="day_off", note="x")]
    )
    assert not is_working_day(D(2026, 3, 16))
