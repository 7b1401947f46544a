"""`manage.py load_standards`: load the editions of ISO 9001, their clauses and mappings."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from eiso.standards.loader import load_standards


class Command(BaseCommand):
    help = (
        "Load TCVN ISO 9001:2008, TCVN ISO 9001:2015 and ISO 9001:2026 (clause trees and "
        "mappings between editions) from eiso/standards/data. Safe to run again."
    )

    def handle(self, *args, **options):
        result = load_standards()
        self.stdout.write(
            f"Editions: {result.editions_created} created, {result.editions_updated} updated; "
            f"clauses: {result.clauses_created} created, {result.clauses_updated} updated; "
            f"mappings: {result.mappings_created} created, {result.mappings_updated} updated."
        )
        for stale in result.stale_clauses:
            self.stdout.write(self.style.WARNING(f"Clause no longer in the data files: {stale}"))
