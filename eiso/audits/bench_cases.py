"""Benchmark cases of internal audit (issue 6)."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from eiso.audits.models import Audit, AuditProgramme
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
register_case(
    "Audits: every audit of the province (DOST, all years)",
    "list",
    lambda ctx: Request(ctx.user("dost"), reverse("audits:audits")),
)
register_case(
    "Audit programme of a past year (coverage)",
    "detail",
    lambda ctx: Request(ctx.user("iso"), reverse("audits:programme", args=[_past_programme(ctx)])),
)
register_case(
    "API /audits (DOST, all years)",
    "api",
    lambda ctx: Request(None, "/api/v1/audits", token=ctx.token("dost")),
)


def _past_programme(ctx):
    """The agency's oldest programme (the current year's when the data has no history)."""
    programme = (
        AuditProgramme.objects.filter(agency=ctx.fixture("agency")).order_by("year", "pk").first()
    )
    assert programme is not None, "the benchmark data has no audit programme"
    return programme.pk
