"""Helpers shared by the document services: permission checks, text cleaning, people, events."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import partial

from django.db import transaction
from django.utils.translation import gettext as _

from eiso.core import domain_events
from eiso.core.errors import DomainError, PermissionDenied
from eiso.documents import events
from eiso.organizations.models import Membership


class RowErrors(DomainError):
    """Some rows of a table (steps, records, amendments) are wrong. Nothing was saved.

    `rows` maps a row index (0-based, as submitted) to {field: message}.
    """

    def __init__(self, rows: dict[int, dict[str, str]]):
        first = min(rows)
        super().__init__(
            _("Row %(row)d: %(message)s")
            % {"row": first + 1, "message": next(iter(rows[first].values()))},
            field="rows",
        )
        self.rows = rows


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


def clean_duration(value, *, field: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).replace(",", ".").strip())
    except (InvalidOperation, ValueError):
        number = None
    if number is None or not number.is_finite() or number < 0 or number >= 10000:
        raise DomainError(_("Enter a time such as 2 or 0,5."), field=field)
    if number != number.quantize(Decimal("0.1")):
        raise DomainError(_("Use at most one decimal place, e.g. 0,5."), field=field)
    return number.quantize(Decimal("0.1"))


def person(actor, agency) -> tuple[str, str]:
    """(name, position) of the actor for the signature block: their position in the agency."""
    position = (
        Membership.objects.filter(user=actor, agency=agency, is_active=True)
        .exclude(position="")
        .values_list("position", flat=True)
        .first()
    )
    return actor.display_name, position or ""


def document_changed(document) -> None:
    domain_events.publish(events.DOCUMENT_CHANGED, document_id=document.pk)


def on_commit(fn, *args, **kwargs) -> None:
    transaction.on_commit(partial(fn, *args, **kwargs))
