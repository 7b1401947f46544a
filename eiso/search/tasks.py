"""Background jobs of search (Django Tasks API): thin wrappers."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django_tasks import task

from eiso.search import indexing

CATCH_UP_MINUTES = 15


@task()
def reindex(kind: str = "") -> dict[str, int]:
    """Rebuild the index (one kind, or all) in batches: for large installations, off the request."""
    return indexing.reindex(kind or None)


@task()
def catch_up() -> dict[str, int]:
    """Every CATCH_UP_MINUTES: re-index objects changed in the last two periods (overlapping, so a
    late run misses nothing)."""
    since = timezone.now() - dt.timedelta(minutes=2 * CATCH_UP_MINUTES)
    return indexing.catch_up(since)
