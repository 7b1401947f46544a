"""Reads of notifications and preferences. Everything here is scoped to one person's own rows."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.http import Http404

from eiso.notifications.kinds import all_kinds, get_kind, is_registered
from eiso.notifications.models import Notification, NotificationPreference

_UNREAD_ATTR = "_eiso_unread_count"


def unread_count(user) -> int:
    """The bell's number; a page that has just counted the unread notifications (the "Việc của
    tôi" section) leaves it on the request's user object so the header does not count again."""
    remembered = getattr(user, _UNREAD_ATTR, None)
    if remembered is not None:
        return remembered
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def remember_unread_count(user, count: int) -> None:
    setattr(user, _UNREAD_ATTR, count)


def inbox(user) -> QuerySet[Notification]:
    """The person's notifications, newest first (stable order for pagination)."""
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-id")


def unread(user) -> QuerySet[Notification]:
    return inbox(user).filter(read_at__isnull=True)


def inbox_unread_first(user) -> QuerySet[Notification]:
    unread_rank = Case(
        When(read_at__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return inbox(user).order_by(unread_rank, "-created_at", "-id")


def get_notification_for_user_or_404(user, notification_id) -> Notification:
    """The person's own notification; anybody else's (or a malformed id) is simply not found."""
    try:
        return Notification.objects.get(pk=notification_id, recipient=user)
    except (Notification.DoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404 from exc


def email_modes_for(user) -> dict[str, str]:
    """{kind: e-mail mode} for every registered kind: the saved choice, else the kind's default."""
    saved = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "email_mode"))
    return {k.code: saved.get(k.code, k.default_email_mode) for k in all_kinds()}


def email_modes_by_user(user_ids: Iterable, kinds: Iterable[str] | None = None) -> dict:
    """{(user_id, kind): mode} of the SAVED preferences of many people, in one query.

    Callers fall back to `default_mode(kind)` for pairs that are missing.
    """
    rows = NotificationPreference.objects.filter(user_id__in=list(user_ids))
    if kinds is not None:
        rows = rows.filter(kind__in=list(kinds))
    return {(u, k): m for u, k, m in rows.values_list("user_id", "kind", "email_mode")}


def default_mode(kind: str) -> str | None:
    """The kind's default e-mail mode; None for a kind no longer registered (never e-mailed)."""
    return get_kind(kind).default_email_mode if is_registered(kind) else None
