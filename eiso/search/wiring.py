"""Connect search to the apps it indexes (called from AppConfig.ready()): register the sources
and re-index their objects on the domain events they publish."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from eiso.search.sources import Source, registry

logger = logging.getLogger(__name__)


def _on_event(kind: str, ids_of: Callable[..., Iterable[Any]]) -> Callable[..., None]:
    def handle(**payload: Any) -> None:
        from eiso.search import indexing

        ids = [i for i in ids_of(**payload) if i]
        if ids:
            indexing.index_objects(kind, ids)

    handle.__name__ = f"search_index_{kind}"
    return handle


_handlers: dict[tuple[str, str], Callable[..., None]] = {}


def connect_source(source: Source) -> None:
    from eiso.core import domain_events

    registry.register(source)
    for event, ids_of in source.events.items():
        key = (event, source.kind)
        if key not in _handlers:
            _handlers[key] = _on_event(source.kind, ids_of)
            domain_events.subscribe(event, _handlers[key])


def connect() -> None:
    from eiso.core.scheduler import Daily, Every, register_periodic
    from eiso.search.sources.documents import DocumentSource
    from eiso.search.sources.procedures import TTHCSource
    from eiso.search.sources.references import ExternalDocumentSource
    from eiso.search.tasks import CATCH_UP_MINUTES, catch_up, reindex

    sources: list[Source] = [DocumentSource(), ExternalDocumentSource(), TTHCSource()]
    for source in sources:
        connect_source(source)
    # Events keep the index current; the catch-up job indexes changes no event announced, and a
    # nightly rebuild repairs anything else (e.g. a unit moved while its drafts were open).
    register_periodic("search.catch_up", catch_up, Every(CATCH_UP_MINUTES))
    register_periodic("search.nightly_reindex", reindex, Daily(hour=2))
