"""API of the standard as data (read): editions, clauses, mappings, the edition of an ISO unit."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.standards import selectors

router = Router(tags=["standards"])


class StandardEditionOut(Schema):
    id: uuid.UUID
    code: str
    title: str
    title_en: str
    year: int
    status: str
    clause_count: int


class StandardClauseOut(Schema):
    id: uuid.UUID
    number: str
    title_vi: str
    title_en: str
    parent_id: uuid.UUID | None
    depth: int
    order: int
    guidance_vi: str


class ClauseMappingOut(Schema):
    from_number: str
    to_number: str
    note: str


class ISOUnitEditionOut(Schema):
    iso_unit_id: uuid.UUID
    iso_unit_name: str
    edition_code: str | None
    recorded: bool
    since: dt.date | None


class MappingFilters(Schema):
    to: uuid.UUID = Field(..., description="Id of the later edition.")


StandardEditionPage = page_schema(StandardEditionOut, "StandardEditionPage")
StandardClausePage = page_schema(StandardClauseOut, "StandardClausePage")
ClauseMappingPage = page_schema(ClauseMappingOut, "ClauseMappingPage")


def _edition(edition) -> dict:
    return {
        "id": edition.pk,
        "code": edition.code,
        "title": edition.title,
        "title_en": edition.title_en,
        "year": edition.year,
        "status": edition.status,
        "clause_count": getattr(edition, "clause_count", 0),
    }


def _clause(clause) -> dict:
    return {field: getattr(clause, field) for field in StandardClauseOut.model_fields}


def _mapping(mapping) -> dict:
    return {
        "from_number": mapping.from_clause.number,
        "to_number": mapping.to_clause.number,
        "note": mapping.note,
    }


@router.get("/standards/editions", response={200: StandardEditionPage, **DETAIL_RESPONSES})
def list_editions(request, page: Query[PageParams]):
    """Editions of ISO 9001 loaded in this installation, oldest first."""
    return paginate(selectors.editions_for_user(request.auth), page, _edition)


@router.get(
    "/standards/editions/{edition_id}/clauses",
    response={200: StandardClausePage, **DETAIL_RESPONSES},
)
def list_clauses(request, edition_id: uuid.UUID, page: Query[PageParams]):
    """Clauses of one edition in reading order (numbers, titles, our own guidance)."""
    edition = selectors.get_edition_for_user_or_404(request.auth, edition_id)
    return paginate(selectors.clauses_of(edition), page, _clause)


@router.get(
    "/standards/editions/{edition_id}/mappings",
    response={200: ClauseMappingPage, **DETAIL_RESPONSES},
)
def list_mappings(
    request, edition_id: uuid.UUID, filters: Query[MappingFilters], page: Query[PageParams]
):
    """Mappings from the clauses of one edition to those of a later edition."""
    source = selectors.get_edition_for_user_or_404(request.auth, edition_id)
    target = selectors.get_edition_for_user_or_404(request.auth, filters.to)
    return paginate(selectors.mapping_pairs(source, target), page, _mapping)


@router.get(
    "/standards/iso-units/{iso_unit_id}/edition",
    response={200: ISOUnitEditionOut, **DETAIL_RESPONSES},
)
def get_iso_unit_edition(request, iso_unit_id: uuid.UUID):
    """The edition the ISO unit's QMS follows (the current edition when none is recorded)."""
    iso_unit = selectors.get_iso_unit_for_user_or_404(request.auth, iso_unit_id)
    record = getattr(iso_unit, "standard_edition", None)
    edition = record.edition if record is not None else selectors.default_edition()
    return {
        "iso_unit_id": iso_unit.pk,
        "iso_unit_name": iso_unit.name,
        "edition_code": edition.code if edition is not None else None,
        "recorded": record is not None,
        "since": record.since if record is not None else None,
    }
