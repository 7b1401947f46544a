"""The case registry: what to measure, as whom, and the target it answers to.

    register_case("agency list", "list", lambda ctx: Request(ctx.user("dost"), "/to-chuc/"))

`build_request(ctx)` receives a `eiso.bench.context.BenchContext` (personas and the ids of the
generated data) and returns a `Request` (an HTTP request made through Django's test client, as a
logged-in persona or with the persona's API token) or a `Call` (an in-process operation such as
rendering a document). A module registers its cases in `eiso/<app>/bench_cases.py`; `discover()`
imports every such module and the foundation's cases in `eiso.bench.cases`.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps

# p95 server-time targets of issue 6 (ms); None: reported, no time target.
TARGETS_MS: dict[str, float | None] = {
    "list": 150,
    "detail": 150,
    "page": 150,
    "api": 150,
    "htmx": 150,
    "dashboard": 400,
    "search": 100,
    "docx": 1000,
    "pdf": 3000,
    "export": None,
    "import": 10_000,  # a 10,000-row TTHC catalogue
}
# Kinds whose SQL query count must stay ≤ MAX_QUERIES (every page and API call).
QUERY_BUDGET_KINDS = frozenset({"list", "detail", "page", "api", "htmx", "dashboard", "search"})
MAX_QUERIES = 20
# Kinds answered with HTML whose first load counts against FIRST_LOAD_BUDGET (compressed).
HTML_KINDS = frozenset({"list", "detail", "page", "dashboard", "search"})
FIRST_LOAD_BUDGET = 200 * 1024
HTMX_BUDGET = 30 * 1024


@dataclass(frozen=True)
class Request:
    """A GET (or other method) through the test client as `user` (None: anonymous)."""

    user: Any
    path: str
    params: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    method: str = "get"
    # The secret of a persona's API token (ctx.token(...)): authenticate with it, not the session.
    token: str = ""
    expected_status: int = 200


@dataclass(frozen=True)
class Call:
    """An in-process operation; `func()` returns the bytes it produced."""

    func: Callable[[], bytes]


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    build_request: Callable[[Any], Request | Call]
    module: str

    @property
    def target_ms(self) -> float | None:
        return TARGETS_MS.get(self.kind)


_CASES: dict[str, Case] = {}


def register_case(name: str, kind: str, build_request: Callable[[Any], Request | Call]) -> Case:
    """Register (or replace) a case. `kind` is one of TARGETS_MS."""
    if kind not in TARGETS_MS:
        raise ValueError(f"unknown case kind {kind!r}; one of {sorted(TARGETS_MS)}")
    module = getattr(build_request, "__module__", "") or ""
    case = Case(name, kind, build_request, module)
    _CASES[name] = case
    return case


def unregister_case(name: str) -> None:
    _CASES.pop(name, None)


def all_cases() -> list[Case]:
    """Every registered case, in registration order (after discovery)."""
    discover()
    return list(_CASES.values())


def discover() -> None:
    """Import the foundation's cases and every installed app's `bench_cases` module."""
    import eiso.bench.cases as package

    names = [*package.ORDER, *(m.name for m in pkgutil.iter_modules(package.__path__))]
    for name in dict.fromkeys(names):
        importlib.import_module(f"{package.__name__}.{name}")
    for config in apps.get_app_configs():
        name = f"{config.name}.bench_cases"
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
