"""Background jobs of the notifications app: thin wrappers taking ids (Django Tasks API)."""

from __future__ import annotations

from django_tasks import task

from eiso.notifications import delivery


@task(queue_name="email")
def send_notification_emails(notification_ids: list[str]) -> int:
    """E-mail these notifications now (their recipients chose "immediately")."""
    return delivery.send_notification_emails(notification_ids)


@task(queue_name="email")
def send_daily_digest() -> int:
    """One e-mail per person gathering their unread "daily digest" notifications."""
    return delivery.send_daily_digest()
