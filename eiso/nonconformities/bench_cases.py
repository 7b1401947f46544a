"""Benchmark cases of nonconformities, corrective actions and proposals (issue 6)."""

from __future__ import annotations

from django.urls import reverse

from eiso.bench.registry import Request, register_case
from eiso.nonconformities.models import Nonconformity


def _longest(ctx):
    """The agency's nonconformity with the most actions and checks (a second round when any)."""
    nc = (
        Nonconformity.objects.filter(agency=ctx.fixture("agency"))
        .order_by("-round", "-year", "-sequence")
        .first()
    )
    assert nc is not None, "the benchmark data has no nonconformity"
    return nc.pk


def _oldest_year(ctx) -> int:
    nc = Nonconformity.objects.filter(agency=ctx.fixture("agency")).order_by("year").first()
    assert nc is not None, "the benchmark data has no nonconformity"
    return nc.year


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
register_case(
    "Nonconformities: register of the oldest year",
    "list",
    lambda ctx: Request(
        ctx.user("iso"), reverse("nonconformities:index"), params={"year": str(_oldest_year(ctx))}
    ),
)
register_case(
    "Nonconformities: page (second round)",
    "detail",
    lambda ctx: Request(ctx.user("iso"), reverse("nonconformities:detail", args=[_longest(ctx)])),
)
