"""What search indexes: one source per kind of object, registered from wiring.

A source turns objects (by id, in batches) into `EntryData` rows; objects it no longer returns
(deleted, or nothing left to find) lose their entries. Sources never decide who sees a result
at query time: they set each entry's audience, agency, province (and owner unit / author for
drafts), and eiso.search.scope turns the user's access into a filter over those columns.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.utils.functional import Promise


@dataclass
class EntryData:
    object_id: uuid.UUID
    title: str
    url: str
    updated: dt.datetime
    audience: str
    part: str = ""
    code: str = ""
    body: str = ""
    state: str = ""
    province_id: uuid.UUID | None = None
    agency_id: uuid.UUID | None = None
    unit_path: str = ""
    author_id: uuid.UUID | None = None


class Source(Protocol):
    kind: str

    @property
    def label(self) -> str | Promise:
        """The kind's name shown on results and filter chips."""
        ...

    # Domain events that change objects of this source: {event name: payload -> object ids}.
    events: dict[str, Callable[..., Iterable[Any]]]

    def entries(self, object_ids: list[uuid.UUID]) -> Iterable[EntryData]:
        """Entries for those of `object_ids` that still exist (a few queries per batch)."""
        ...

    def batches(self, size: int) -> Iterator[list[uuid.UUID]]:
        """Every object id, `size` at a time (keyset pagination: constant memory)."""
        ...

    def changed_since(self, since: dt.datetime) -> Iterator[list[uuid.UUID]]:
        """Ids of objects changed at or after `since`, in batches (the catch-up job)."""
        ...

    def state_label(self, state: str) -> str | Promise:
        """The badge text of an entry's state code."""
        ...


@dataclass
class Registry:
    sources: dict[str, Source] = field(default_factory=dict)

    def register(self, source: Source) -> None:
        self.sources[source.kind] = source

    def unregister(self, kind: str) -> None:
        self.sources.pop(kind, None)

    def get(self, kind: str) -> Source | None:
        return self.sources.get(kind)

    def kinds(self) -> list[str]:
        return list(self.sources)


registry = Registry()


def id_batches(queryset, size: int) -> Iterator[list[uuid.UUID]]:
    """Primary keys of `queryset` in ascending batches of `size`, one query per batch."""
    last = None
    while True:
        page = queryset.order_by("pk")
        if last is not None:
            page = page.filter(pk__gt=last)
        ids = list(page.values_list("pk", flat=True)[:size])
        if not ids:
            return
        yield ids
        last = ids[-1]
