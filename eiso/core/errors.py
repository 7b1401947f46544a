"""Domain errors: raised by services, shown to the user as a clear message (never a 500)."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the domain was broken. `message` is user-facing (translated) text.

    `field` names the form field at fault, if any, so forms can attach the message to it.
    """

    def __init__(self, message: Any, *, field: str | None = None, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.code = code


class PermissionDenied(DomainError):
    """The actor may not do this. Views turn it into a 403 page."""

    def __init__(self, message: Any = None):
        from django.utils.translation import gettext

        super().__init__(
            message or gettext("You do not have permission to do this."), code="denied"
        )


class IllegalTransition(DomainError):
    """A lifecycle move that the transitions table does not allow."""
