"""Helpers shared by the organisation services."""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations.models import Agency


def require(allowed: bool) -> None:
    """Permission check: every service calls this first (deny by default)."""
    if not allowed:
        raise PermissionDenied()


def lock_agency(agency: Agency) -> Agency:
    """Serialise structure changes of one agency (sibling keys, subtree re-paths)."""
    return Agency.objects.select_for_update().get(pk=agency.pk)


def clean_text(value: str | None, *, field: str, required: bool = False, max_length: int) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise DomainError(_("This field is required."), field=field)
    if len(text) > max_length:
        raise DomainError(_("At most %(count)d characters.") % {"count": max_length}, field=field)
    return text
