"""Measure each case in-process with Django's test client: server time, SQL queries, bytes.

Each case runs `warmup` times unmeasured, then `repeat` timed runs (no query capture, so the debug
cursor costs nothing), then one more run inside CaptureQueriesContext for the query count
(`repeat=0`: only that run, e.g. for the CI smoke test).
"""

from __future__ import annotations

import gc
import gzip
import logging
import math
import statistics
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from django.db import connection
from django.test import Client
from django.test.client import ClientHandler
from django.test.utils import CaptureQueriesContext

from eiso.bench import assets
from eiso.bench.context import BenchContext
from eiso.bench.registry import (
    FIRST_LOAD_BUDGET,
    HTML_KINDS,
    HTMX_BUDGET,
    MAX_QUERIES,
    QUERY_BUDGET_KINDS,
    Call,
    Case,
    Request,
)


@dataclass
class CaseResult:
    name: str
    kind: str
    module: str
    persona: str = ""
    path: str = ""
    status: int | None = None
    expected_status: int | None = None
    runs: int = 0
    median_ms: float | None = None
    p95_ms: float | None = None
    max_ms: float | None = None
    target_ms: float | None = None
    # CPU time of this process (PostgreSQL excluded): what the case costs the application,
    # whatever else the shared machine was doing.
    cpu_median_ms: float | None = None
    queries: int | None = None
    bytes: int | None = None
    gzip_bytes: int | None = None
    first_load: dict | None = None
    checks: dict[str, bool | None] = field(default_factory=dict)
    error: str = ""

    @property
    def status_ok(self) -> bool:
        return self.status is not None and self.status == self.expected_status

    def as_dict(self) -> dict:
        return asdict(self)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 20 runs is the 19th fastest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


class Clients:
    """Test clients sharing one request handler (middleware is set up once, as in a server
    process): one cookie jar per logged-in user, one for anonymous and API-token requests."""

    def __init__(self, context: BenchContext):
        self.context = context
        self._clients: dict[object, Client] = {}
        # One request handler for every client, as in a server process (middleware set up once).
        self._handler: ClientHandler | None = None
        self._names = {user.pk: key for key, user in context.personas.items()}
        self._token_names = {secret: key for key, secret in context.tokens.items()}

    def persona_of(self, request: Request) -> str:
        if request.token:
            return self._token_names.get(request.token, "token") + " (API token)"
        if request.user is None:
            return "anonymous"
        return self._names.get(request.user.pk, request.user.username)

    def for_request(self, request: Request) -> Client:
        key = ("token", request.token) if request.token else getattr(request.user, "pk", None)
        if key not in self._clients:
            client = Client()
            if self._handler is None:
                self._handler = client.handler
            else:
                client.handler = self._handler
            if request.user is not None and not request.token:
                client.force_login(request.user)
            self._clients[key] = client
        return self._clients[key]


def _perform(clients: Clients, request: Request) -> tuple[int, bytes, str]:
    client = clients.for_request(request)
    headers = dict(request.headers)
    if request.token:
        headers["Authorization"] = f"Bearer {request.token}"
    response = getattr(client, request.method)(request.path, data=request.params, headers=headers)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, content, response.get("Content-Type", "")


def _runner(clients: Clients, work: Request | Call) -> Callable[[], tuple[int, bytes, str]]:
    if isinstance(work, Call):
        return lambda: (200, work.func(), "application/octet-stream")
    return lambda: _perform(clients, work)


# Kinds that take seconds a run: fewer timed runs (their p95 is then the slowest of them).
MAX_RUNS = {"import": 3}


def measure(case: Case, context: BenchContext, clients: Clients, *, repeat: int, warmup: int):
    result = CaseResult(case.name, case.kind, case.module, target_ms=case.target_ms)
    repeat = min(repeat, MAX_RUNS.get(case.kind, repeat))
    warmup = min(warmup, MAX_RUNS.get(case.kind, warmup), 1 if case.kind in MAX_RUNS else warmup)
    try:
        work = case.build_request(context)
        if isinstance(work, Request):
            result.persona, result.path = clients.persona_of(work), work.path
            if work.params:
                result.path += "?" + "&".join(f"{k}={v}" for k, v in work.params.items())
            result.expected_status = work.expected_status
        else:
            result.persona, result.path, result.expected_status = "-", "(in process)", 200
        run = _runner(clients, work)
        for _ in range(warmup):
            run()
        gc.collect()
        timings, cpu = [], []
        for _ in range(repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            status, content, content_type = run()
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            status, content, content_type = run()
            counted_ms = (time.perf_counter() - started) * 1000
        result.queries = len(captured)
        timings = timings or [counted_ms]  # repeat=0: the counted run is the only timing
    except Exception:  # a broken case is reported, never stops the benchmark
        result.error = traceback.format_exc(limit=6)
        result.checks = {"status": False}
        return result
    result.status, result.runs, result.bytes = status, repeat, len(content)
    result.median_ms = round(statistics.median(timings), 2)
    result.p95_ms = round(percentile(timings, 0.95), 2)
    result.max_ms = round(max(timings), 2)
    result.cpu_median_ms = round(statistics.median(cpu), 2) if cpu else None
    if "html" in content_type or "json" in content_type:
        result.gzip_bytes = len(gzip.compress(content, compresslevel=6))
    if case.kind in HTML_KINDS and "html" in content_type and result.status_ok:
        result.first_load = assets.first_load(content, result.gzip_bytes or 0)
    result.checks = _checks(case, result)
    return result


def _checks(case: Case, result: CaseResult) -> dict[str, bool | None]:
    """pass (True), miss (False) or no target (None) per target of issue 6."""
    if result.p95_ms is None or result.queries is None:
        raise ValueError(f"{case.name}: checks need a measured time and query count")
    checks: dict[str, bool | None] = {"status": result.status_ok}
    checks["time"] = None if case.target_ms is None else result.p95_ms <= case.target_ms
    checks["queries"] = result.queries <= MAX_QUERIES if case.kind in QUERY_BUDGET_KINDS else None
    if result.first_load is not None:
        checks["first_load"] = result.first_load["total_bytes"] <= FIRST_LOAD_BUDGET
    if case.kind == "htmx" and result.gzip_bytes is not None:
        checks["htmx_bytes"] = result.gzip_bytes <= HTMX_BUDGET
    return checks


def run_cases(
    context: BenchContext,
    cases: Iterable[Case],
    *,
    repeat: int,
    warmup: int = 1,
    log: Callable[[str], None] = print,
) -> list[CaseResult]:
    clients = Clients(context)
    results = []
    # Expected refusals (a case measuring a 403/404) would otherwise log a warning each run.
    request_logger = logging.getLogger("django.request")
    level = request_logger.level
    request_logger.setLevel(logging.ERROR)
    try:
        for case in cases:
            results.append(_measure_and_log(case, context, clients, repeat, warmup, log))
    finally:
        request_logger.setLevel(level)
    return results


def _measure_and_log(case, context, clients, repeat, warmup, log) -> CaseResult:
    result = measure(case, context, clients, repeat=repeat, warmup=warmup)
    if result.error:
        log(f"  {case.name}: ERROR {result.error.strip().splitlines()[-1]}")
    else:
        log(
            f"  {case.name}: {result.status} p95 {result.p95_ms} ms, "
            f"{result.queries} queries, {result.bytes} B"
        )
    return result


def compare_queries(results: list[CaseResult], baseline: dict[str, int | None]) -> None:
    """Flag pages and API calls whose query count differs from the count at another scale (the
    baseline). Heavy operations (documents, exports, the import) write or read in batches whose
    number follows the data by design; they have no query budget."""
    for result in results:
        if (
            result.name not in baseline
            or result.queries is None
            or result.kind not in QUERY_BUDGET_KINDS
        ):
            result.checks["queries_stable"] = None
            continue
        result.checks["queries_stable"] = baseline[result.name] == result.queries
