"""`manage.py run_scheduler`: enqueue periodic jobs (digests, reminders) when they are due.

Runs as a long-lived process next to the task worker (`manage.py db_worker`), or from cron with
`--once`. Safe to restart at any time and to run twice: each slot is claimed once in the database.
"""

from __future__ import annotations

import logging
import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from eiso.core import scheduler

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Enqueue periodic background jobs when they are due (Asia/Ho_Chi_Minh time)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Enqueue what is due now, then exit (cron, tests)."
        )
        parser.add_argument(
            "--interval",
            type=int,
            default=30,
            help="Seconds between checks in loop mode (default: %(default)s).",
        )

    def handle(self, *args, once: bool, interval: int, **options):
        if once:
            self._pass()
            return
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        jobs = ", ".join(job.name for job in scheduler.registered_jobs()) or "-"
        self.stdout.write(f"scheduler started (every {max(1, interval)}s); jobs: {jobs}")
        self.loop(stop, interval)
        self.stdout.write("scheduler stopped")

    def loop(self, stop: threading.Event, interval: int) -> None:
        """Check every `interval` seconds until `stop` is set. A failed pass never ends the loop."""
        while not stop.is_set():
            try:
                self._pass()
            except Exception:
                # The database may be briefly unreachable: log, drop the connection, try again.
                logger.exception("scheduler pass failed")
            finally:
                close_old_connections()
            stop.wait(max(1, interval))

    def _pass(self) -> None:
        for name in scheduler.run_pending():
            self.stdout.write(f"enqueued {name}")
