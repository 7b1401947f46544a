"""Benchmark cases of quality objectives (issue 6): list, detail, the year's document, the API."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from eiso.bench.registry import Request, register_case
from eiso.objectives.selectors import objectives_for_user

API = "/api/v1"


def _busiest_objective(ctx):
    """The coordinator's agency objective of this year with the most measurements."""
    iso = ctx.user("iso")
    year = timezone.localdate().year
    objectives = objectives_for_user(iso, ctx.fixture("agency"), year=year, level="agency")
    candidates = list(objectives[:50]) or list(objectives_for_user(iso, ctx.fixture("agency"))[:1])
    return max(candidates, key=lambda objective: objective.measurements.count())


def _year() -> str:
    return str(timezone.localdate().year)


register_case(
    "Objectives: agency list",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("objectives:list"), params={"year": _year()}),
)
register_case(
    "Objectives: staff member's list",
    "list",
    lambda ctx: Request(ctx.user("staff"), reverse("objectives:list")),
)
register_case(
    "Objective detail (chart, measurements)",
    "detail",
    lambda ctx: Request(
        ctx.user("iso"), reverse("objectives:detail", args=[_busiest_objective(ctx).pk])
    ),
)
register_case(
    "Objectives: Excel export",
    "export",
    lambda ctx: Request(ctx.user("iso"), reverse("objectives:export"), params={"year": _year()}),
)
register_case(
    "API /objectives",
    "api",
    lambda ctx: Request(
        None,
        f"{API}/objectives",
        params={"agency": str(ctx.fixture("agency").pk), "year": _year()},
        token=ctx.token("iso"),
    ),
)
register_case(
    "API /objectives/{id}/measurements",
    "api",
    lambda ctx: Request(
        None,
        f"{API}/objectives/{_busiest_objective(ctx).pk}/measurements",
        token=ctx.token("iso"),
    ),
)
