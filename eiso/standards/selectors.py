"""Reads of the standard as data. Editions, clauses and mappings are reference data readable by
every signed-in user; ISO units are scoped to the user."""

from __future__ import annotations

import uuid

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from eiso.organizations.models import ISOUnit
from eiso.standards.models import (
    Clause,
    ClauseMapping,
    EditionStatus,
    ISOUnitEdition,
    StandardEdition,
)
from eiso.standards.permissions import can_read_standards, visible_iso_unit_editions


def editions() -> QuerySet[StandardEdition]:
    return StandardEdition.objects.annotate(clause_count=Count("clauses")).order_by("year")


def editions_for_user(user) -> QuerySet[StandardEdition]:
    if not can_read_standards(user):
        return StandardEdition.objects.none()
    return editions()


def get_edition_for_user_or_404(user, edition_id) -> StandardEdition:
    try:
        return editions_for_user(user).get(pk=uuid.UUID(str(edition_id)))
    except (ValueError, StandardEdition.DoesNotExist) as exc:
        raise Http404 from exc


def edition_by_code(code: str) -> StandardEdition | None:
    return StandardEdition.objects.filter(code=code).first()


def default_edition() -> StandardEdition | None:
    """The current edition (TCVN ISO 9001:2015 with the shipped data), newest current first."""
    return StandardEdition.objects.filter(status=EditionStatus.CURRENT).order_by("-year").first()


def clauses(edition_code: str) -> QuerySet[Clause]:
    """Every clause of the edition with that code, in reading order (empty if unknown)."""
    return Clause.objects.filter(edition__code=edition_code).order_by("order")


def clauses_of(edition: StandardEdition) -> QuerySet[Clause]:
    return Clause.objects.filter(edition=edition).order_by("order")


def clause_by_number(edition_code: str, number: str) -> Clause | None:
    return Clause.objects.filter(edition__code=edition_code, number=number).first()


def isounit_edition(iso_unit: ISOUnit) -> StandardEdition | None:
    """The edition the ISO unit's QMS follows: the one recorded for it, else the current edition
    (None only when no edition is loaded)."""
    record = (
        ISOUnitEdition.objects.filter(iso_unit_id=iso_unit.pk).select_related("edition").first()
    )
    return record.edition if record is not None else default_edition()


def mapping_pairs(source: StandardEdition, target: StandardEdition) -> QuerySet[ClauseMapping]:
    return (
        ClauseMapping.objects.filter(from_clause__edition=source, to_clause__edition=target)
        .select_related("from_clause", "to_clause")
        .order_by("from_clause__order", "to_clause__order")
    )


def mapping_rows(source: StandardEdition, target: StandardEdition) -> list[dict]:
    """One row per clause of `source`, with the clauses of `target` it maps to (two queries)."""
    targets: dict = {}
    for mapping in mapping_pairs(source, target):
        targets.setdefault(mapping.from_clause_id, []).append(mapping)
    return [
        {"clause": clause, "mappings": targets.get(clause.pk, [])} for clause in clauses_of(source)
    ]


def mapped_edition_pairs() -> list[tuple[StandardEdition, StandardEdition]]:
    """(from, to) edition pairs that have mappings, oldest first (one query)."""
    rows = (
        ClauseMapping.objects.values_list("from_clause__edition_id", "to_clause__edition_id")
        .distinct()
        .order_by()
    )
    pairs = set(rows)
    by_id = {e.pk: e for e in StandardEdition.objects.all()}
    result = [(by_id[a], by_id[b]) for a, b in pairs if a in by_id and b in by_id]
    return sorted(result, key=lambda pair: (pair[0].year, pair[1].year))


def iso_units_with_editions(user) -> QuerySet[ISOUnit]:
    """The ISO units the user reads, with their recorded edition and agencies prefetched."""
    from eiso.organizations.models import Agency

    return (
        visible_iso_unit_editions(user)
        .select_related("province", "standard_edition__edition")
        .prefetch_related(
            Prefetch("agencies", queryset=Agency.objects.only("id", "name", "iso_unit_id"))
        )
        .order_by("province__name", "name", "id")
    )


def get_iso_unit_for_user_or_404(user, iso_unit_id) -> ISOUnit:
    try:
        return iso_units_with_editions(user).get(pk=uuid.UUID(str(iso_unit_id)))
    except (ValueError, ISOUnit.DoesNotExist) as exc:
        raise Http404 from exc
