"""Reads of the risks app, every one scoped to what the user may see."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from eiso.risks.matrix import MatrixConfig
from eiso.risks.models import (
    ContextIssue,
    InterestedParty,
    Risk,
    RiskLevel,
    RiskStatus,
    Treatment,
)
from eiso.risks.permissions import (
    visible_issues,
    visible_parties,
    visible_risks,
    visible_treatments,
)
from eiso.risks.states import OPEN_STATUSES


def _uuid_or_404(value) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise Http404 from exc


@dataclass(frozen=True)
class RiskFilters:
    kind: str = ""
    level: str = ""
    status: str = RiskStatus.OPEN
    unit_id: uuid.UUID | None = None
    likelihood: int | None = None
    impact: int | None = None
    residual: bool = False  # likelihood/impact/level filters apply to the residual scores
    query: str = ""


def risks_for_user(user, agency, filters: RiskFilters | None = None) -> QuerySet[Risk]:
    """The agency's register, highest score first, with treatment counts (one query a page)."""
    filters = filters or RiskFilters()
    today = timezone.localdate()
    queryset = (
        visible_risks(user)
        .filter(agency=agency)
        .select_related("unit", "owner", "source_issue", "source_party", "procedure")
        .annotate(
            open_treatments=Count(
                "treatments", filter=Q(treatments__status__in=OPEN_STATUSES), distinct=True
            ),
            overdue_treatments=Count(
                "treatments",
                filter=Q(treatments__status__in=OPEN_STATUSES, treatments__due_date__lt=today),
                distinct=True,
            ),
        )
    )
    prefix = "residual_" if filters.residual else ""
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.level:
        queryset = queryset.filter(**{f"{prefix}level": filters.level})
    if filters.unit_id:
        queryset = queryset.filter(unit_id=filters.unit_id)
    if filters.likelihood:
        queryset = queryset.filter(**{f"{prefix}likelihood": filters.likelihood})
    if filters.impact:
        queryset = queryset.filter(**{f"{prefix}impact": filters.impact})
    if filters.query:
        queryset = queryset.filter(
            Q(title__icontains=filters.query)
            | Q(description__icontains=filters.query)
            | Q(process__icontains=filters.query)
        )
    # Unassessed residual scores (NULL) last on every database (PostgreSQL sorts NULL first).
    return queryset.order_by(F(f"{prefix}score").desc(nulls_last=True), "number")


def level_counts(user, agency, *, status: str = RiskStatus.OPEN) -> dict[str, int]:
    rows = (
        visible_risks(user)
        .filter(agency=agency, **({"status": status} if status else {}))
        .values_list("level")
        .annotate(total=Count("id"))
        .order_by()
    )
    counts = dict.fromkeys(RiskLevel.values, 0)
    counts.update(dict(rows))
    return counts


@dataclass
class HeatCell:
    likelihood: int
    impact: int
    score: int
    level: str
    count: int

    @property
    def level_label(self) -> str:
        return str(RiskLevel(self.level).label)


def heatmap(
    user, agency, config: MatrixConfig, *, residual: bool = False, kind: str = "", status: str = ""
) -> list[list[HeatCell]]:
    """Rows from the highest likelihood down, columns impact 1..n: the count of risks per cell
    (one query)."""
    l_field, i_field = (
        ("residual_likelihood", "residual_impact") if residual else ("likelihood", "impact")
    )
    queryset = visible_risks(user).filter(agency=agency)
    if kind:
        queryset = queryset.filter(kind=kind)
    if status:
        queryset = queryset.filter(status=status)
    counts = {
        (row[l_field], row[i_field]): row["total"]
        for row in queryset.filter(**{f"{l_field}__isnull": False})
        .values(l_field, i_field)
        .annotate(total=Count("id"))
        .order_by()
    }
    grid = []
    for likelihood in range(config.likelihood_levels, 0, -1):
        row = []
        for impact in range(1, config.impact_levels + 1):
            score, level = config.score(likelihood, impact)
            row.append(
                HeatCell(likelihood, impact, score, level, counts.get((likelihood, impact), 0))
            )
        grid.append(row)
    return grid


def get_risk_for_user_or_404(user, risk_id) -> Risk:
    try:
        return (
            visible_risks(user)
            .select_related(
                "agency",
                "agency__province",
                "unit",
                "owner",
                "source_issue",
                "source_party",
                "procedure",
            )
            .get(pk=_uuid_or_404(risk_id))
        )
    except Risk.DoesNotExist as exc:
        raise Http404 from exc


def treatments_of(risk: Risk) -> QuerySet[Treatment]:
    return risk.treatments.select_related("owner").order_by("due_date", "created_at")


def get_treatment_for_user_or_404(user, treatment_id) -> Treatment:
    try:
        return (
            visible_treatments(user)
            .select_related("risk", "risk__agency", "risk__unit", "owner")
            .get(pk=_uuid_or_404(treatment_id))
        )
    except Treatment.DoesNotExist as exc:
        raise Http404 from exc


def issues_for_user(user, agency, *, active_only: bool = False) -> QuerySet[ContextIssue]:
    queryset = visible_issues(user).filter(agency=agency)
    if active_only:
        queryset = queryset.filter(is_active=True)
    return queryset.annotate(risk_count=Count("risks")).order_by("scope", "swot", "created_at")


def get_issue_for_user_or_404(user, issue_id) -> ContextIssue:
    try:
        return visible_issues(user).select_related("agency").get(pk=_uuid_or_404(issue_id))
    except ContextIssue.DoesNotExist as exc:
        raise Http404 from exc


def parties_for_user(user, agency, *, active_only: bool = False) -> QuerySet[InterestedParty]:
    queryset = visible_parties(user).filter(agency=agency)
    if active_only:
        queryset = queryset.filter(is_active=True)
    return queryset.annotate(risk_count=Count("risks")).order_by("scope", "name")


def get_party_for_user_or_404(user, party_id) -> InterestedParty:
    try:
        return visible_parties(user).select_related("agency").get(pk=_uuid_or_404(party_id))
    except InterestedParty.DoesNotExist as exc:
        raise Http404 from exc


def procedures_for_user(user, agency):
    """The agency's procedures (system, TTHC, internal-work) a risk may belong to."""
    from eiso.documents.models import PROCEDURE_KINDS
    from eiso.documents.permissions import visible_documents

    return (
        visible_documents(user)
        .filter(agency=agency, kind__in=PROCEDURE_KINDS)
        .only("id", "code", "title", "agency_id", "kind")
        .order_by("code")
    )


def open_treatments_owned_by(user) -> QuerySet[Treatment]:
    """Open treatments the user is responsible for, in agencies they still belong to."""
    from eiso.organizations.access import access_for

    access = access_for(user)
    if not access.is_authenticated:
        return Treatment.objects.none()
    return Treatment.objects.filter(
        owner_id=user.pk,
        status__in=OPEN_STATUSES,
        risk__agency_id__in=access.agency_ids(),
    )
