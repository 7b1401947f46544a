"""Writing the index: entries of some objects (on their domain events), or of everything (the
reindex command, the background task, the demo step)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone, translation

from eiso.search.models import SearchEntry
from eiso.search.sources import EntryData, Source, registry
from eiso.search.text import fold, index_text, normalise

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# Enough for any procedure; long uploaded files are cut (PostgreSQL keeps positions up to 16,383
# per tsvector, and a snippet needs only the text that matched).
MAX_BODY = 100_000


def _row(kind: str, data: EntryData) -> SearchEntry:
    title = normalise(data.title)[:2000]
    code = normalise(data.code)[:128]
    body = normalise(data.body)[:MAX_BODY]
    return SearchEntry(
        kind=kind,
        object_id=data.object_id,
        part=data.part,
        province_id=data.province_id,
        agency_id=data.agency_id,
        audience=data.audience,
        unit_path=data.unit_path,
        author_id=data.author_id,
        state=data.state,
        title=title,
        code=code,
        body=body,
        url=data.url,
        updated=data.updated,
        title_folded=index_text(title, code),
        code_folded=fold(code),
        body_folded=index_text(body),
    )


def _source(kind: str) -> Source:
    source = registry.get(kind)
    if source is None:
        raise LookupError(f"No search source for kind {kind!r}")
    return source


@transaction.atomic
def index_objects(kind: str, object_ids: Iterable[uuid.UUID | str]) -> int:
    """Replace the entries of these objects with what their source says now. Returns the number
    of entries written. Objects the source no longer returns lose their entries."""
    ids = [uuid.UUID(str(i)) for i in object_ids]
    if not ids:
        return 0
    # Labels written into the text (kinds, levels) are Vietnamese whoever triggered the change.
    with translation.override("vi"):
        rows = [_row(kind, data) for data in _source(kind).entries(ids)]
    # Delete and insert (not update): the FTS5 triggers and the generated tsvector follow.
    SearchEntry.objects.filter(kind=kind, object_id__in=ids).delete()
    SearchEntry.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return len(rows)


def remove_objects(kind: str, object_ids: Iterable[uuid.UUID | str]) -> int:
    ids = [uuid.UUID(str(i)) for i in object_ids]
    deleted, _ = SearchEntry.objects.filter(kind=kind, object_id__in=ids).delete()
    return deleted


def reindex(kind: str | None = None, *, batch_size: int = BATCH_SIZE, log=None) -> dict[str, int]:
    """Rebuild the entries of one kind (or all), `batch_size` objects per transaction, so memory
    stays flat whatever the size; entries of objects that are gone are removed at the end.
    Returns {kind: entries written}."""
    kinds = [kind] if kind else registry.kinds()
    written: dict[str, int] = {}
    for name in kinds:
        source = _source(name)
        started = timezone.now()
        count = 0
        for ids in source.batches(batch_size):
            count += index_objects(name, ids)
        # Every entry still present was rewritten after `started`; older ones are orphans.
        SearchEntry.objects.filter(kind=name, indexed_at__lt=started).delete()
        written[name] = count
        if log is not None:
            log(f"{name}: {count}")
    return written


def catch_up(since) -> dict[str, int]:
    """Re-index what changed since `since` in every source: a safety net for changes published by
    no domain event (e.g. an external document created or edited)."""
    written: dict[str, int] = {}
    for name in registry.kinds():
        count = 0
        for ids in _source(name).changed_since(since):
            count += index_objects(name, ids)
        written[name] = count
    return written
