"""Fixtures of the objective tests: an agency objective and a unit objective of this year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from eiso.objectives import services
from eiso.objectives.periods import current_year


def make_objective(
    personas,
    *,
    unit=None,
    actor=None,
    statement="100% hồ sơ TTHC được giải quyết đúng hạn",
    **extra,
):
    world = personas.world
    values = {
        "indicator": "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "comparator": "gte",
        "target": "100",
        "measure_unit": "%",
        "frequency": "quarterly",
        "data_source": "manual",
        **extra,
    }
    return services.objective_create(
        actor=actor or personas.iso,
        agency=world.agency,
        year=extra.pop("year", None) or current_year(world.agency, timezone.localdate()),
        unit=unit,
        statement=statement,
        **{k: v for k, v in values.items() if k != "year"},
    )


@pytest.fixture
def objective(personas):
    return make_objective(personas)


@pytest.fixture
def unit_objective(personas, objective):
    return make_objective(
        personas,
        unit=personas.world.division,
        statement="Phòng GDPT giải quyết 100% hồ sơ đúng hạn",
        parent=objective,
        responsible_unit=personas.world.division,
        responsible_person=personas.staff,
    )


def measured_day(objective, offset: int = 0) -> dt.date:
    """A day within the objective's period and not in the future."""
    today = timezone.localdate()
    return max(objective.period_start, min(today, objective.period_end) - dt.timedelta(days=offset))


D = Decimal
