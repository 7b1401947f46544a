"""Measurements: entered by hand (with an evidence file) or computed by a registered source."""

from __future__ import annotations

import datetime as dt
import os
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.objectives import events, sources
from eiso.objectives.models import Measurement, Objective
from eiso.objectives.permissions import can_enter_measurement
from eiso.objectives.services._common import clean_decimal, clean_text, require
from eiso.objectives.status import compute_status
from eiso.objectives.uploads import EXTENSIONS, validate_evidence

MEASUREMENT_FIELDS = ("measured_on", "value", "evidence_name", "comment")


def refresh_status(objective: Objective) -> None:
    """Recompute the stored status and latest value from every measurement (oldest first)."""
    rows = list(
        objective.measurements.order_by("measured_on", "created_at").values_list(
            "value", "measured_on"
        )
    )
    values = [value for value, _day in rows]
    objective.status = compute_status(values, objective.comparator, objective.target)
    objective.latest_value = rows[-1][0] if rows else None
    objective.latest_measured_on = rows[-1][1] if rows else None
    Objective.objects.filter(pk=objective.pk).update(
        status=objective.status,
        latest_value=objective.latest_value,
        latest_measured_on=objective.latest_measured_on,
    )


def _check_date(objective: Objective, measured_on) -> dt.date:
    if not isinstance(measured_on, dt.date):
        raise DomainError(_("Enter the date as dd/mm/yyyy."), field="measured_on")
    if measured_on > timezone.localdate():
        raise DomainError(_("A measurement cannot be dated in the future."), field="measured_on")
    if not objective.period_start <= measured_on <= objective.period_end:
        raise DomainError(
            _("The date must be within the period of the objective (%(start)s – %(end)s).")
            % {
                "start": objective.period_start.strftime("%d/%m/%Y"),
                "end": objective.period_end.strftime("%d/%m/%Y"),
            },
            field="measured_on",
        )
    return measured_on


def _store_evidence(measurement: Measurement, evidence) -> None:
    kind = validate_evidence(evidence)
    original = os.path.basename(evidence.name or "")[:200] or f"minh-chung{EXTENSIONS[kind]}"
    measurement.evidence_name = original
    # The stored name never comes from the user: a random name with the sniffed extension.
    measurement.evidence.save(f"{uuid.uuid4().hex}{EXTENSIONS[kind]}", evidence, save=False)


@transaction.atomic
def measurement_create(
    *, actor, objective: Objective, measured_on, value, comment: str = "", evidence=None
) -> Measurement:
    require(can_enter_measurement(actor, objective))
    measurement = Measurement(
        objective=objective,
        measured_on=_check_date(objective, measured_on),
        value=clean_decimal(value, field="value"),
        comment=clean_text(comment, field="comment"),
        created_by=actor,
    )
    if evidence:
        _store_evidence(measurement, evidence)
    measurement.save()
    audit.record(
        actor=actor,
        action=events.MEASUREMENT_CREATE,
        obj=measurement,
        changes=audit.created(audit.snapshot(measurement, MEASUREMENT_FIELDS)),
    )
    refresh_status(objective)
    return measurement


def measure_from_source(*, actor, objective: Objective, measured_on: dt.date) -> Measurement | None:
    """Ask the objective's computed source for the value from the period start to `measured_on`
    and store it as a measurement. None when the objective is entered by hand or there is no
    data yet."""
    source = sources.get_source(objective.data_source)
    if source is None or source.compute is None:
        return None
    value = source.compute(objective, objective.period_start, measured_on)
    if value is None:
        return None
    return measurement_create(
        actor=actor,
        objective=objective,
        measured_on=measured_on,
        value=value,
        comment=_("Computed from: %(source)s") % {"source": source.label},
    )
