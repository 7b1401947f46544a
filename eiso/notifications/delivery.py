"""E-mail delivery of notifications: immediate e-mails and the daily digest.

Called only from background tasks (eiso.notifications.tasks), after the transaction that created
the notifications has committed. Marking `emailed_at` / `digested_at` is delivery bookkeeping, not a
change anybody made to the quality system, so it writes no audit event.

Nobody inactive or without an e-mail address is ever e-mailed, whatever their preferences.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from eiso.notifications.kinds import all_kinds, kind_label
from eiso.notifications.links import absolute_url
from eiso.notifications.models import EmailMode, Notification, NotificationPreference

logger = logging.getLogger(__name__)

# Items listed in one digest e-mail; the rest are counted ("and 12 more").
DIGEST_MAX_ITEMS = 30
DIGEST_BATCH_SIZE = 200
_CHUNK = 500


def _emailable(user) -> bool:
    return bool(user.is_active and (user.email or "").strip())


def _language(user) -> str:
    return getattr(user, "language", "") or settings.LANGUAGE_CODE


def _message(user, subject: str, template: str, context: dict) -> EmailMultiAlternatives:
    context = {**context, "user": user, "site_url": settings.SITE_URL.rstrip("/")}
    text = render_to_string(f"notifications/email/{template}.txt", context)
    html = render_to_string(f"notifications/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),  # a header: never a newline in it
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
    message.attach_alternative(html, "text/html")
    return message


def build_notification_email(notification: Notification) -> EmailMultiAlternatives:
    user = notification.recipient
    with translation.override(_language(user)):
        subject = _("[eiso] %(title)s") % {"title": notification.title}
        return _message(
            user,
            subject,
            "notification",
            {
                "notification": notification,
                "kind_label": kind_label(notification.kind),
                "link": absolute_url(notification.url),
                "preferences_link": absolute_url(reverse("notifications:preferences")),
            },
        )


def _send_each(messages: Sequence[tuple[Any, EmailMultiAlternatives]]) -> list[Any]:
    """Send one by one so a bad address does not stop the others; returns the keys sent."""
    sent: list[Any] = []
    if not messages:
        return sent
    connection = get_connection()
    try:
        connection.open()
        for key, message in messages:
            try:
                connection.send_messages([message])
            except Exception:
                logger.exception("could not e-mail %s", message.to)
            else:
                sent.append(key)
    finally:
        connection.close()
    return sent


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def send_notification_emails(notification_ids: Iterable[str]) -> int:
    """E-mail each notification not yet e-mailed (nor already read in the app). Returns the count."""
    ids = list(notification_ids)
    pending = list(
        Notification.objects.filter(pk__in=ids, emailed_at__isnull=True, read_at__isnull=True)
        .select_related("recipient")
        .order_by("created_at", "id")
    )
    messages = [(n.pk, build_notification_email(n)) for n in pending if _emailable(n.recipient)]
    sent = _send_each(messages)
    now = timezone.now()
    for chunk in _chunks(sent):
        Notification.objects.filter(pk__in=chunk).update(emailed_at=now)
    return len(sent)


# The daily digest ------------------------------------------------------------------------------
def daily_pending(now) -> QuerySet[Notification]:
    """Unread notifications, not yet e-mailed or digested, whose recipient's mode is "daily".

    The mode is resolved in SQL (saved preference, else the kind's default) so the digest needs a
    fixed number of queries per batch of people, however many notifications they have.
    """
    kinds = all_kinds()
    registered = [k.code for k in kinds]
    default_daily = [k.code for k in kinds if k.default_email_mode == EmailMode.DAILY]
    saved = NotificationPreference.objects.filter(
        user_id=OuterRef("recipient_id"), kind=OuterRef("kind")
    )
    return Notification.objects.filter(
        Exists(saved.filter(email_mode=EmailMode.DAILY))
        | (Q(kind__in=default_daily) & ~Exists(saved)),
        kind__in=registered,
        read_at__isnull=True,
        emailed_at__isnull=True,
        digested_at__isnull=True,
        created_at__lte=now,
    )


@dataclass
class DigestItem:
    title: str
    created_at: Any
    link: str


@dataclass
class DigestGroup:
    label: str
    items: list[DigestItem] = field(default_factory=list)


def build_digest_email(user, notifications: list[Notification]) -> EmailMultiAlternatives:
    """`notifications` newest first; at most DIGEST_MAX_ITEMS are listed, grouped by kind."""
    shown = notifications[:DIGEST_MAX_ITEMS]
    with translation.override(_language(user)):
        groups: dict[str, DigestGroup] = {}
        for notification in shown:
            group = groups.setdefault(notification.kind, DigestGroup(kind_label(notification.kind)))
            group.items.append(
                DigestItem(
                    notification.title, notification.created_at, absolute_url(notification.url)
                )
            )
        total = len(notifications)
        subject = ngettext(
            "[eiso] Daily digest: %(count)d new notification",
            "[eiso] Daily digest: %(count)d new notifications",
            total,
        ) % {"count": total}
        context = {
            "groups": list(groups.values()),
            "total": total,
            "more": total - len(shown),
            "inbox_link": absolute_url(reverse("notifications:inbox")),
            "my_work_link": absolute_url(reverse("core:my_work")),
            "preferences_link": absolute_url(reverse("notifications:preferences")),
        }
        return _message(user, subject, "digest", context)


def _digest_recipients(pending: QuerySet[Notification], *, after, limit: int) -> list:
    users = (
        get_user_model()
        .objects.filter(Exists(pending.filter(recipient_id=OuterRef("pk"))), is_active=True)
        .exclude(email="")
        .order_by("pk")
    )
    if after is not None:
        users = users.filter(pk__gt=after)
    return list(users[:limit])


def _digest_batch(pending: QuerySet[Notification], users: list, now) -> int:
    by_user: dict[Any, list[Notification]] = defaultdict(list)
    rows = pending.filter(recipient_id__in=[u.pk for u in users]).order_by(
        "recipient_id", "-created_at", "-id"
    )
    for notification in rows:
        by_user[notification.recipient_id].append(notification)
    messages = [
        (user.pk, build_digest_email(user, by_user[user.pk]))
        for user in users
        if by_user.get(user.pk) and _emailable(user)
    ]
    sent = _send_each(messages)
    if sent:
        pending.filter(recipient_id__in=sent).update(digested_at=now)
    return len(sent)


def send_daily_digest(*, now=None, batch_size: int = DIGEST_BATCH_SIZE) -> int:
    """Send every due digest. Three queries per batch of `batch_size` people. Returns e-mails sent."""
    now = now or timezone.now()
    pending = daily_pending(now)
    sent = 0
    last = None
    while True:
        users = _digest_recipients(pending, after=last, limit=batch_size)
        if not users:
            return sent
        sent += _digest_batch(pending, users, now)
        last = users[-1].pk
