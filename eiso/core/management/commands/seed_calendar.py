"""Load the known government decisions on days off that the `holidays` package lacks.

Idempotent: the demo/setup command runs it on every start. See eiso/core/workdays/decisions.py.
"""

from django.core.management.base import BaseCommand

from eiso.core.workdays.decisions import KNOWN_DECISIONS
from eiso.core.workdays.services import seed_known_decisions


class Command(BaseCommand):
    help = "Add the known nationwide calendar decisions not already in the holidays package."

    def handle(self, *args, **options):
        added, covered = seed_known_decisions(decisions=KNOWN_DECISIONS)
        for exception in added:
            self.stdout.write(f"  + {exception.date:%d/%m/%Y} {exception.kind}: {exception.note}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Calendar: {len(added)} nationwide exception(s) added, "
                f"{covered} decision(s) already in the holidays package or the calendar."
            )
        )
