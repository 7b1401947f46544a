"""Writes of the notifications app.

`notify()` is what every other app calls to tell people something. It stores in-app notifications
in one INSERT and, after commit, queues an e-mail for the recipients who want this kind
immediately; "daily" ones wait for the digest, "never" ones stay in the app.

Reading one's own notifications (opening one, "mark all as read") changes personal display state,
not the quality system, so it writes no audit event; the `read_at` timestamp is itself the record.
Changing one's e-mail preferences is audited.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.notifications import events, tasks
from eiso.notifications.kinds import all_kinds, get_kind, is_registered
from eiso.notifications.models import EmailMode, Notification, NotificationPreference
from eiso.notifications.selectors import email_modes_by_user, email_modes_for

# Notifications per e-mail task: keeps each job's payload small.
EMAIL_TASK_CHUNK = 200


def _recipient_ids(recipients: Iterable, actor) -> list:
    """Distinct user ids in first-seen order, without the actor (nobody is told what they did)."""
    actor_id = getattr(actor, "pk", None)
    seen: dict = {}
    for recipient in recipients:
        if recipient is None:
            continue
        user_id = getattr(recipient, "pk", recipient)
        if user_id != actor_id:
            seen.setdefault(user_id, None)
    return list(seen)


def _enqueue_emails(notification_ids: list[str]) -> None:
    for start in range(0, len(notification_ids), EMAIL_TASK_CHUNK):
        tasks.send_notification_emails.enqueue(
            notification_ids=notification_ids[start : start + EMAIL_TASK_CHUNK]
        )


@transaction.atomic
def notify(
    *, recipients: Iterable, kind: str, title, body="", url: str = "", agency=None, actor=None
) -> list[Notification]:
    """Tell `recipients` (users or user ids) something. Returns the notifications created.

    `kind` must be registered (eiso.notifications.kinds.register_kind). `title`/`body` may be
    lazy translations: they are stored in the installation's language. `url` is a site path.
    """
    default = get_kind(kind).default_email_mode
    user_ids = _recipient_ids(recipients, actor)
    if not user_ids:
        return []
    with translation.override(settings.LANGUAGE_CODE):
        title, body = str(title)[:255], str(body or "")
    rows = [
        Notification(
            recipient_id=user_id, agency=agency, kind=kind, title=title, body=body, url=url[:500]
        )
        for user_id in user_ids
    ]
    Notification.objects.bulk_create(rows)
    saved = email_modes_by_user(user_ids, kinds=[kind])
    immediate = [
        str(row.pk)
        for row in rows
        if saved.get((row.recipient_id, kind), default) == EmailMode.IMMEDIATE
    ]
    if immediate:
        transaction.on_commit(partial(_enqueue_emails, immediate))
    return rows


@transaction.atomic
def notification_mark_read(*, actor, notification: Notification) -> Notification:
    if notification.recipient_id != getattr(actor, "pk", None):
        raise PermissionDenied(_("You can only read your own notifications."))
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )
    return notification


@transaction.atomic
def notifications_mark_all_read(*, actor) -> int:
    """Mark every unread notification of the actor as read. Returns how many changed."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Please log in."))
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def _validate_modes(modes: Mapping[str, str]) -> None:
    for kind, mode in modes.items():
        if not is_registered(kind):
            raise DomainError(_("Unknown kind of notification."), field=kind)
        if mode not in EmailMode.values:
            raise DomainError(_("Choose one of the offered options."), field=kind)


@transaction.atomic
def notification_preferences_update(*, actor, modes: Mapping[str, str]) -> dict[str, str]:
    """Save the actor's e-mail mode per kind. Only kinds whose mode changes are written.

    Returns {kind: mode} after the change.
    """
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Please log in."))
    _validate_modes(modes)
    before = email_modes_for(actor)
    changed = {kind: mode for kind, mode in modes.items() if before.get(kind) != mode}
    if not changed:
        return before
    NotificationPreference.objects.bulk_create(
        [NotificationPreference(user=actor, kind=k, email_mode=m) for k, m in changed.items()],
        update_conflicts=True,
        unique_fields=["user", "kind"],
        update_fields=["email_mode"],
    )
    after = {**before, **changed}
    with translation.override(settings.LANGUAGE_CODE):
        labels = {k.code: str(k.label) for k in all_kinds()}
        mode_labels = {value: str(label) for value, label in EmailMode.choices}
        changes = {
            labels[kind]: [mode_labels[before[kind]], mode_labels[mode]]
            for kind, mode in changed.items()
        }
    audit.record(actor=actor, action=events.PREFERENCES_UPDATE, obj=actor, changes=changes)
    return after
