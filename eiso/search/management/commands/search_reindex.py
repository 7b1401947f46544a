"""manage.py search_reindex [--kind document|external|tthc] [--background] [--batch-size N]"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from eiso.search import indexing
from eiso.search.sources import registry


class Command(BaseCommand):
    help = "Rebuild the search index (all kinds or one), in batches with constant memory."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--kind", choices=registry.kinds(), help="Only this kind.")
        parser.add_argument(
            "--background", action="store_true", help="Enqueue a task for the workers instead."
        )
        parser.add_argument("--batch-size", type=int, default=indexing.BATCH_SIZE)

    def handle(self, *args, kind=None, background=False, batch_size=500, **options) -> None:
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        if background:
            from eiso.search.tasks import reindex

            result = reindex.enqueue(kind=kind or "")
            self.stdout.write(f"Enqueued search reindex task {result.id}")
            return
        started = time.monotonic()
        written = indexing.reindex(kind, batch_size=batch_size, log=self.stdout.write)
        total = sum(written.values())
        self.stdout.write(f"Indexed {total} entries in {time.monotonic() - started:.1f} s")
