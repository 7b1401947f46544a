"""Buffered bulk inserts: the generator writes rows in batches, never one query per row.

Foreign keys are checked at commit (Django declares them DEFERRABLE INITIALLY DEFERRED on SQLite
and PostgreSQL), so batches of different models may be flushed in any order inside the generator's
transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from django.db import models


class BatchWriter:
    """`after_flush` runs after each bulk insert; the command passes `django.db.reset_queries` so
    that, with DEBUG on, the query log does not keep every insert of a national run in memory."""

    def __init__(self, batch_size: int = 1000, *, after_flush: Callable[[], None] | None = None):
        self.batch_size = batch_size
        self.after_flush = after_flush
        self._pending: dict[type[models.Model], list[models.Model]] = {}
        self.counts: Counter[str] = Counter()

    def add(self, obj: models.Model) -> None:
        model = type(obj)
        pending = self._pending.setdefault(model, [])
        pending.append(obj)
        if len(pending) >= self.batch_size:
            self._flush_model(model)

    def flush(self) -> None:
        for model in list(self._pending):
            self._flush_model(model)

    def _flush_model(self, model: type[models.Model]) -> None:
        objects = self._pending.pop(model, [])
        if objects:
            model._default_manager.bulk_create(objects, batch_size=self.batch_size)
            self.counts[model._meta.label] += len(objects)
            if self.after_flush is not None:
                self.after_flush()
