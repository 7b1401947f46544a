"""Reads scoped to the user: every view and API endpoint fetches plans through here."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from eiso.plans.models import Plan, PlanScope, PlanStatus, PlanTask, TaskStatus
from eiso.plans.permissions import visible_plans

# The document's text parts: lists, exports and the API list never show them (years of plans
# make the rows to sort wide).
DOCUMENT_TEXT = (
    "preamble",
    "legal_bases",
    "preamble_closing",
    "purposes",
    "tasks_intro",
    "implementation",
    "closing",
    "recipients",
    "archive",
)


def plans_for_user(
    user, *, agency_id=None, year: int | None = None, status: str = "", scope: str = ""
) -> QuerySet[Plan]:
    # Counted per plan in subqueries, not by grouping the plans with all their tasks: with years
    # of plans a page then counts the tasks of its own rows only (PostgreSQL evaluates the
    # subqueries after the sort and limit), and the paginator's COUNT leaves them out.
    plans = (
        visible_plans(user)
        .select_related("agency")
        .defer(*DOCUMENT_TEXT)
        .annotate(
            task_count=_task_count(Count("pk")),
            done_count=_task_count(Count("pk", filter=Q(status=TaskStatus.DONE))),
        )
    )
    if agency_id:
        plans = plans.filter(agency_id=agency_id)
    if year:
        plans = plans.filter(year=year)
    if status in PlanStatus.values:
        plans = plans.filter(status=status)
    if scope in PlanScope.values:
        plans = plans.filter(scope=scope)
    return plans.order_by("-year", "agency__name", "-created_at")


def _task_count(count: Count):
    """`count` over the plan's tasks, found through the plan index only (a filter on the status
    inside the count, so no status index is scanned for it)."""
    tasks = (
        PlanTask.objects.filter(plan=OuterRef("pk"))
        .order_by()
        .values("plan")
        .annotate(n=count)
        .values("n")
    )
    return Coalesce(Subquery(tasks, output_field=IntegerField()), Value(0))


def get_plan_for_user_or_404(user, pk) -> Plan:
    try:
        return visible_plans(user).select_related("agency__province", "copied_from").get(pk=pk)
    except (Plan.DoesNotExist, ValueError):
        raise Http404 from None


def tasks_of(plan: Plan) -> QuerySet[PlanTask]:
    return (
        plan.tasks.select_related("lead_unit", "lead_agency")
        .prefetch_related("coordinating_units", "assignments__agency")
        .order_by("order")
    )


def get_task_for_user_or_404(user, plan: Plan, pk) -> PlanTask:
    try:
        return plan.tasks.select_related("plan__agency").get(pk=pk)
    except (PlanTask.DoesNotExist, ValueError):
        raise Http404 from None


def latest_plan(agency, year: int, *, scope: str = PlanScope.AGENCY, exclude_pk=None):
    """The agency's most recent non-cancelled plan of `year` (source of "copy last year")."""
    plans = Plan.objects.filter(agency=agency, year=year, scope=scope).exclude(
        status=PlanStatus.CANCELLED
    )
    if exclude_pk:
        plans = plans.exclude(pk=exclude_pk)
    return plans.order_by("-status", "-created_at").first()
