"""API of the records register (django-ninja router, mounted by eiso.api): one unit's register of
a year with today's lines and its establishment, scoped exactly as the pages."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.records import selectors

router = Router(tags=["records"])


class LineOut(Schema):
    name: str
    owner_unit: str
    place: str
    retention: str
    notes: str
    source: str = Field(..., description="Code of the procedure listing it; empty if added.")
    added_by_unit: bool


class RegisterOut(Schema):
    unit_id: uuid.UUID
    agency_id: uuid.UUID
    year: int
    established_on: dt.date | None
    changed_since_established: bool
    lines: list[LineOut]


@router.get("/record-registers/{unit_id}/{year}", response={200: RegisterOut, **DETAIL_RESPONSES})
def get_register(request, unit_id: uuid.UUID, year: int):
    """The unit's register of `year`: today's lines (procedures' records lists and the unit's own
    lines) and whether they changed since it was established."""
    unit = selectors.get_unit_for_user_or_404(request.auth, unit_id)
    register = selectors.register_of(unit, year)
    lines = selectors.current_lines(unit, register)
    return {
        "unit_id": unit.pk,
        "agency_id": unit.agency_id,
        "year": year,
        "established_on": register.established_on if register is not None else None,
        "changed_since_established": selectors.differences(register, lines).any,
        "lines": [
            {
                "name": line.name,
                "owner_unit": line.owner_unit,
                "place": line.place,
                "retention": line.retention,
                "notes": line.notes,
                "source": line.source,
                "added_by_unit": line.manual_id is not None,
            }
            for line in lines
        ],
    }
