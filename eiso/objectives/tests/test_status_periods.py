"""The status rule and the periods (calendar and school year), pure functions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from types import SimpleNamespace

import pytest

from eiso.objectives.models import Status
from eiso.objectives.periods import current_year, next_due, period_for, shift_year, slots
from eiso.objectives.status import compute_status


@pytest.mark.parametrize(
    ("values", "comparator", "target", "expected"),
    [
        ([], "gte", "95", Status.NO_DATA),
        (["96"], "gte", "95", Status.ON_TRACK),
        (["80", "99", "95"], "gte", "95", Status.ON_TRACK),  # latest meets: on track
        (["90", "92", "94"], "gte", "95", Status.AT_RISK),  # misses, improving
        (["90", "94"], "gte", "95", Status.AT_RISK),
        (["94", "92", "93"], "gte", "95", Status.OFF_TRACK),  # not improving each time
        (["94"], "gte", "95", Status.OFF_TRACK),  # a single miss has no trend
        (["5", "4", "3"], "lte", "2", Status.AT_RISK),
        (["3", "4"], "lte", "2", Status.OFF_TRACK),
        (["0"], "lte", "0", Status.ON_TRACK),
        (["10", "8"], "eq", "5", Status.AT_RISK),
        (["4", "6"], "eq", "5", Status.OFF_TRACK),  # equally far
        (["5"], "eq", "5", Status.ON_TRACK),
    ],
)
def test_status_rule(values, comparator, target, expected):
    assert compute_status([D(v) for v in values], comparator, D(target)) == expected


def test_calendar_and_school_year_periods():
    calendar_agency = SimpleNamespace(school_year_objectives=False)
    school_agency = SimpleNamespace(school_year_objectives=True)
    year = period_for(calendar_agency, 2026)
    assert (year.start, year.end, year.label) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
        "2026",
    )
    school = period_for(school_agency, 2025)
    assert (school.start, school.end) == (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    assert school.label == "2025–2026"
    assert current_year(school_agency, dt.date(2026, 8, 31)) == 2025
    assert current_year(school_agency, dt.date(2026, 9, 1)) == 2026
    assert current_year(calendar_agency, dt.date(2026, 8, 31)) == 2026


def test_slots_follow_the_frequency_and_the_school_year():
    quarters = slots(dt.date(2025, 9, 1), dt.date(2026, 8, 31), "quarterly")
    assert quarters == [
        (dt.date(2025, 9, 1), dt.date(2025, 11, 30)),
        (dt.date(2025, 12, 1), dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 1), dt.date(2026, 5, 31)),
        (dt.date(2026, 6, 1), dt.date(2026, 8, 31)),
    ]
    assert len(slots(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "monthly")) == 12
    assert slots(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "yearly") == [
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    ]


def test_next_due_skips_covered_slots():
    objective = SimpleNamespace(
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 12, 31),
        frequency="quarterly",
        latest_measured_on=None,
    )
    assert next_due(objective, dt.date(2026, 2, 1)) == dt.date(2026, 3, 31)
    objective.latest_measured_on = dt.date(2026, 4, 2)
    assert next_due(objective, dt.date(2026, 5, 1)) == dt.date(2026, 9, 30)
    objective.latest_measured_on = dt.date(2026, 12, 31)
    assert next_due(objective, dt.date(2026, 12, 31)) is None


def test_shift_year_handles_29_february():
    assert shift_year(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
