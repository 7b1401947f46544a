"""Helpers shared by the nonconformity services: permission, text, numbering, membership."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from eiso.core.errors import DomainError, PermissionDenied
from eiso.nonconformities.models import YearCounter
from eiso.organizations.models import Membership, Unit

# Registers numbered per agency and year.
NC_REGISTER = "KPH"  # sự không phù hợp
PROPOSAL_REGISTER = "ĐXCT"  # đề xuất cải tiến


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def clean_text(value, *, field: str, required: bool = False, max_length: int | None = None) -> str:
    text = " ".join(str(value or "").split()) if max_length else str(value or "").strip()
    if required and not text:
        raise DomainError(_("This field is required."), field=field)
    if max_length and len(text) > max_length:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": max_length}, field=field
        )
    return text


def next_number(agency, year: int, register: str) -> tuple[int, str]:
    """Take the next number of (agency, year, register) under a row lock: (3, "KPH-2026-003").

    Call inside the service's transaction, after authorisation; a rollback gives the number back.
    """
    key = {"agency": agency, "year": year, "register": register}
    YearCounter.objects.get_or_create(**key)
    counter = YearCounter.objects.select_for_update().get(**key)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number, f"{register}-{year}-{counter.last_number:03d}"


def check_unit(agency, unit: Unit | None, *, field: str = "unit") -> None:
    if unit is not None and unit.agency_id != agency.pk:
        raise DomainError(_("Choose a unit of this agency."), field=field)


def check_member(agency, user, *, field: str) -> None:
    if user is None:
        raise DomainError(_("Choose the person responsible."), field=field)
    if not Membership.objects.filter(user=user, agency=agency, is_active=True).exists():
        raise DomainError(_("Choose a person working in this agency."), field=field)


def check_not_future(day: dt.date, today: dt.date, *, field: str) -> None:
    if day > today:
        raise DomainError(_("The detection date cannot be in the future."), field=field)


def format_day(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
