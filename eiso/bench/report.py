"""The results file (JSON) and its markdown table."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from pathlib import Path

import django
from django.db import connection

from eiso.bench.registry import FIRST_LOAD_BUDGET, HTMX_BUDGET, MAX_QUERIES, TARGETS_MS


def machine() -> dict:
    return {
        "nproc": os.cpu_count(),
        "memory_mb": _memory_mb(),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "database": connection.vendor,
        "database_version": _database_version(),
        "os": platform.platform(),
        "git_commit": _git_commit(),
    }


def _memory_mb() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        return platform.processor()
    return platform.processor()


def _database_version() -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        return str(cursor.fetchone()[0])


def _git_commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH, fixed arguments
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return result.stdout.strip()


def targets() -> dict:
    return {
        "p95_ms_by_kind": TARGETS_MS,
        "max_queries": MAX_QUERIES,
        "first_load_bytes": FIRST_LOAD_BUDGET,
        "htmx_update_bytes": HTMX_BUDGET,
        "workload_requests_per_second": 150,
        "worker_rss_mb": 300,
        "generation_seconds_province": 600,
    }


def write_json(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n")


def _load(facts: dict, when: str) -> str:
    values = (facts.get("load_average") or {}).get(when)
    return "/".join(f"{value:.1f}" for value in values) if values else "?"


def _mark(value: bool | None) -> str:
    return {True: "pass", False: "**miss**", None: "–"}[value]


def _kb(value: int | None) -> str:
    return "–" if value is None else f"{value / 1024:.1f}"


def volume_rows(data: dict, scale: str) -> list[str]:
    """The generated volumes against issue 6's province figures, and the generation time."""
    volumes = data.get("volumes") or {}
    if not volumes:
        return []
    lines = ["| Rows | Generated | Target (province) | Result |", "|---|---:|---:|---|"]
    for key, check in volumes.items():
        lines.append(
            f"| {key} | {check['rows']:,} | ≥ {check['target']:,} | {_mark(check['ok'])} |"
        )
    generation = data.get("generation_seconds")
    if generation is not None:
        limit = targets()["generation_seconds_province"]
        lines.append(
            f"| generation time | {generation:,.0f} s | ≤ {limit} s | {_mark(generation <= limit)} |"
        )
    return [*lines, ""]


def case_rows(cases: list[dict]) -> list[str]:
    lines = [
        "| Case | Kind | Status | Median ms | p95 ms | Max ms | Target | CPU ms | Queries | KB"
        " | gzip KB | First load KB | Result |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for case in cases:
        checks = case["checks"]
        misses = [name for name, ok in checks.items() if ok is False]
        verdict = "pass" if not misses else "**miss: " + ", ".join(misses) + "**"
        first = case.get("first_load") or {}
        target = case["target_ms"]
        lines.append(
            f"| {case['name']} | {case['kind']} | {case['status']} | {case['median_ms']} | "
            f"{case['p95_ms']} | {case['max_ms']} | {'–' if target is None else target} | "
            f"{case.get('cpu_median_ms') if case.get('cpu_median_ms') is not None else '–'} | "
            f"{case['queries']} | {_kb(case['bytes'])} | {_kb(case['gzip_bytes'])} | "
            f"{_kb(first.get('total_bytes'))} | {verdict} |"
        )
    return lines


def markdown(results: dict) -> str:
    facts = results["machine"]
    data = results["data"]
    generation = data["generation_seconds"]
    lines = [
        f"# Benchmark {results['date']} — scale {results['scale']}",
        "",
        f"Machine: {facts['nproc']} CPU ({facts['cpu']}), {facts['memory_mb']} MB RAM, Python "
        f"{facts['python']}, Django {facts['django']}, {facts['database']} "
        f"{facts['database_version']}; commit {facts['git_commit']}; load average (1/5/15 min) "
        f"{_load(facts, 'start')} at the start, {_load(facts, 'end')} at the end.",
        "",
        "Data generation (seed_demo): "
        + ("reused existing data" if generation is None else f"{generation:.1f} s")
        + f"; benchmark fixtures {data['extras_seconds']:.1f} s"
        + (
            f"; VACUUM ANALYZE afterwards {data['analyze_seconds']:.1f} s"
            if data.get("analyze_seconds") is not None
            else ""
        )
        + ". Rows: "
        + ", ".join(f"{key} {value:,}" for key, value in data["counts"].items())
        + ".",
        "",
        *volume_rows(data, results["scale"]),
        f"Each case: {results['warmup']} warm-up, {results['repeat']} timed runs (server time "
        "in-process through Django's test client), then one run counting SQL queries. CPU ms is "
        "the median CPU time of the Django process per run (PostgreSQL excluded), which a busy "
        "shared machine does not inflate the way it inflates wall time.",
        "",
        *case_rows(results["cases"]),
        "",
    ]
    lines += _summary_lines(results)
    return "\n".join(lines) + "\n"


def _summary_lines(results: dict) -> list[str]:
    lines = []
    baseline = results.get("baseline")
    if baseline:
        changed = [
            c["name"] for c in results["cases"] if c["checks"].get("queries_stable") is False
        ]
        lines.append(
            f"Query counts compared with scale {baseline['scale']}: "
            + ("identical for every case." if not changed else "differ for " + ", ".join(changed))
        )
        lines.append("")
    static = results.get("static")
    if static:
        lines.append(
            f"Static files in production: {static['production_backend']}; hashed names for every "
            f"asset a page loads: {'yes' if static['all_hashed'] else 'NO'}."
        )
        lines.append("")
    workload = results.get("workload")
    if workload:
        lines += workload_lines(workload)
    return lines


def workload_lines(workload: dict) -> list[str]:
    if workload.get("error"):
        return [f"Mixed workload: not run ({workload['error']})."]
    rss = ", ".join(f"{value:.0f} MB" for value in workload["worker_rss_mb"])
    return [
        f"Mixed read workload (gunicorn, {workload['workers']} workers, {workload['threads']} "
        f"client threads, loopback): {workload['requests']} requests in "
        f"{workload['seconds']:.1f} s = **{workload['requests_per_second']:.0f} requests/s** "
        f"(target ≥ 150: {_mark(workload['requests_per_second'] >= 150)}), "
        f"{workload['errors']} errors, latency median {workload['median_ms']:.0f} ms / p95 "
        f"{workload['p95_ms']:.0f} ms; worker RSS {rss} (target < 300 MB: "
        f"{_mark(max(workload['worker_rss_mb']) < 300)}). Web workers used "
        f"{workload.get('worker_cpu_ms_per_request', '?')} ms of CPU per request (PostgreSQL "
        f"not included); shared cache (sessions): {workload.get('cache', '?')}.",
    ]
