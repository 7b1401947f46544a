"""Reads of nonconformities, actions and proposals, already scoped to what the user may see, and
the dashboard aggregates (computed in SQL: a fixed number of queries whatever the data size)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from eiso.nonconformities.models import (
    OPEN_STATES,
    ActionStatus,
    CorrectiveAction,
    Nonconformity,
    Proposal,
    Source,
    State,
    Verification,
)
from eiso.nonconformities.permissions import (
    visible_actions,
    visible_nonconformities,
    visible_proposals,
)
from eiso.organizations.models import Agency
from eiso.organizations.permissions import visible_agencies


def _get_or_404(queryset: QuerySet, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404 from exc


@dataclass(frozen=True)
class NonconformityFilters:
    state: str = ""  # a State value, or "open"
    source: str = ""
    severity: str = ""
    unit_id: str = ""
    year: int | None = None
    query: str = ""


def nonconformities_for_user(
    user, agency: Agency, filters: NonconformityFilters | None = None
) -> QuerySet[Nonconformity]:
    filters = filters or NonconformityFilters()
    queryset = visible_nonconformities(user).filter(agency=agency)
    if filters.state == "open":
        queryset = queryset.filter(state__in=OPEN_STATES)
    elif filters.state:
        queryset = queryset.filter(state=filters.state)
    if filters.source:
        queryset = queryset.filter(source=filters.source)
    if filters.severity:
        queryset = queryset.filter(severity=filters.severity)
    if filters.unit_id:
        queryset = queryset.filter(unit_id=filters.unit_id)
    if filters.year:
        queryset = queryset.filter(year=filters.year)
    if filters.query:
        queryset = queryset.filter(
            Q(number__icontains=filters.query) | Q(description__icontains=filters.query)
        )
    today = timezone.localdate()
    overdue = Count(
        "actions",
        filter=Q(actions__status=ActionStatus.OPEN, actions__due_date__lt=today),
    )
    return (
        queryset.select_related("unit", "clause")
        .annotate(action_count=Count("actions"), overdue_count=overdue)
        .order_by("-year", "-sequence")
    )


def years_of(user, agency: Agency) -> list[int]:
    return sorted(
        set(visible_nonconformities(user).filter(agency=agency).values_list("year", flat=True)),
        reverse=True,
    )


def get_nonconformity_for_user_or_404(user, nonconformity_id) -> Nonconformity:
    return _get_or_404(
        visible_nonconformities(user).select_related(
            "agency__province",
            "unit",
            "clause",
            "detected_by",
            "analysed_by",
            "closed_by",
            "finding__audit",
        ),
        nonconformity_id,
    )


def actions_of(nonconformity: Nonconformity) -> QuerySet[CorrectiveAction]:
    return nonconformity.actions.select_related("owner", "unit", "done_by").order_by(
        "round", "due_date", "created_at"
    )


def verifications_of(nonconformity: Nonconformity):
    return nonconformity.verifications.select_related("checked_by").order_by(
        "checked_on", "created_at"
    )


def get_verification_for_user_or_404(user, verification_id) -> Verification:
    return _get_or_404(
        Verification.objects.filter(nonconformity__in=visible_nonconformities(user)),
        verification_id,
    )


def get_action_for_user_or_404(user, action_id) -> CorrectiveAction:
    return _get_or_404(
        visible_actions(user).select_related(
            "agency__province", "nonconformity__unit", "nonconformity__agency", "owner", "unit"
        ),
        action_id,
    )


def actions_for_user(user, agency: Agency, *, status: str = "", overdue: bool = False):
    queryset = visible_actions(user).filter(agency=agency)
    if status:
        queryset = queryset.filter(status=status)
    if overdue:
        queryset = queryset.filter(status=ActionStatus.OPEN, due_date__lt=timezone.localdate())
    return queryset.select_related("owner", "unit", "nonconformity", "proposal").order_by(
        "due_date", "created_at"
    )


def proposals_for_user(user, agency: Agency, *, state: str = "") -> QuerySet[Proposal]:
    queryset = visible_proposals(user).filter(agency=agency)
    if state:
        queryset = queryset.filter(state=state)
    return queryset.select_related("unit", "proposed_by", "decided_by", "action__owner").order_by(
        "-created_at"
    )


def get_proposal_for_user_or_404(user, proposal_id) -> Proposal:
    return _get_or_404(
        visible_proposals(user).select_related(
            "agency__province", "unit", "proposed_by", "decided_by"
        ),
        proposal_id,
    )


def proposal_action(proposal: Proposal) -> CorrectiveAction | None:
    return (
        CorrectiveAction.objects.filter(proposal=proposal)
        .select_related("owner", "unit", "done_by", "agency")
        .first()
    )


# Dashboard ------------------------------------------------------------------------------------

AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-30", 0, 30),
    ("31-90", 31, 90),
    ("91-180", 91, 180),
    ("180+", 181, None),
)


@dataclass
class AgencyDashboard:
    open_total: int
    by_unit: list[tuple[str, int]]
    by_age: list[tuple[str, int]]
    by_source: list[tuple[str, str, int]]
    by_state: list[tuple[str, str, int]]
    overdue_total: int
    closed_this_year: int


def agency_dashboard(user, agency: Agency, today: dt.date | None = None) -> AgencyDashboard:
    """Open nonconformities by unit, age bucket, source and state; overdue actions. Five queries."""
    today = today or timezone.localdate()
    ncs = visible_nonconformities(user).filter(agency=agency)
    open_ncs = ncs.filter(state__in=OPEN_STATES)
    by_unit = [
        (row["unit__name"] or "", row["n"])
        for row in open_ncs.values("unit__name")
        .annotate(n=Count("id"))
        .order_by("-n", "unit__name")
    ]
    age_counts = {}
    for key, low, high in AGE_BUCKETS:
        condition = Q(detected_on__lte=today - dt.timedelta(days=low))
        if high is not None:
            condition &= Q(detected_on__gte=today - dt.timedelta(days=high))
        age_counts[key] = Count("id", filter=condition)
    ages = open_ncs.aggregate(**age_counts)
    by_source_rows = {
        row["source"]: row["n"] for row in open_ncs.values("source").annotate(n=Count("id"))
    }
    totals = ncs.aggregate(
        open_total=Count("id", filter=Q(state__in=OPEN_STATES)),
        closed=Count("id", filter=Q(state=State.CLOSED, closed_on__year=today.year)),
        **{f"state_{s}": Count("id", filter=Q(state=s)) for s in OPEN_STATES},
    )
    overdue_total = (
        visible_actions(user)
        .filter(agency=agency, status=ActionStatus.OPEN, due_date__lt=today)
        .count()
    )
    return AgencyDashboard(
        open_total=totals["open_total"],
        by_unit=by_unit,
        by_age=[(key, ages[key] or 0) for key, _l, _h in AGE_BUCKETS],
        by_source=[
            (value, str(label), by_source_rows.get(value, 0)) for value, label in Source.choices
        ],
        by_state=[(s, str(State(s).label), totals[f"state_{s}"]) for s in OPEN_STATES],
        overdue_total=overdue_total,
        closed_this_year=totals["closed"],
    )


def overdue_actions(user, agency: Agency, today: dt.date | None = None):
    today = today or timezone.localdate()
    return (
        visible_actions(user)
        .filter(agency=agency, status=ActionStatus.OPEN, due_date__lt=today)
        .select_related("owner", "unit", "nonconformity", "proposal")
        .order_by("due_date", "created_at")
    )


def province_agencies(user, province, today: dt.date | None = None) -> QuerySet[Agency]:
    """Every agency of the province the user reads, with its open / closed nonconformities and
    overdue actions counted in SQL (one query per page)."""
    today = today or timezone.localdate()
    overdue = (
        CorrectiveAction.objects.filter(
            agency=OuterRef("pk"), status=ActionStatus.OPEN, due_date__lt=today
        )
        .order_by()
        .values("agency")
        .annotate(n=Count("id"))
        .values("n")
    )
    open_count = (
        Nonconformity.objects.filter(agency=OuterRef("pk"), state__in=OPEN_STATES)
        .order_by()
        .values("agency")
        .annotate(n=Count("id"))
        .values("n")
    )
    closed_count = (
        Nonconformity.objects.filter(
            agency=OuterRef("pk"), state=State.CLOSED, closed_on__year=today.year
        )
        .order_by()
        .values("agency")
        .annotate(n=Count("id"))
        .values("n")
    )
    zero = Value(0, output_field=IntegerField())
    return (
        visible_agencies(user)
        .filter(province=province, is_active=True)
        .annotate(
            open_ncs=Coalesce(Subquery(open_count, output_field=IntegerField()), zero),
            closed_ncs=Coalesce(Subquery(closed_count, output_field=IntegerField()), zero),
            overdue_actions=Coalesce(Subquery(overdue, output_field=IntegerField()), zero),
        )
        .order_by("-open_ncs", "name")
    )


@dataclass(frozen=True)
class ProgrammeProgress:
    planned: int
    done: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.done / self.planned) if self.planned else None


def programme_progress(user, year: int, agency: Agency) -> ProgrammeProgress | None:
    """This year's internal audit programme progress of `agency` (audits done of those planned),
    from the audits app; None when the agency has no programme for the year."""
    try:
        from eiso.audits import selectors as audit_selectors
    except ImportError:  # the audits app is optional for this dashboard
        return None
    progress = getattr(audit_selectors, "programme_progress", None)
    if progress is None:
        return None
    rows = [
        row
        for row in progress(user, year).programmes
        if any(getattr(p, "agency_id", None) == agency.pk for p in row.programmes)
    ]
    if not rows:
        return None
    return ProgrammeProgress(
        planned=sum(row.planned for row in rows), done=sum(row.done for row in rows)
    )
