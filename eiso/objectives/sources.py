"""Data sources of objectives: entered by hand, or computed by a registered source.

A later feature (dossier statistics) registers sources that compute an objective's value from
its own data::

    register_source("performance.on_time_rate", _("% dossiers resolved on time"), compute)

where `compute(objective, period_start, period_end) -> Decimal | None` returns the value for the
interval, or None when there is no data. `measure_from_source` in the services stores it as an
ordinary measurement, so status, charts and reports treat both kinds alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

MANUAL = "manual"

Compute = Callable[[Any, dt.date, dt.date], Decimal | None]


@dataclass(frozen=True)
class Source:
    key: str
    label: Any
    compute: Compute | None


_sources: dict[str, Source] = {}


def register_source(key: str, label: Any, compute: Compute) -> None:
    if not key or len(key) > 60 or key == MANUAL:
        raise ValueError(f"invalid source key {key!r}")
    if not callable(compute):
        raise TypeError(f"{key}: compute must be callable")
    _sources[key] = Source(key, label, compute)


def unregister_source(key: str) -> None:
    _sources.pop(key, None)


def get_source(key: str) -> Source | None:
    if key == MANUAL:
        return Source(MANUAL, _("Entered by hand"), None)
    return _sources.get(key)


def choices() -> list[tuple[str, str]]:
    return [(MANUAL, str(_("Entered by hand")))] + [
        (source.key, str(source.label)) for source in _sources.values()
    ]


def label_of(key: str) -> str:
    source = get_source(key)
    return str(source.label) if source is not None else key
