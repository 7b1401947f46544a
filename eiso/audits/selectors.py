"""Reads scoped to the user: every view and API endpoint fetches internal-audit data through here."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from django.db.models import (
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.http import Http404

from eiso.audits import links
from eiso.audits.models import (
    FINDINGS,
    NONCONFORMING,
    Audit,
    AuditProgramme,
    AuditSession,
    AuditStatus,
    ChecklistItem,
    Result,
)
from eiso.audits.permissions import visible_audits, visible_items, visible_programmes
from eiso.organizations.models import Agency, RoleGrant, Unit
from eiso.organizations.roles import Role

DONE_STATES = (AuditStatus.COMPLETED, AuditStatus.REPORTED)


# Programmes ------------------------------------------------------------------------------------


def programmes_for_user(user, *, year: int | None = None, agency_id=None) -> QuerySet:
    active = ~Q(audits__status=AuditStatus.CANCELLED)
    programmes = (
        visible_programmes(user)
        .select_related("agency", "iso_unit")
        .annotate(
            planned_count=Count("audits", filter=active),
            done_count=Count("audits", filter=Q(audits__status__in=DONE_STATES)),
            reported_count=Count("audits", filter=Q(audits__status=AuditStatus.REPORTED)),
        )
    )
    if year:
        programmes = programmes.filter(year=year)
    if agency_id:
        programmes = programmes.filter(agency_id=agency_id)
    return programmes.order_by("-year", "agency__name")


def get_programme_for_user_or_404(user, pk) -> AuditProgramme:
    try:
        return (
            visible_programmes(user)
            .select_related("agency__province", "iso_unit", "approved_by")
            .get(pk=pk)
        )
    except (AuditProgramme.DoesNotExist, ValueError):
        raise Http404 from None


def programme_agencies(programme: AuditProgramme) -> list[Agency]:
    return list(Agency.objects.filter(iso_unit_id=programme.iso_unit_id).order_by("name"))


def programme_units(programme: AuditProgramme) -> list[Unit]:
    """The active units of the ISO unit's agencies, the programme's agency first."""
    units = Unit.objects.filter(
        agency__iso_unit_id=programme.iso_unit_id, is_active=True
    ).select_related("agency")
    return sorted(units, key=lambda u: (u.agency_id != programme.agency_id, u.agency.name, u.path))


def unit_choices(programme: AuditProgramme) -> QuerySet[Unit]:
    return Unit.objects.filter(agency__iso_unit_id=programme.iso_unit_id, is_active=True).order_by(
        "agency__name", "path"
    )


def audits_of(programme: AuditProgramme) -> QuerySet[Audit]:
    return (
        programme.audits.select_related("lead_auditor", "edition")
        .prefetch_related("units", "clauses")
        .annotate(
            item_count=Count("items", distinct=True),
            finding_count=Count(
                "items", filter=Q(items__result__in=list(NONCONFORMING)), distinct=True
            ),
        )
        .order_by("sequence")
    )


@dataclass
class CoverageRow:
    key: object
    label: str
    hint: str = ""
    marks: list[bool] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return any(self.marks)


@dataclass
class Coverage:
    audits: list
    units: list[CoverageRow]
    processes: list[CoverageRow]
    clauses: list[CoverageRow]

    @property
    def uncovered_units(self) -> int:
        return sum(1 for row in self.units if not row.covered)

    @property
    def uncovered_processes(self) -> int:
        return sum(1 for row in self.processes if not row.covered)

    @property
    def uncovered_clauses(self) -> int:
        return sum(1 for row in self.clauses if not row.covered)


def _clause_covers(selected: set[str], number: str) -> bool:
    """A main clause ("7.5") is covered by itself, its chapter ("7") or any sub-clause ("7.5.3")."""
    chapter = number.split(".")[0]
    return (
        number in selected
        or chapter in selected
        or any(s.startswith(number + ".") for s in selected)
    )


def coverage(programme: AuditProgramme, audits: list[Audit]) -> Coverage:
    """Which units, processes and main clauses each (not cancelled) audit covers.

    `audits` is `audits_of(programme)` evaluated (its prefetches are used); four more queries
    read the units, which procedures the audits cover, the procedures and the clauses."""
    active = [a for a in audits if a.status != AuditStatus.CANCELLED]
    unit_sets = [{u.pk for u in a.units.all()} for a in active]
    # Which procedures each audit covers, as pairs of ids (an agency may own hundreds of TTHC
    # procedures: no Document objects are built for them).
    covered: dict = {a.pk: set() for a in active}
    for audit_id, document_id in Audit.procedures.through.objects.filter(
        audit_id__in=list(covered)
    ).values_list("audit_id", "document_id"):
        covered[audit_id].add(document_id)
    process_sets = [covered[a.pk] for a in active]
    clause_sets = [{c.number for c in a.clauses.all()} for a in active]
    all_units = programme_units(programme)
    units = [
        CoverageRow(u.pk, u.name, u.agency.name, [u.pk in s for s in unit_sets]) for u in all_units
    ]
    agencies = {u.agency_id for u in all_units} | {programme.agency_id}
    procedures = links.procedures_of(agencies).values_list(
        "id", "code", "title", "owner_unit__name"
    )
    processes = [
        CoverageRow(pk, f"{code} {title}", owner or "", [pk in s for s in process_sets])
        for pk, code, title, owner in procedures
    ]
    edition = links.edition_for(programme.iso_unit)
    clauses = [
        CoverageRow(
            c.pk, f"{c.number} {c.title_vi}", "", [_clause_covers(s, c.number) for s in clause_sets]
        )
        for c in links.edition_clauses(edition)
        if c.number.count(".") == 1
    ]
    return Coverage(audits=active, units=units, processes=processes, clauses=clauses)


@dataclass
class Progress:
    """Audit programme progress of one year: planned (not cancelled), done (fieldwork completed
    or reported), reported (report approved)."""

    year: int
    planned: int = 0
    done: int = 0
    reported: int = 0
    programmes: list = field(default_factory=list)

    @property
    def percent(self) -> int | None:
        """Share of the planned audits done, in per cent (None when nothing is planned)."""
        return round(100 * self.done / self.planned) if self.planned else None


def programme_progress(user, year: int) -> Progress:
    """Progress of the programmes of `year` the user may see: totals, and per programme
    (`programmes`: rows with `programme`, `planned`, `done`, `reported`). Two queries."""
    progress = Progress(year=year)
    for programme in programmes_for_user(user, year=year):
        row = Progress(
            year=year,
            planned=programme.planned_count,
            done=programme.done_count,
            reported=programme.reported_count,
        )
        row.programmes = [programme]
        progress.programmes.append(row)
        progress.planned += row.planned
        progress.done += row.done
        progress.reported += row.reported
    return progress


# Audits ----------------------------------------------------------------------------------------


def _item_count(condition: Q | None = None) -> Coalesce:
    """The audit's checklist items (matching `condition`) counted by a correlated subquery on the
    (audit, result) index: evaluated only for the rows of the page, not for every visible audit's
    checklist (a province holds hundreds of thousands of items)."""
    items = ChecklistItem.objects.filter(audit=OuterRef("pk"))
    if condition is not None:
        items = items.filter(condition)
    count = items.order_by().values("audit").annotate(n=Count("id")).values("n")
    return Coalesce(Subquery(count, output_field=IntegerField()), Value(0))


LIST_FIELDS = (
    "programme__year",
    "programme__agency__name",
    "programme__agency__province_id",
    "sequence",
    "title",
    "status",
    "planned_month",
    "start_date",
    "end_date",
    "lead_auditor_id",
)


def audits_for_user(user, *, year: int | None = None, status: str = "", agency_id=None):
    # The list and the API show a few columns: reading only those keeps the sort of a province's
    # audits (every year) narrow.
    audits = (
        visible_audits(user)
        .select_related("programme__agency")
        .only(*LIST_FIELDS)
        .prefetch_related("units")
        .annotate(
            item_count=_item_count(),
            assessed_count=_item_count(~Q(result="")),
            finding_count=_item_count(Q(result__in=list(NONCONFORMING))),
        )
    )
    if year:
        audits = audits.filter(programme__year=year)
    if status in AuditStatus.values:
        audits = audits.filter(status=status)
    if agency_id:
        audits = audits.filter(programme__agency_id=agency_id)
    return audits.order_by("-programme__year", "programme__agency__name", "sequence")


def get_audit_for_user_or_404(user, pk) -> Audit:
    try:
        return (
            visible_audits(user)
            .select_related(
                "programme__agency__province",
                "programme__iso_unit",
                "edition",
                "lead_auditor",
                "report_approved_by",
            )
            .get(pk=pk)
        )
    except (Audit.DoesNotExist, ValueError):
        raise Http404 from None


def sessions_of(audit: Audit) -> QuerySet[AuditSession]:
    return audit.sessions.select_related("unit").prefetch_related("auditors")


def eligible_auditors(programme: AuditProgramme):
    """People holding the internal auditor role in an agency of the ISO unit."""
    from eiso.accounts.models import User

    grants = RoleGrant.objects.filter(
        role=Role.INTERNAL_AUDITOR,
        is_active=True,
        agency__iso_unit_id=programme.iso_unit_id,
    )
    return User.objects.filter(pk__in=grants.values("user_id"), is_active=True).order_by(
        "full_name"
    )


# Checklist -------------------------------------------------------------------------------------


def checklist_of(audit: Audit) -> QuerySet[ChecklistItem]:
    return (
        audit.items.select_related("unit", "clause", "assessed_by")
        .prefetch_related("attachments")
        .order_by("order")
    )


def get_item_for_user_or_404(user, pk, audit: Audit | None = None) -> ChecklistItem:
    items = visible_items(user).select_related("audit__programme__agency", "unit", "clause")
    if audit is not None:
        items = items.filter(audit=audit)
    try:
        return items.get(pk=pk)
    except (ChecklistItem.DoesNotExist, ValueError):
        raise Http404 from None


def get_attachment_for_user_or_404(user, pk):
    from eiso.audits.models import ItemAttachment

    try:
        return ItemAttachment.objects.select_related("item__audit").get(
            pk=pk, item__in=visible_items(user)
        )
    except (ItemAttachment.DoesNotExist, ValueError):
        raise Http404 from None


def result_counts(audit: Audit) -> dict[str, int]:
    counts = {value: 0 for value in Result.values}
    counts[""] = 0
    for row in audit.items.values("result").annotate(n=Count("id")):
        counts[row["result"]] = row["n"]
    return counts


@dataclass
class FindingGroup:
    unit: str
    items: list


def findings_by_unit(audit: Audit) -> list[FindingGroup]:
    """The findings (nonconformities, observations, opportunities) grouped by unit, in clause
    order within each unit."""
    items = (
        audit.items.filter(result__in=list(FINDINGS))
        .select_related("unit", "clause")
        .order_by("unit__path", F("clause__order").asc(nulls_last=True), "order")
    )
    groups: OrderedDict[str, list] = OrderedDict()
    for item in items:
        groups.setdefault(item.unit.name if item.unit is not None else "", []).append(item)
    return [FindingGroup(unit, rows) for unit, rows in groups.items()]
