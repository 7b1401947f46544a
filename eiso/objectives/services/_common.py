"""Helpers shared by the objective services."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from eiso.core.errors import DomainError, PermissionDenied


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


def clean_decimal(value, *, field: str) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", ".")) if value not in (None, "") else None
    except (InvalidOperation, ValueError):
        number = None
    if number is None or not number.is_finite():
        raise DomainError(_("Enter a number, e.g. 95 or 12,5."), field=field)
    if abs(number) >= Decimal("1e12"):
        raise DomainError(_("The number is too large."), field=field)
    return number.quantize(Decimal("0.01"))
