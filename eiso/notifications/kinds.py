"""The registry of notification kinds: what exists, its label and its default e-mail mode.

Apps register their kinds from `AppConfig.ready()`::

    register_kind("documents.approval_requested", _("Document waiting for your approval"),
                  EmailMode.IMMEDIATE)

`notify()` refuses an unregistered kind so a typo cannot silently create notifications nobody can
configure. The preferences page lists every registered kind in registration order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eiso.notifications.models import EmailMode


@dataclass(frozen=True)
class NotificationKind:
    code: str
    label: Any  # a lazy translation
    default_email_mode: str


_kinds: dict[str, NotificationKind] = {}


def register_kind(kind: str, label: Any, default_email_mode: str = EmailMode.IMMEDIATE) -> None:
    """Register (or replace) one kind. `default_email_mode` is an `EmailMode` value."""
    if default_email_mode not in EmailMode.values:
        raise ValueError(f"unknown e-mail mode {default_email_mode!r} for kind {kind!r}")
    if not kind or len(kind) > 60:
        raise ValueError(f"kind code must be 1-60 characters: {kind!r}")
    _kinds[kind] = NotificationKind(code=kind, label=label, default_email_mode=default_email_mode)


def unregister_kind(kind: str) -> None:
    _kinds.pop(kind, None)


def get_kind(kind: str) -> NotificationKind:
    try:
        return _kinds[kind]
    except KeyError:
        raise ValueError(f"notification kind {kind!r} is not registered") from None


def is_registered(kind: str) -> bool:
    return kind in _kinds


def all_kinds() -> list[NotificationKind]:
    return list(_kinds.values())


def kind_label(kind: str) -> str:
    registered = _kinds.get(kind)
    return str(registered.label) if registered is not None else kind
