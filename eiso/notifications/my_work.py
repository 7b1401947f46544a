"""The "Việc của tôi" section listing the person's unread notifications."""

from __future__ import annotations

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from eiso.core.my_work import WorkItem, WorkSection
from eiso.notifications.kinds import kind_label
from eiso.notifications.selectors import unread

SECTION_LIMIT = 10


def unread_notifications_section(user, agency) -> WorkSection:
    """Two queries whatever the number of notifications: the first page and the total."""
    queryset = unread(user)
    notifications = list(queryset[:SECTION_LIMIT])
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
        total=queryset.count(),
        empty_text=str(_("You have no unread notifications.")),
        more_url=reverse("notifications:inbox"),
        icon="bell",
        order=1000,
    )
