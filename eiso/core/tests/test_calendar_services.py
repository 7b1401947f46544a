"""Calendar services: permissions, validation, scope changes and seeding known decisions."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from eiso.core import calendar
from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent, CalendarException
from eiso.core.workdays import services
from eiso.core.workdays.decisions import KNOWN_DECISIONS

D = dt.date


@pytest.mark.django_db
def test_services_check_permission_before_anything(personas):
    w = personas.world
    for persona in ("dost", "iso", "head", "staff", "other_province", "anonymous"):
        with pytest.raises(PermissionDenied):
            services.calendar_exception_create(
                actor=personas[persona],
                date=D(2026, 3, 16),
                kind="day_off",
                note="x",
                province=w.province,
            )
    with pytest.raises(PermissionDenied):  # the nation belongs to the global administrator
        services.calendar_exception_create(
            actor=personas.province_admin, date=D(2026, 3, 16), kind="day_off", note="x"
        )
    assert not CalendarException.objects.exists() and not AuditEvent.objects.exists()


@pytest.mark.django_db
def test_moving_an_exception_needs_both_scopes(personas):
    w = personas.world
    exception = services.calendar_exception_create(
        actor=personas.admin, date=D(2026, 3, 16), kind="day_off", note="x", province=w.province
    )
    with pytest.raises(PermissionDenied):
        services.calendar_exception_update(
            actor=personas.province_admin,
            exception=exception,
            date=exception.date,
            kind="day_off",
            note="x",
            province=None,
        )
    services.calendar_exception_update(
        actor=personas.admin,
        exception=exception,
        date=D(2026, 3, 17),
        kind="day_off",
        note="x",
        province=w.other_province,
    )
    exception.refresh_from_db()
    assert (exception.date, exception.province) == (D(2026, 3, 17), w.other_province)
    event = AuditEvent.objects.get(action="calendar_exception.update")
    assert event.changes == {
        "date": ["2026-03-16", "2026-03-17"],
        "province": ["Tỉnh Hưng Yên", "Tỉnh Hà Nội"],
    }
    assert not calendar.is_working_day(D(2026, 3, 17), province=w.other_province)
    assert calendar.is_working_day(D(2026, 3, 16), province=w.province)


@pytest.mark.django_db
def test_an_unchanged_save_writes_no_event(personas):
    exception = services.calendar_exception_create(
        actor=personas.admin, date=D(2026, 3, 16), kind="day_off", note="x"
    )
    services.calendar_exception_update(
        actor=personas.admin, exception=exception, date=D(2026, 3, 16), kind="day_off", note=" x "
    )
    assert AuditEvent.objects.filter(action="calendar_exception.update").count() == 0


INVALID = [
    (D(2026, 3, 16), "holiday", "x", "kind", "Chọn ngày này là ngày làm việc hay ngày nghỉ."),
    (D(2026, 3, 16), "day_off", "   ", "note", "Nêu lý do"),
    (D(2026, 3, 16), "day_off", "x" * 256, "note", "Ghi chú quá dài"),
    (D(1999, 3, 16), "day_off", "x", "date", "Ngày phải nằm trong khoảng từ 2000 đến 2100."),
    (D(2026, 3, 16), "working_day", "x", "kind", "16/03/2026 đã là ngày làm việc tại cả nước"),
    (D(2026, 3, 14), "day_off", "x", "kind", "14/03/2026 đã là ngày nghỉ"),
    (D(2026, 2, 17), "day_off", "x", "kind", "17/02/2026 đã là ngày nghỉ"),  # Tết
    (D(2026, 8, 22), "working_day", "x", "kind", "22/08/2026 đã là ngày làm việc"),
]


@pytest.mark.django_db
def test_validation_names_the_field_in_vietnamese(personas):
    for day, kind, note, field, message in INVALID:
        with pytest.raises(DomainError) as error:
            services.calendar_exception_create(actor=personas.admin, date=day, kind=kind, note=note)
        assert error.value.field == field, (day, kind, note)
        assert message in str(error.value.message)
    assert not CalendarException.objects.exists()


@pytest.mark.django_db
def test_province_rows_are_judged_against_the_nationwide_calendar(personas):
    w = personas.world
    admin = personas.admin
    services.calendar_exception_create(actor=admin, date=D(2026, 3, 16), kind="day_off", note="x")
    # Nationwide day off: the province may keep it as a working day, not "add" it as a day off.
    with pytest.raises(DomainError):
        services.calendar_exception_create(
            actor=admin, date=D(2026, 3, 16), kind="day_off", note="x", province=w.province
        )
    services.calendar_exception_create(
        actor=admin, date=D(2026, 3, 16), kind="working_day", note="x", province=w.province
    )
    with pytest.raises(DomainError) as duplicate:
        services.calendar_exception_create(
            actor=admin, date=D(2026, 3, 16), kind="working_day", note="y", province=w.province
        )
    assert duplicate.value.field == "date"
    assert "Đã có ngày điều chỉnh vào ngày 16/03/2026 cho Tỉnh Hưng Yên" in str(
        duplicate.value.message
    )


@pytest.mark.django_db
def test_seed_adds_nothing_the_package_already_has(personas):
    out = StringIO()
    call_command("seed_calendar", stdout=out)
    assert "0 nationwide exception(s) added, 14 decision(s)" in out.getvalue()
    assert not CalendarException.objects.exists()


@pytest.mark.django_db
def test_seed_fills_what_an_older_package_lacks_once(personas, monkeypatch):
    real_holidays = calendar.package_holidays
    missing = {D(2026, 8, 31), D(2026, 11, 24)}

    def older_package(year, *, language="vi"):
        return {d: n for d, n in real_holidays(year, language=language).items() if d not in missing}

    monkeypatch.setattr(calendar, "package_holidays", older_package)
    monkeypatch.setattr(calendar, "package_working_weekend_days", lambda year: frozenset())
    calendar.invalidate_cache()
    assert calendar.is_working_day(D(2026, 8, 31))
    added, covered = services.seed_known_decisions(decisions=KNOWN_DECISIONS)
    assert {(e.date, e.kind) for e in added} == {
        (D(2026, 8, 22), "working_day"),
        (D(2026, 8, 31), "day_off"),
        (D(2026, 11, 24), "day_off"),
    }
    assert covered == len(KNOWN_DECISIONS) - 3
    assert all(e.province is None and e.created_by is None for e in added)
    assert AuditEvent.objects.filter(action="calendar_exception.create", actor=None).count() == 3
    assert not calendar.is_working_day(D(2026, 8, 31))
    assert calendar.is_working_day(D(2026, 8, 22))
    assert calendar.add_working_days(D(2026, 8, 28), 1) == D(2026, 9, 3)
    # Running it again (every demo start) adds nothing and keeps an administrator's correction.
    CalendarException.objects.filter(date=D(2026, 11, 24)).update(note="Sửa bởi quản trị")
    assert services.seed_known_decisions(decisions=KNOWN_DECISIONS)[0] == []
    assert CalendarException.objects.get(date=D(2026, 11, 24)).note == "Sửa bởi quản trị"
