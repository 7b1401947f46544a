""" "Việc của tôi": the one page listing everything waiting for a person.

Each app registers a provider that returns its section for a user (or None when the section does
not apply to that person)::

    def my_tasks(user, agency) -> WorkSection | None: ...
    my_work.register("plans.tasks", my_tasks)   # from AppConfig.ready()

Providers must be cheap: a bounded number of queries whatever the data size (typically one:
`first_and_total` reads the first `limit` items and the number of all of them together), at most
`limit` items each. A provider that fails is logged and
shown as "could not be loaded" so one broken section never takes the whole page down.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet, Window
from django.utils import timezone
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


@dataclass
class WorkItem:
    title: str
    url: str = ""
    due: Any = None  # a date (or datetime), shown dd/mm/yyyy; overdue when in the past
    detail: str = ""
    overdue: bool = False  # force the overdue badge (e.g. late by working days)
    badge: str = ""
    date: Any = None  # when it happened (e.g. a notification's time), shown for information
    post: bool = False  # open through a POST form (the link changes state, e.g. marks read)

    @property
    def due_date(self) -> dt.date | None:
        if isinstance(self.due, dt.datetime):
            return (
                timezone.localtime(self.due).date()
                if timezone.is_aware(self.due)
                else self.due.date()
            )
        return self.due

    @property
    def is_overdue(self) -> bool:
        due = self.due_date
        return self.overdue or (due is not None and due < timezone.localdate())


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
    error: str = ""

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self.items if item.is_overdue)


SECTION_LIMIT = 10
_TOTAL = "_my_work_total"


def first_and_total(queryset: QuerySet, limit: int = SECTION_LIMIT) -> tuple[list, int]:
    """The first `limit` rows of `queryset` and how many rows it has, in one query (the count is
    a window over the whole result, computed before the LIMIT). A DISTINCT query counts apart."""
    if queryset.query.distinct:
        rows = list(queryset[:limit])
        return rows, (queryset.count() if len(rows) == limit else len(rows))
    rows = list(queryset.annotate(**{_TOTAL: Window(Count("pk"))})[:limit])
    return rows, (getattr(rows[0], _TOTAL) if rows else 0)


Provider = Callable[[Any, Any], WorkSection | None]
_providers: dict[str, Provider] = {}


def register(key: str, provider: Provider) -> None:
    """Register (or replace) the provider for one section. Call from AppConfig.ready()."""
    _providers[key] = provider


def unregister(key: str) -> None:
    _providers.pop(key, None)


def registered_keys() -> list[str]:
    return list(_providers)


def _call(key: str, provider: Provider, user, agency) -> WorkSection | None:
    try:
        return provider(user, agency)
    except Exception:
        logger.exception("my work: section %s failed", key)
        return WorkSection(
            key=key, title=_("Section unavailable"), error=_("This section could not be loaded.")
        )


def sections_for(user, agency, *, limit: int = 10) -> list[WorkSection]:
    sections = []
    for key, provider in list(_providers.items()):
        section = _call(key, provider, user, agency)
        if section is not None:
            section.total = max(section.total, len(section.items))
            section.items = section.items[:limit]
            sections.append(section)
    return sorted(sections, key=lambda s: (s.order, s.title))
