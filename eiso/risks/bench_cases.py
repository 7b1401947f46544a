"""Benchmark cases of the risk register (issue 6)."""

from __future__ import annotations

from django.urls import reverse

from eiso.bench.registry import Request, register_case

register_case(
    "Risks: register",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("risks:index")),
)
register_case(
    "Risks: heat-map",
    "page",
    lambda ctx: Request(ctx.user("iso"), reverse("risks:heatmap")),
)
register_case(
    "API /risks",
    "api",
    lambda ctx: Request(
        None,
        "/api/v1/risks",
        params={"agency": str(ctx.fixture("agency").pk)},
        token=ctx.token("iso"),
    ),
)
