"""“Việc của tôi”: the open risk treatments a person is responsible for (overdue first)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection, first_and_total
from eiso.risks.selectors import open_treatments_owned_by

SECTION_LIMIT = 10


def treatments_section(user, agency) -> WorkSection | None:
    """One query: the first items by due date with the count."""
    queryset = open_treatments_owned_by(user)
    if queryset.query.is_empty():
        return None
    treatments, total = first_and_total(
        queryset.select_related("risk").order_by("due_date", "created_at"), SECTION_LIMIT
    )
    if not treatments:
        return None
    items = [
        WorkItem(
            title=treatment.action,
            url=reverse("risks:detail", args=[treatment.risk_id]),
            due=treatment.due_date,
            detail=f"{treatment.risk.code} · {treatment.risk.title}",
            badge=str(treatment.get_status_display()),
        )
        for treatment in treatments
    ]
    return WorkSection(
        key="risks.treatments",
        title=_("Risk treatment actions"),
        items=items,
        total=total,
        more_url=reverse("risks:index"),
        icon="shield-check",
        order=60,
    )
