"""Benchmark cases of nonconformities, corrective actions and proposals (issue 6)."""

from __future__ import annotations

from django.urls import reverse

from eiso.bench.registry import Request, register_case

register_case(
    "Nonconformities: register",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("nonconformities:index")),
)
register_case(
    "Nonconformities: dashboard",
    "dashboard",
    lambda ctx: Request(ctx.user("iso"), reverse("nonconformities:dashboard")),
)
register_case(
    "Nonconformities: province view (DOST)",
    "dashboard",
    lambda ctx: Request(ctx.user("dost"), reverse("nonconformities:province")),
)
register_case(
    "Improvement proposals",
    "list",
    lambda ctx: Request(ctx.user("staff"), reverse("nonconformities:proposals")),
)
register_case(
    "API /nonconformities",
    "api",
    lambda ctx: Request(
        None,
        "/api/v1/nonconformities",
        params={"agency": str(ctx.fixture("agency").pk)},
        token=ctx.token("iso"),
    ),
)
