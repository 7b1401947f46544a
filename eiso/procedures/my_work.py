"""“Việc của tôi”: TTHC newly in the scope of the agencies where the user is ISO coordinator,
each due 5 working days after it was added (two queries: the first items and the count)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection
from eiso.organizations.access import access_for
from eiso.organizations.roles import Role
from eiso.procedures.selectors import open_tasks

SECTION_LIMIT = 10


def new_scope_section(user, agency) -> WorkSection | None:
    access = access_for(user)
    agency_ids = [a for a, roles in access.agency_roles.items() if Role.ISO_COORDINATOR in roles]
    if not agency_ids:
        return None
    tasks = open_tasks(agency_ids)
    rows = list(tasks[:SECTION_LIMIT])
    total = tasks.count() if len(rows) == SECTION_LIMIT else len(rows)
    several = len(agency_ids) > 1
    items = [
        WorkItem(
            title=f"{scope.tthc.code} – {scope.tthc.name}",
            url=reverse("procedures:scope", args=[scope.agency_id]) + "?task=open",
            due=scope.due_date,
            detail=(f"{scope.agency.name} · " if several else "")
            + _("Build or update its procedure (TT 26/2014 Art. 4)"),
            badge=_("New TTHC in scope"),
        )
        for scope in rows
    ]
    more = reverse("procedures:scope", args=[agency_ids[0]]) + "?task=open" if total else ""
    return WorkSection(
        key="procedures.new_scope",
        title=_("TTHC newly in scope"),
        items=items,
        total=total,
        empty_text=_("No TTHC waiting for a procedure."),
        more_url=more,
        icon="list-check",
        order=40,
    )
