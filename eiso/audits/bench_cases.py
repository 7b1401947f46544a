"""Benchmark cases of internal audit (issue 6)."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from eiso.audits.models import Audit
from eiso.bench.registry import Request, register_case


def _largest_audit(ctx) -> Audit | None:
    return (
        Audit.objects.filter(programme__agency=ctx.fixture("agency"))
        .annotate(size=Count("items"))
        .order_by("-size", "pk")
        .first()
    )


def _audit_id(ctx):
    audit = _largest_audit(ctx)
    assert audit is not None, "the benchmark data has no internal audit"
    return audit.pk


register_case(
    "Audit programmes",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("audits:index")),
)
register_case(
    "Audit page (plan, team, timetable)",
    "detail",
    lambda ctx: Request(ctx.user("iso"), reverse("audits:audit", args=[_audit_id(ctx)])),
)
register_case(
    "Audit checklist (largest)",
    "detail",
    lambda ctx: Request(ctx.user("iso"), reverse("audits:checklist", args=[_audit_id(ctx)])),
)
register_case(
    "API /audits",
    "api",
    lambda ctx: Request(None, "/api/v1/audits", token=ctx.token("iso")),
)
