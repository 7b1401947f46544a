"""The mixed read workload: gunicorn with 2 workers on loopback, driven from a second process.

Every registered page and API case (not exports or documents) is requested in turn, with the
persona's session cookie or API token, by `eiso.bench.loadgen` threads, bounded in count and time.
Afterwards each worker's resident memory is read from /proc.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.test import Client

from eiso.bench.context import BenchContext
from eiso.bench.registry import Case, Request

READ_KINDS = frozenset({"list", "detail", "page", "api", "search", "htmx", "dashboard"})


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _session_cookie(user, cache: dict) -> str:
    if user.pk not in cache:
        client = Client()
        client.force_login(user)
        cache[user.pk] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return cache[user.pk]


def plan_requests(context: BenchContext, cases: list[Case]) -> list[dict]:
    sessions: dict = {}
    planned = []
    for case in cases:
        if case.kind not in READ_KINDS:
            continue
        work = case.build_request(context)
        if not isinstance(work, Request) or work.method != "get":
            continue
        headers = {"Host": "127.0.0.1", **work.headers}
        if work.token:
            headers["Authorization"] = f"Bearer {work.token}"
        elif work.user is not None:
            cookie = _session_cookie(work.user, sessions)
            headers["Cookie"] = f"{settings.SESSION_COOKIE_NAME}={cookie}"
        path = work.path + ("?" + urlencode(work.params) if work.params else "")
        planned.append({"path": path, "headers": headers, "case": case.name})
    random.Random(6).shuffle(planned)  # noqa: S311 - a fixed, reproducible order
    return planned


def _wait_for(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start listening in time")


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may contain spaces; the ppid is the 2nd field after ")".
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            pids.append(int(entry.name))
    return sorted(pids)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


BENCH_REDIS_URL = "redis://127.0.0.1:6379/14"


def shared_cache_url() -> str:
    """The cache the web workers share, as in production: CACHE_URL when it is set, else Redis
    on 127.0.0.1:6379 (database 14) when it answers, else none (each worker's memory)."""
    if os.environ.get("CACHE_URL"):
        return os.environ["CACHE_URL"]
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if sock.recv(16).startswith(b"+PONG"):
                return BENCH_REDIS_URL
    except OSError:
        pass
    return ""


def _start_gunicorn(port: int, workers: int, log_path: str) -> subprocess.Popen:
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    env = {**os.environ, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    cache_url = shared_cache_url()
    if cache_url:
        env["CACHE_URL"] = cache_url
    with open(log_path, "w", encoding="utf-8") as log_file:
        return subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
            [
                gunicorn,
                "config.wsgi:application",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
            start_new_session=True,
        )


def _drive(plan: dict, timeout: float) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(plan, handle)
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
            [sys.executable, "-m", "eiso.bench.loadgen", handle.name],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    finally:
        os.unlink(handle.name)
    if done.returncode != 0:
        raise RuntimeError(f"load generator failed: {done.stderr[-500:]}")
    return json.loads(done.stdout)


def run_workload(
    context: BenchContext,
    cases: list[Case],
    *,
    workers: int = 2,
    threads: int = 6,
    max_requests: int = 6000,
    seconds: float = 30,
    log: Callable[[str], None] = print,
) -> dict:
    requests = plan_requests(context, cases)
    port = free_port()
    log_path = os.path.join(tempfile.gettempdir(), f"eiso-bench-gunicorn-{port}.log")
    process = _start_gunicorn(port, workers, log_path)
    try:
        _wait_for(port, process)
        base = {"host": "127.0.0.1", "port": port, "requests": requests, "threads": threads}
        # Warm-up: every worker loads templates, translations and opens its connection.
        _drive({**base, "max_requests": 2 * len(requests), "seconds": 60}, timeout=120)
        log(f"  gunicorn on 127.0.0.1:{port}; {len(requests)} distinct requests in the mix")
        workers_before = {pid: cpu_seconds(pid) for pid in worker_pids(process.pid)}
        result = _drive(
            {**base, "max_requests": max_requests, "seconds": seconds}, timeout=seconds + 120
        )
        pids = worker_pids(process.pid)
        result["worker_rss_mb"] = [round(rss_mb(pid), 1) for pid in pids]
        used = sum(cpu_seconds(pid) - workers_before.get(pid, 0.0) for pid in pids)
        result["worker_cpu_seconds"] = round(used, 2)
        # CPU per request in the web workers (PostgreSQL's share not included): what the run
        # cost regardless of how busy the shared machine was while it ran.
        completed = max(1, result["completed"])
        result["worker_cpu_ms_per_request"] = round(1000 * used / completed, 1)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    result.update(
        {
            "workers": workers,
            "threads": threads,
            "max_requests": max_requests,
            "bound_seconds": seconds,
        }
    )
    result["distinct_requests"] = len(requests)
    result["cache"] = shared_cache_url() or "per-process memory"
    return result
