"""Benchmark cases of ISO plans and their tracking (issue 6)."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from eiso.bench.registry import Request, register_case
from eiso.plans.models import PlanScope
from eiso.plans.selectors import plans_for_user

API = "/api/v1"


def _largest_plan(ctx, *, scope: str = PlanScope.AGENCY):
    """The visible plan of this year (else any year) with the most tasks."""
    user = ctx.user("iso") if scope == PlanScope.AGENCY else ctx.user("dost")
    agency_id = ctx.fixture("agency").pk if scope == PlanScope.AGENCY else None
    plans = plans_for_user(user, agency_id=agency_id, scope=scope)
    this_year = plans.filter(year=timezone.localdate().year)
    chosen = (this_year if this_year.exists() else plans).annotate(size=Count("tasks"))
    return chosen.order_by("-size", "pk").first()


register_case(
    "Plans: list",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("plans:list")),
)
register_case(
    "Plans: DOST list (province)",
    "list",
    lambda ctx: Request(ctx.user("dost"), reverse("plans:list")),
)
register_case(
    "Plan detail (task table)",
    "detail",
    lambda ctx: Request(ctx.user("iso"), reverse("plans:detail", args=[_largest_plan(ctx).pk])),
)
register_case(
    "Plan tracking: who holds what board",
    "page",
    lambda ctx: Request(
        ctx.user("iso"), reverse("plans:tracking_board", args=[ctx.fixture("agency").pk])
    ),
)
register_case(
    "Plan tracking: month calendar",
    "page",
    lambda ctx: Request(
        ctx.user("iso"), reverse("plans:tracking_calendar", args=[ctx.fixture("agency").pk])
    ),
)
register_case(
    "Plan tracking: timeline",
    "page",
    lambda ctx: Request(
        ctx.user("iso"), reverse("plans:tracking_timeline", args=[_largest_plan(ctx).pk])
    ),
)
register_case(
    "Province-wide plan progress (DOST)",
    "dashboard",
    lambda ctx: Request(
        ctx.user("dost"),
        reverse("plans:tracking_province", args=[_largest_plan(ctx, scope=PlanScope.PROVINCE).pk]),
    ),
)
register_case(
    "Plan DOCX download",
    "docx",
    lambda ctx: Request(
        ctx.user("iso"), reverse("plans:download", args=[_largest_plan(ctx).pk, "docx"])
    ),
)
register_case(
    "Plan tasks: Excel export",
    "export",
    lambda ctx: Request(
        ctx.user("iso"), reverse("plans:tasks_export", args=[_largest_plan(ctx).pk])
    ),
)
register_case(
    "API /plans",
    "api",
    lambda ctx: Request(None, f"{API}/plans", token=ctx.token("iso")),
)
register_case(
    "API /plans/{id}/tasks",
    "api",
    lambda ctx: Request(None, f"{API}/plans/{_largest_plan(ctx).pk}/tasks", token=ctx.token("iso")),
)
