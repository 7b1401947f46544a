"""Benchmark every registered page, API call and heavy operation (issue 6); see eiso.bench.

    manage.py bench --scale province                   # generate into an empty database, measure
    manage.py bench --scale smoke --output var/bench/smoke.json
    manage.py bench --scale province --baseline var/bench/smoke.json   # flag query counts that
                                                       # differ from the smaller scale
    manage.py bench --reuse                            # measure the data already there

Use a database of its own (make bench creates eiso_bench on PostgreSQL): the command writes the
generated data, a steering decision, notifications and API tokens for its personas.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import override_settings
from django.utils import timezone

from eiso.bench import assets, data, report, runner, workload
from eiso.bench.registry import HTML_KINDS, all_cases


class Command(BaseCommand):
    help = "Build benchmark data with the demo generator and measure every page and API call."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=sorted(data.SEED_SCALES), default="smoke")
        parser.add_argument("--output", help="Results JSON (a .md is written next to it).")
        parser.add_argument("--repeat", type=int, default=20)
        parser.add_argument("--warmup", type=int, default=2)
        parser.add_argument("--baseline", help="Results JSON of another scale: compare queries.")
        parser.add_argument("--reuse", action="store_true", help="Measure existing data.")
        parser.add_argument("--only", help="Only cases whose name contains this text.")
        parser.add_argument("--no-workload", action="store_true")
        parser.add_argument("--no-static-check", action="store_true")
        parser.add_argument("--workload-seconds", type=float, default=30)
        parser.add_argument("--workload-requests", type=int, default=6000)

    def handle(self, *args, **options):
        if options["repeat"] < 0:
            raise CommandError("--repeat must not be negative.")
        hosts = [*settings.ALLOWED_HOSTS, "testserver"]
        # django-axes logs every (forced) login of a persona; the report is what matters here.
        logging.getLogger("axes").setLevel(logging.WARNING)
        with override_settings(DEBUG=False, ALLOWED_HOSTS=hosts):
            results = self._run(options)
        output = Path(options["output"] or self._default_output(options["scale"]))
        report.write_json(output, results)
        output.with_suffix(".md").write_text(report.markdown(results))
        self.stdout.write(f"Results: {output} and {output.with_suffix('.md')}")

    def _default_output(self, scale: str) -> Path:
        return settings.BASE_DIR / "benchmarks" / f"results-{timezone.localdate()}-{scale}.json"

    def _run(self, options) -> dict:
        log = self.stdout.write
        load_start = os.getloadavg()
        started = time.perf_counter()
        _migrate()
        migrate_seconds = time.perf_counter() - started
        log(f"Building data (scale {options['scale']})…")
        built = data.build(options["scale"], reuse=options["reuse"], log=log)
        # As autovacuum would have by the time anyone uses the data (and must, when it is off).
        analyze_seconds = vacuum_analyze()
        cases = order_cases([c for c in all_cases() if (options["only"] or "") in c.name])
        log(f"Measuring {len(cases)} cases ×{options['repeat']}…")
        measured = runner.run_cases(
            built.context, cases, repeat=options["repeat"], warmup=options["warmup"], log=log
        )
        if any(case.kind in WRITING_KINDS for case in cases):
            vacuum_analyze()  # the rolled-back imports left dead rows for the workload
        results = {
            "date": timezone.now().isoformat(timespec="seconds"),
            "scale": options["scale"],
            "machine": report.machine(),
            "targets": report.targets(),
            "data": {
                "migrate_seconds": round(migrate_seconds, 1),
                "generation_seconds": _round(built.generation_seconds),
                "extras_seconds": round(built.extras_seconds, 1),
                "analyze_seconds": _round(analyze_seconds),
                "counts": built.counts,
                "volumes": data.volume_checks(options["scale"], built.counts),
                "personas": built.context.describe_personas(),
            },
            "repeat": options["repeat"],
            "warmup": options["warmup"],
            "cases": [],
        }
        if options["baseline"]:
            results["baseline"] = self._compare(measured, Path(options["baseline"]))
        results["cases"] = [result.as_dict() for result in measured]
        if not options["no_static_check"]:
            results["static"] = self._static_check(built.context, cases)
        if not options["no_workload"]:
            log("Mixed read workload…")
            results["workload"] = self._workload(built.context, cases, options)
        # Other processes share the machine: the load average says how quiet it was.
        results["machine"]["load_average"] = {"start": load_start, "end": os.getloadavg()}
        results["seconds"] = round(time.perf_counter() - started, 1)
        return results

    def _compare(self, measured, path: Path) -> dict:
        baseline = json.loads(path.read_text())
        counts = {case["name"]: case["queries"] for case in baseline["cases"]}
        runner.compare_queries(measured, counts)
        return {"scale": baseline["scale"], "file": str(path), "queries": counts}

    def _static_check(self, context, cases) -> dict:
        html_case = next(c for c in cases if c.kind in HTML_KINDS)
        work = html_case.build_request(context)
        content = runner.Clients(context).for_request(work).get(work.path).content
        return assets.hashed_names(assets.referenced_assets(content))

    def _workload(self, context, cases, options) -> dict:
        try:
            return workload.run_workload(
                context,
                cases,
                seconds=options["workload_seconds"],
                max_requests=options["workload_requests"],
                log=self.stdout.write,
            )
        except (RuntimeError, OSError) as exc:
            return {"error": str(exc)}


# Cases that write (and roll back): measured last, so their dead rows slow no other case.
WRITING_KINDS = frozenset({"import"})


def order_cases(cases: list) -> list:
    return [c for c in cases if c.kind not in WRITING_KINDS] + [
        c for c in cases if c.kind in WRITING_KINDS
    ]


def vacuum_analyze() -> float | None:
    """VACUUM ANALYZE on PostgreSQL (table statistics for the planner); None elsewhere, and
    inside a transaction (a test's), where PostgreSQL refuses it."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return None
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def _migrate() -> None:
    """Bring the schema up to date (a no-op, and no DDL, when it already is)."""
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
