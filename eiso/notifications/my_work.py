"""The "Việc của tôi" section listing the person's unread notifications."""

from __future__ import annotations

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from eiso.core.my_work import WorkItem, WorkSection, first_and_total
from eiso.notifications.kinds import kind_label
from eiso.notifications.selectors import remember_unread_count, unread

SECTION_LIMIT = 10


def unread_notifications_section(user, agency) -> WorkSection:
    """One query whatever the number of notifications: the first page with the total."""
    notifications, total = first_and_total(unread(user), SECTION_LIMIT)
    remember_unread_count(user, total)
    items = [
        WorkItem(
            title=n.title,
            url=reverse("notifications:open", args=[n.pk]),
            post=True,
            detail=Truncator(n.body).chars(140),
            badge=kind_label(n.kind),
            date=n.created_at,
        )
        for n in notifications
    ]
    return WorkSection(
        key="notifications",
        title=str(_("Unread notifications")),
        items=items,
        total=total,
        empty_text=str(_("You have no unread notifications.")),
        more_url=reverse("notifications:inbox"),
        icon="bell",
        order=1000,
    )
