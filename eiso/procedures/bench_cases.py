"""Benchmark cases of the TTHC catalogue, scopes and coverage (issue 6)."""

from __future__ import annotations

from django.urls import reverse

from eiso.bench.registry import Request, register_case

API = "/api/v1"

register_case(
    "TTHC catalogue (DOST)",
    "list",
    lambda ctx: Request(ctx.user("dost"), reverse("procedures:index")),
)
register_case(
    "TTHC catalogue: search",
    "search",
    lambda ctx: Request(ctx.user("dost"), reverse("procedures:index"), params={"q": "cap giay"}),
)
register_case(
    "TTHC scope of the agency",
    "detail",
    lambda ctx: Request(
        ctx.user("iso"), reverse("procedures:scope", args=[ctx.fixture("agency").pk])
    ),
)
register_case(
    "TTHC coverage of the province (DOST)",
    "dashboard",
    lambda ctx: Request(ctx.user("dost"), reverse("procedures:coverage")),
)
register_case(
    "API /tthc",
    "api",
    lambda ctx: Request(None, f"{API}/tthc", token=ctx.token("dost")),
)
