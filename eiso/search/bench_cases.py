"""Benchmark cases of search (issue 6: p95 ≤ 100 ms)."""

from __future__ import annotations

from django.urls import reverse

from eiso.bench.registry import Request, register_case

register_case(
    "Search: staff, no accents",
    "search",
    lambda ctx: Request(
        ctx.user("staff"), reverse("search:index"), params={"q": "quy trinh cap ban sao"}
    ),
)
register_case(
    "Search: DOST overseer, whole province",
    "search",
    lambda ctx: Request(ctx.user("dost"), reverse("search:index"), params={"q": "dang ky"}),
)
register_case(
    "API /search",
    "search",
    lambda ctx: Request(None, "/api/v1/search", params={"q": "dat dai"}, token=ctx.token("iso")),
)
