"""“Việc của tôi” sections: documents waiting for my read acknowledgement, reviews to record."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.calendar import add_working_days
from eiso.core.my_work import WorkItem, WorkSection, first_and_total
from eiso.distribution import permissions, selectors, services

SECTION_LIMIT = 10


def acknowledgements_section(user, agency) -> WorkSection | None:
    """One query: the first rows with the count."""
    rows, total = first_and_total(selectors.my_pending(user), SECTION_LIMIT)
    if not rows:
        return None
    days = services.ack_reminder_days()
    items = [
        WorkItem(
            title=f"{row.document.code} {row.document.title}",
            url=services.document_url(row.document),
            due=add_working_days(row.requested_on, days, province=row.document.agency.province_id),
            detail=_("Issue %(issue)s, effective %(date)s")
            % {
                "issue": row.edition.issue_number,
                "date": f"{row.edition.effective_date:%d/%m/%Y}"
                if row.edition.effective_date
                else "—",
            },
            badge=_("Read and confirm"),
        )
        for row in rows
    ]
    return WorkSection(
        key="distribution.acknowledgements",
        title=_("Documents to read and acknowledge"),
        items=items,
        total=total,
        more_url=reverse("distribution:index"),
        icon="book",
        order=30,
    )


def reviews_section(user, agency) -> WorkSection | None:
    tasks = permissions.review_tasks_to_handle(user)
    rows, total = first_and_total(
        tasks.select_related("document").order_by("due_date", "id"), SECTION_LIMIT
    )
    if not rows:
        return None
    items = [
        WorkItem(
            title=f"{task.document.code} {task.document.title}",
            url=services.task_url(task),
            due=task.due_date,
            detail=task.reason,
            badge=task.get_kind_display(),
        )
        for task in rows
    ]
    return WorkSection(
        key="distribution.reviews",
        title=_("Document reviews to record"),
        items=items,
        total=total,
        more_url=reverse("distribution:index") + "#reviews",
        icon="refresh",
        order=31,
    )
