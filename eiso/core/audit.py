"""Writing and reading the audit trail.

Services call `record(...)` inside the transaction that makes the change, so the change and its
audit event commit or roll back together.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.functional import Promise

from eiso.core.models import AuditEvent
from eiso.core.request_context import current_request_info

_ACTION_LABELS: dict[str, Any] = {}


def register_actions(labels: Mapping[str, Any]) -> None:
    """Register human labels (lazy translations) for action codes such as 'unit.create'."""
    _ACTION_LABELS.update(labels)


def action_label(action: str) -> str:
    label = _ACTION_LABELS.get(action)
    return str(label) if label is not None else action


def registered_actions() -> dict[str, str]:
    """Every registered action code with its label in the current language."""
    return {code: str(label) for code, label in _ACTION_LABELS.items()}


def _plain(value: Any) -> Any:
    """A JSON-safe, human-readable form of a field value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    return str(value)


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of `fields` on `obj`, with choices shown by their label.

    Labels are written in the installation's language (Vietnamese), whoever made the change.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return _snapshot(obj, fields)


def _snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in fields:
        field = obj._meta.get_field(name)
        if getattr(field, "choices", None):
            display = getattr(obj, f"get_{name}_display")()
            values[name] = _plain(display) if getattr(obj, name) not in (None, "") else None
        else:
            values[name] = _plain(getattr(obj, name))
    return values


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field whose value changed."""
    keys = list(dict.fromkeys([*before.keys(), *after.keys()]))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def created(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {k: [None, v] for k, v in values.items() if v not in (None, "", [])}


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    changes: Mapping[str, Any] | None = None,
    agency_id: uuid.UUID | None = None,
    province_id: uuid.UUID | None = None,
) -> AuditEvent:
    """Append one audit event for `obj`.

    If the object knows its scope (`audit_scope()` returning (province_id, agency_id)) it is used
    unless the caller gives one. Must be called inside the service's transaction.
    """
    if agency_id is None and province_id is None and hasattr(obj, "audit_scope"):
        province_id, agency_id = obj.audit_scope()
    info = current_request_info()
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEvent.objects.create(
        actor=actor if is_user else None,
        actor_name=(actor.display_name if is_user else "hệ thống")[:200],
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        province_id=province_id,
        agency_id=agency_id,
        changes={k: _plain(v) for k, v in (changes or {}).items()},
        ip_address=info.ip_address,
        request_id=info.request_id,
    )


def history_for(obj: models.Model):
    """Events about one object, newest first (the "Lịch sử" panel)."""
    return AuditEvent.objects.filter(
        object_type=obj._meta.label_lower, object_id=str(obj.pk)
    ).select_related("actor")
