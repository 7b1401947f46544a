"""A source of our own (notes kept in memory) so the engine is tested apart from the apps."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from django.utils import timezone

from eiso.search import indexing
from eiso.search.models import Audience
from eiso.search.sources import EntryData, registry


class MemorySource:
    kind = "note"
    label = "Ghi chú"
    events: dict[str, str] = {}

    def __init__(self) -> None:
        self.items: dict[uuid.UUID, EntryData] = {}

    def add(self, title: str, body: str = "", *, agency=None, audience=None, **extra) -> EntryData:
        object_id = extra.pop("object_id", None) or uuid.uuid4()
        data = EntryData(
            object_id=object_id,
            title=title,
            body=body,
            url=f"/notes/{object_id}/",
            updated=timezone.now(),
            audience=audience or (Audience.AGENCY if agency else Audience.EVERYONE),
            agency_id=agency.pk if agency else None,
            province_id=agency.province_id if agency else extra.pop("province_id", None),
            **extra,
        )
        self.items[object_id] = data
        indexing.index_objects(self.kind, [object_id])
        return data

    def entries(self, object_ids):
        return [self.items[i] for i in object_ids if i in self.items]

    def batches(self, size: int) -> Iterator[list[uuid.UUID]]:
        ids = sorted(self.items)
        for start in range(0, len(ids), size):
            yield ids[start : start + size]

    def state_label(self, state: str) -> str:
        return state.upper()


@pytest.fixture
def notes(db):
    source = MemorySource()
    registry.register(source)
    yield source
    registry.unregister(source.kind)
