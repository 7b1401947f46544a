"""“Copy from last period”: next period's objectives from this period's, dates moved.

Copies every objective of the agency for `from_year` (agency and unit objectives, their plan, the
links from unit to agency objectives) into the period starting a year later, computed for the
agency (calendar or school year). Measurements and evaluations are not copied. An objective
already present in the new period (same unit and statement) is skipped, so copying twice does
not duplicate anything.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.objectives import events
from eiso.objectives.models import ActionItem, Objective
from eiso.objectives.periods import period_for
from eiso.objectives.permissions import can_manage_in
from eiso.objectives.services._common import require
from eiso.objectives.services.objectives import OBJECTIVE_FIELDS
from eiso.organizations.models import Agency

COPIED_FIELDS = tuple(f for f in OBJECTIVE_FIELDS if f != "parent")


def _copy_one(actor, source: Objective, period, parents: dict) -> Objective:
    copy = Objective(
        agency_id=source.agency_id,
        year=period.year,
        period_start=period.start,
        period_end=period.end,
        parent=parents.get(source.parent_id),
        created_by=actor,
        **{field: getattr(source, field) for field in COPIED_FIELDS},
    )
    copy.save()
    ActionItem.objects.bulk_create(
        ActionItem(
            objective=copy,
            created_by=actor,
            **{
                f: getattr(item, f)
                for f in (
                    "order",
                    "action",
                    "resources",
                    "responsible",
                    "timeframe",
                    "evaluation_method",
                )
            },
        )
        for item in source.actions.all()
    )
    audit.record(
        actor=actor,
        action=events.OBJECTIVE_COPY,
        obj=copy,
        changes={"year": [source.year, copy.year], "copied_from": [None, str(source.pk)]},
    )
    return copy


@transaction.atomic
def objectives_copy_period(*, actor, agency: Agency, from_year: int) -> list[Objective]:
    """The copies made (empty when everything was already there)."""
    require(can_manage_in(actor, agency))
    Agency.objects.select_for_update().filter(pk=agency.pk).first()
    sources = list(
        Objective.objects.filter(agency=agency, year=from_year)
        .select_related("unit")
        .prefetch_related("actions")
        .order_by("unit_id", "order", "created_at")
    )
    if not sources:
        raise DomainError(_("There are no objectives in the previous period to copy."))
    period = period_for(agency, from_year + 1)
    existing = {
        (o.unit_id, o.statement): o
        for o in Objective.objects.filter(agency=agency, year=period.year)
    }
    parents: dict = {}
    copies = []
    # Agency objectives first, so unit objectives can point at their copies.
    for source in sorted(sources, key=lambda o: o.unit_id is not None):
        key = (source.unit_id, source.statement)
        if key in existing:
            parents[source.pk] = existing[key]
            continue
        copy = _copy_one(actor, source, period, parents)
        parents[source.pk] = copy
        copies.append(copy)
    return copies
