"""The load generator of the mixed read workload: a separate process, standard library only.

    python -m eiso.bench.loadgen PLAN.json

The plan gives host, port, the requests to cycle through (path + headers), the number of client
threads, and the bounds: at most `max_requests` requests and at most `seconds` seconds. Prints one
JSON object: requests, errors (status ≥ 400 or a failed connection), seconds, latencies.
"""

from __future__ import annotations

import http.client
import itertools
import json
import statistics
import sys
import threading
import time


class Driver:
    def __init__(self, plan: dict):
        self.plan = plan
        self.lock = threading.Lock()
        self.cycle = itertools.cycle(plan["requests"])
        self.issued = 0
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.deadline = 0.0

    def _next(self):
        with self.lock:
            if self.issued >= self.plan["max_requests"] or time.monotonic() >= self.deadline:
                return None
            self.issued += 1
            return next(self.cycle)

    def _one(self, item: dict) -> None:
        started = time.perf_counter()
        try:
            conn = http.client.HTTPConnection(self.plan["host"], self.plan["port"], timeout=30)
            conn.request("GET", item["path"], headers=item["headers"])
            response = conn.getresponse()
            response.read()
            status = response.status
            conn.close()
        except OSError as exc:
            with self.lock:
                self.errors.append(f"{item['path']}: {exc}")
            return
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.latencies.append(elapsed)
            if status >= 400:
                self.errors.append(f"{item['path']}: HTTP {status}")

    def _worker(self) -> None:
        while (item := self._next()) is not None:
            self._one(item)

    def run(self) -> dict:
        self.deadline = time.monotonic() + self.plan["seconds"]
        started = time.perf_counter()
        threads = [threading.Thread(target=self._worker) for _ in range(self.plan["threads"])]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
        ordered = sorted(self.latencies) or [0.0]
        return {
            "requests": self.issued,
            "completed": len(self.latencies),
            "errors": len(self.errors),
            "error_samples": self.errors[:10],
            "seconds": seconds,
            "requests_per_second": len(self.latencies) / seconds if seconds else 0.0,
            "median_ms": statistics.median(ordered),
            "p95_ms": ordered[max(0, int(len(ordered) * 0.95) - 1)],
            "max_ms": ordered[-1],
        }


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as handle:
        plan = json.load(handle)
    print(json.dumps(Driver(plan).run()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
