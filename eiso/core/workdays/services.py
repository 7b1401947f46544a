"""Writes of the working-day calendar: add, edit and delete exceptions, each with its audit event.

The calendar cache is cleared by the model signals in `eiso.core.calendar` (now and on commit).
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import IntegrityError, transaction
from django.utils import formats
from django.utils.translation import gettext as _

from eiso.core import audit, calendar
from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import CalendarException
from eiso.core.workdays import events
from eiso.core.workdays.permissions import can_manage_scope
from eiso.core.workdays.selectors import MAX_YEAR, MIN_YEAR

AUDITED_FIELDS = ("date", "kind", "province", "note")
Kind = CalendarException.Kind


def _province_id(province) -> uuid.UUID | None:
    return calendar.province_id_of(province)


def _scope_name(province) -> str:
    return str(province) if province is not None else _("the whole country")


def _national_row_kind(day: dt.date, exclude_pk) -> str | None:
    row = CalendarException.objects.filter(date=day, province__isnull=True).exclude(pk=exclude_pk)
    return row.values_list("kind", flat=True).first()


def _is_working_without(day: dt.date, province_id, exclude_pk) -> bool:
    """Whether `day` would be a working day in the scope without this row (and its own scope)."""
    if day in calendar.package_working_weekend_days(day.year):
        working = True
    elif day in calendar.package_holidays(day.year):
        working = False
    else:
        working = day.weekday() < 5
    if province_id is not None:
        national = _national_row_kind(day, exclude_pk)
        if national is not None:
            working = national == Kind.WORKING_DAY
    return working


def _validate(*, day, kind, note, province, exclude_pk=None) -> str:
    """Check the values; return the cleaned note. Raises DomainError naming the field."""
    if kind not in Kind.values:
        raise DomainError(_("Choose whether the date is a working day or a day off."), field="kind")
    note = (note or "").strip()
    if not note:
        raise DomainError(_("Say why (e.g. the decision that sets this day)."), field="note")
    if len(note) > 255:
        raise DomainError(_("The note is too long (at most 255 characters)."), field="note")
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DomainError(
            _("The date must be between %(first)s and %(last)s.")
            % {"first": MIN_YEAR, "last": MAX_YEAR},
            field="date",
        )
    province_id = _province_id(province)
    duplicate = CalendarException.objects.filter(date=day)
    if province_id is None:
        duplicate = duplicate.filter(province__isnull=True)
    else:
        duplicate = duplicate.filter(province_id=province_id)
    if duplicate.exclude(pk=exclude_pk).exists():
        raise DomainError(_duplicate_message(day, province), field="date")
    working = _is_working_without(day, province_id, exclude_pk)
    if working and kind == Kind.WORKING_DAY:
        message = _("%(date)s is already a working day in %(scope)s; nothing to record.")
    elif not working and kind == Kind.DAY_OFF:
        message = _("%(date)s is already a day off in %(scope)s; nothing to record.")
    else:
        return note
    raise DomainError(message % {"date": _date(day), "scope": _scope_name(province)}, field="kind")


def _date(day: dt.date) -> str:
    return formats.date_format(day, "d/m/Y")


def _duplicate_message(day: dt.date, province) -> str:
    return _("There is already an exception on %(date)s for %(scope)s: edit that one instead.") % {
        "date": _date(day),
        "scope": _scope_name(province),
    }


def _save(exception: CalendarException) -> None:
    """Save; a duplicate created concurrently is reported like any duplicate."""
    try:
        with transaction.atomic():
            exception.save()
    except IntegrityError as clash:
        raise DomainError(
            _duplicate_message(exception.date, exception.province), field="date"
        ) from clash


def _check(actor, province) -> None:
    if not can_manage_scope(actor, _province_id(province)):
        raise PermissionDenied()


@transaction.atomic
def calendar_exception_create(
    *, actor, date: dt.date, kind: str, note: str, province=None
) -> CalendarException:
    """Add a working day or a day off for the whole country (province None) or one province."""
    _check(actor, province)
    return _create(actor=actor, date=date, kind=kind, note=note, province=province)


def _create(*, actor, date, kind, note, province) -> CalendarException:
    note = _validate(day=date, kind=kind, note=note, province=province)
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    exception = CalendarException(
        date=date, kind=kind, note=note, province=province, created_by=actor if is_user else None
    )
    _save(exception)
    audit.record(
        actor=actor,
        action=events.CALENDAR_EXCEPTION_CREATE,
        obj=exception,
        changes=audit.created(audit.snapshot(exception, AUDITED_FIELDS)),
    )
    return exception


@transaction.atomic
def calendar_exception_update(
    *, actor, exception: CalendarException, date: dt.date, kind: str, note: str, province=None
) -> CalendarException:
    """Change an exception; the actor must manage both its current and its new scope."""
    _check(actor, exception.province)
    _check(actor, province)
    note = _validate(day=date, kind=kind, note=note, province=province, exclude_pk=exception.pk)
    before = audit.snapshot(exception, AUDITED_FIELDS)
    exception.date, exception.kind, exception.note = date, kind, note
    exception.province = province
    _save(exception)
    changes = audit.diff(before, audit.snapshot(exception, AUDITED_FIELDS))
    if changes:
        audit.record(
            actor=actor, action=events.CALENDAR_EXCEPTION_UPDATE, obj=exception, changes=changes
        )
    return exception


@transaction.atomic
def calendar_exception_delete(*, actor, exception: CalendarException) -> None:
    _check(actor, exception.province)
    values = audit.snapshot(exception, AUDITED_FIELDS)
    audit.record(
        actor=actor,
        action=events.CALENDAR_EXCEPTION_DELETE,
        obj=exception,
        changes={name: [value, None] for name, value in values.items() if value is not None},
    )
    exception.delete()


@transaction.atomic
def seed_known_decisions(*, decisions) -> tuple[list[CalendarException], int]:
    """Record the government's decisions the `holidays` package does not already give.

    Nationwide rows, written by the system (no actor). A date that already has a nationwide
    exception is left alone, so an administrator's correction is never overwritten, and running
    this again adds nothing. Returns (rows added, decisions already covered).
    """
    added: list[CalendarException] = []
    for decision in decisions:
        kind_now = _national_row_kind(decision.date, None)
        if kind_now is not None or (
            _is_working_without(decision.date, None, None) == (decision.kind == Kind.WORKING_DAY)
        ):
            continue
        added.append(
            _create(
                actor=None,
                date=decision.date,
                kind=decision.kind,
                note=decision.note,
                province=None,
            )
        )
    return added, len(decisions) - len(added)
