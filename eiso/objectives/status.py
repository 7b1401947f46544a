"""The status of an objective from its target and its measurements.

The rule (documented for users on the objective page):

1. no measurement yet → "not measured yet";
2. the latest value meets the target (≥, ≤ or = as the indicator says) → on track;
3. it misses the target, but over the last three measurements (at least two) every value is
   strictly closer to the target than the one before → at risk (improving, not there yet);
4. otherwise → off track.

"Closer" is the distance to the target: for ≥ the value grows, for ≤ it falls, for = its
distance |value − target| shrinks.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from eiso.objectives.models import Comparator, Status

TREND_WINDOW = 3


def meets(value: Decimal, comparator: str, target: Decimal) -> bool:
    if comparator == Comparator.GTE:
        return value >= target
    if comparator == Comparator.LTE:
        return value <= target
    return value == target


def _distance(value: Decimal, comparator: str, target: Decimal) -> Decimal:
    if comparator == Comparator.GTE:
        return target - value
    if comparator == Comparator.LTE:
        return value - target
    return abs(value - target)


def compute_status(values: Sequence[Decimal], comparator: str, target: Decimal) -> str:
    """`values` in chronological order (oldest first)."""
    if not values:
        return Status.NO_DATA
    if meets(values[-1], comparator, target):
        return Status.ON_TRACK
    window = list(values[-TREND_WINDOW:])
    if len(window) >= 2:
        distances = [_distance(v, comparator, target) for v in window]
        if all(later < earlier for earlier, later in itertools.pairwise(distances)):
            return Status.AT_RISK
    return Status.OFF_TRACK
