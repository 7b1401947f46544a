"""Benchmark cases of the TTHC catalogue, scopes and coverage (issue 6)."""

from __future__ import annotations

from django.urls import reverse

from eiso.bench.registry import Request, register_case
from eiso.procedures.models import TTHC, TTHCLevel

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
    "TTHC catalogue: one field",
    "list",
    lambda ctx: Request(ctx.user("dost"), reverse("procedures:index"), params={"field": "Đất đai"}),
)


def _commune_tthc(ctx) -> TTHC:
    """A commune-level TTHC: in the scope of every commune and ward (the longest scope list)."""
    tthc = (
        TTHC.objects.filter(province=ctx.fixture("province"), level=TTHCLevel.COMMUNE)
        .order_by("code")
        .first()
    )
    assert tthc is not None, "the province has no commune-level TTHC"
    return tthc


register_case(
    "TTHC detail: a commune-level TTHC",
    "detail",
    lambda ctx: Request(ctx.user("dost"), reverse("procedures:tthc", args=[_commune_tthc(ctx).pk])),
)
register_case(
    "TTHC import page (DOST)",
    "page",
    lambda ctx: Request(ctx.user("dost"), reverse("procedures:import")),
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
