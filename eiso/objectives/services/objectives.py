"""Writes of objectives and of their plan (6.2.2), and "copy from last period"."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.objectives import events, sources
from eiso.objectives.models import ActionItem, Comparator, Frequency, Objective
from eiso.objectives.periods import period_for
from eiso.objectives.permissions import can_manage_in, can_manage_objective
from eiso.objectives.services._common import clean_decimal, clean_text, require
from eiso.organizations.models import Membership

OBJECTIVE_FIELDS = (
    "unit",
    "parent",
    "order",
    "statement",
    "indicator",
    "comparator",
    "target",
    "measure_unit",
    "frequency",
    "data_source",
    "responsible_unit",
    "responsible_person",
)
ACTION_FIELDS = ("order", "action", "resources", "responsible", "timeframe", "evaluation_method")
MIN_YEAR, MAX_YEAR = 2000, 2100


def _check_unit(agency, unit, field: str) -> None:
    if unit is not None and unit.agency_id != agency.pk:
        raise DomainError(_("Choose a unit of this agency."), field=field)


def _check_parent(agency, year: int, unit, parent) -> None:
    if parent is None:
        return
    if unit is None:
        raise DomainError(
            _("Only a unit objective can contribute to an agency objective."), field="parent"
        )
    if parent.agency_id != agency.pk or parent.unit_id is not None or parent.year != year:
        raise DomainError(
            _("Choose an agency objective of the same agency and period."), field="parent"
        )


def _check_person(agency, person) -> None:
    if person is None:
        return
    if not Membership.objects.filter(agency=agency, user=person, is_active=True).exists():
        raise DomainError(_("This person does not work in the agency."), field="responsible_person")


def _clean(agency, year: int, values: dict) -> dict:
    if values.get("comparator") not in Comparator.values:
        raise DomainError(_("Choose ≥, ≤ or =."), field="comparator")
    if values.get("frequency") not in Frequency.values:
        raise DomainError(_("Choose how often the indicator is measured."), field="frequency")
    if sources.get_source(values.get("data_source") or sources.MANUAL) is None:
        raise DomainError(_("Unknown data source."), field="data_source")
    _check_unit(agency, values.get("unit"), "unit")
    _check_unit(agency, values.get("responsible_unit"), "responsible_unit")
    _check_parent(agency, year, values.get("unit"), values.get("parent"))
    _check_person(agency, values.get("responsible_person"))
    return {
        **values,
        "statement": clean_text(values.get("statement"), field="statement", required=True),
        "indicator": clean_text(
            values.get("indicator"), field="indicator", required=True, max_length=255
        ),
        "target": clean_decimal(values.get("target"), field="target"),
        "measure_unit": clean_text(
            values.get("measure_unit"), field="measure_unit", required=True, max_length=30
        ),
        "data_source": values.get("data_source") or sources.MANUAL,
        "order": int(values.get("order") or 0),
    }


@transaction.atomic
def objective_create(*, actor, agency, year: int, unit=None, **values) -> Objective:
    """A new objective of `agency` (of `unit` when given) for the period starting in `year`."""
    require(can_manage_in(actor, agency, unit))
    if not MIN_YEAR <= int(year) <= MAX_YEAR:
        raise DomainError(_("Enter a year between 2000 and 2100."), field="year")
    cleaned = _clean(agency, int(year), {**values, "unit": unit})
    period = period_for(agency, int(year))
    objective = Objective(
        agency=agency,
        year=period.year,
        period_start=period.start,
        period_end=period.end,
        created_by=actor,
        **{field: cleaned.get(field) for field in OBJECTIVE_FIELDS if field in cleaned},
    )
    objective.save()
    audit.record(
        actor=actor,
        action=events.OBJECTIVE_CREATE,
        obj=objective,
        changes=audit.created(audit.snapshot(objective, ("year", *OBJECTIVE_FIELDS))),
    )
    return objective


@transaction.atomic
def objective_update(*, actor, objective: Objective, **values) -> Objective:
    """Edit an objective. Its agency and period do not change; moving it to another unit needs
    the right to manage objectives there too."""
    require(can_manage_objective(actor, objective))
    new_unit = values.get("unit", objective.unit)
    require(can_manage_in(actor, objective.agency, new_unit))
    cleaned = _clean(objective.agency, objective.year, {**values, "unit": new_unit})
    if cleaned.get("parent") is not None and cleaned["parent"].pk == objective.pk:
        raise DomainError(_("An objective cannot contribute to itself."), field="parent")
    before = audit.snapshot(objective, OBJECTIVE_FIELDS)
    for field in OBJECTIVE_FIELDS:
        if field in cleaned:
            setattr(objective, field, cleaned[field])
    changes = audit.diff(before, audit.snapshot(objective, OBJECTIVE_FIELDS))
    if changes:
        objective.save()
        audit.record(actor=actor, action=events.OBJECTIVE_UPDATE, obj=objective, changes=changes)
        if "target" in changes or "comparator" in changes:
            from eiso.objectives.services.measurements import refresh_status

            refresh_status(objective)
    return objective


# Plan of implementation --------------------------------------------------------------------------
def _action_values(values: dict) -> dict:
    return {
        "order": int(values.get("order") or 0),
        "action": clean_text(values.get("action"), field="action", required=True),
        "resources": clean_text(values.get("resources"), field="resources", max_length=255),
        "responsible": clean_text(
            values.get("responsible"), field="responsible", required=True, max_length=255
        ),
        "timeframe": clean_text(
            values.get("timeframe"), field="timeframe", required=True, max_length=100
        ),
        "evaluation_method": clean_text(
            values.get("evaluation_method"),
            field="evaluation_method",
            required=True,
            max_length=255,
        ),
    }


@transaction.atomic
def action_create(*, actor, objective: Objective, **values) -> ActionItem:
    require(can_manage_objective(actor, objective))
    cleaned = _action_values(values)
    if not cleaned["order"]:
        cleaned["order"] = objective.actions.count() + 1
    item = ActionItem.objects.create(objective=objective, created_by=actor, **cleaned)
    audit.record(
        actor=actor,
        action=events.ACTION_CREATE,
        obj=item,
        changes=audit.created(audit.snapshot(item, ACTION_FIELDS)),
    )
    return item


@transaction.atomic
def action_update(*, actor, item: ActionItem, **values) -> ActionItem:
    require(can_manage_objective(actor, item.objective))
    cleaned = _action_values(values)
    before = audit.snapshot(item, ACTION_FIELDS)
    for field, value in cleaned.items():
        setattr(item, field, value)
    changes = audit.diff(before, audit.snapshot(item, ACTION_FIELDS))
    if changes:
        item.save()
        audit.record(actor=actor, action=events.ACTION_UPDATE, obj=item, changes=changes)
    return item


@transaction.atomic
def action_delete(*, actor, item: ActionItem) -> None:
    require(can_manage_objective(actor, item.objective))
    before = audit.snapshot(item, ACTION_FIELDS)
    audit.record(
        actor=actor,
        action=events.ACTION_DELETE,
        obj=item,
        changes={key: [value, None] for key, value in before.items()},
    )
    item.delete()
