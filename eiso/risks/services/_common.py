"""Helpers shared by the risk services."""

from __future__ import annotations

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


def clean_choice(value, choices, *, field: str, message) -> str:
    if value not in choices.values:
        raise DomainError(message, field=field)
    return value
