""" "Việc của tôi": the one page listing everything waiting for a person.

Each app registers a provider that returns its section for a user. Providers must be cheap: a
bounded number of queries whatever the data size, and at most `limit` items each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class WorkItem:
    title: str
    url: str = ""
    due: Any = None  # a date, shown dd/mm/yyyy; overdue when in the past
    detail: str = ""
    overdue: bool = False
    badge: str = ""


@dataclass
class WorkSection:
    key: str
    title: str
    items: list[WorkItem] = field(default_factory=list)
    total: int = 0
    empty_text: str = ""
    more_url: str = ""
    icon: str = "checklist"
    order: int = 100


Provider = Callable[[Any, Any], WorkSection | None]
_providers: dict[str, Provider] = {}


def register(key: str, provider: Provider) -> None:
    """Register (or replace) the provider for one section. Call from AppConfig.ready()."""
    _providers[key] = provider


def sections_for(user, agency, *, limit: int = 10) -> list[WorkSection]:
    sections = []
    for provider in _providers.values():
        section = provider(user, agency)
        if section is not None:
            section.items = section.items[:limit]
            sections.append(section)
    return sorted(sections, key=lambda s: (s.order, s.title))
