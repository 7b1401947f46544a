"""Who works in a generated agency: positions, units, roles and seats on the steering committee.

A plan is a list of `Seat`s, each named by a stable slot ("head", "deputy:0", "iso",
"unit_head:QLĐĐ", "auditor:0", "staff:QLĐĐ:0", "overseer:0", …) so demo logins and later steps can
find a person again. The demo scale staffs a small cast (every role, about 130 people in all); the
benchmark scales staff every agency to its size.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from eiso.demo.context import BuiltAgency, BuiltUnit, Scale
from eiso.demo.data.provincial import (
    DOST_KEY,
    FEATURED_KEY,
    HOME_AFFAIRS_KEY,
    INSPECTORATE_KEY,
    UBND_KEY,
)
from eiso.demo.plan import FEATURED_WARD
from eiso.demo.specs import DIVISION, LEADERSHIP, OFFICE, unit_head_position

# Roles (eiso.organizations.roles.Role values) and the level each grant is made on.
AGENCY, UNIT, PROVINCE = "agency", "unit", "province"

# Committee roles (eiso.organizations.models.CommitteeRole values).
HEAD, DEPUTY, SECRETARY, MEMBER = "head", "deputy", "secretary", "member"

_LEADING_KINDS = {"department", "committee_office", "central_agency", "provincial_committee"}


@dataclass(frozen=True)
class Seat:
    slot: str
    position: str
    unit: BuiltUnit | None
    grants: tuple[tuple[str, str], ...]  # (role, level)
    committee_role: str | None = None


def _leadership(agency: BuiltAgency) -> BuiltUnit | None:
    return next((u for u in agency.units if u.spec.kind == LEADERSHIP), None)


def _office(agency: BuiltAgency) -> BuiltUnit | None:
    office = next((u for u in agency.units if u.spec.kind == OFFICE), None)
    return office or next((u for u in agency.units if u.spec.kind != LEADERSHIP), None)


def working_units(agency: BuiltAgency) -> list[BuiltUnit]:
    """Professional divisions first, planning/finance last, then the office: where staff sit."""
    divisions = [u for u in agency.units if u.spec.kind == DIVISION]
    divisions.sort(key=lambda u: u.spec.symbol == "KHTC")
    office = _office(agency)
    rest = [office] if office and office.spec.kind != LEADERSHIP else []
    return divisions + rest or [u for u in agency.units if u.spec.kind != LEADERSHIP]


def _is_featured(agency: BuiltAgency) -> bool:
    return agency.key == FEATURED_KEY or agency.template.ward_code == FEATURED_WARD


def _counts(agency: BuiltAgency, scale: Scale, index: int) -> tuple[int, list[BuiltUnit], int, int]:
    """(deputies, units with a head, internal auditors, staff) for the agency."""
    t = agency.template
    headed = [u for u in agency.units if u.spec.kind != LEADERSHIP]
    if scale.full_staffing:
        auditors = max(2, t.size // 25) if t.staff_titles else 0
        staff = t.size - 2 - t.deputies - len(headed) - auditors
        return t.deputies, headed, auditors, max(0, staff) if t.staff_titles else 0
    if agency.key == FEATURED_KEY:
        return 2, headed, 2, 3
    if agency.template.ward_code == FEATURED_WARD:
        return 1, headed, 1, 1
    if t.kind in _LEADING_KINDS:
        auditors = 1 if t.kind == "department" and index % 2 == 0 else 0
        office = _office(agency)
        return 1, [office] if office and t.kind != "provincial_committee" else [], auditors, 0
    return 0, [], 0, 0


def _staff_seat(agency: BuiltAgency, unit: BuiltUnit, slot: str, title: str, grants) -> Seat:
    return Seat(slot, f"{title} {unit.name}", unit, grants)


def plan_agency(agency: BuiltAgency, scale: Scale, index: int, rng: random.Random) -> list[Seat]:
    t = agency.template
    deputies, headed, auditors, staff = _counts(agency, scale, index)
    leaders = _leadership(agency)
    seats = [Seat("head", t.head_position, leaders, (("agency_head", AGENCY),), HEAD)]
    for i in range(deputies):
        role = DEPUTY if i == 0 else None
        seats.append(
            Seat(f"deputy:{i}", f"Phó {t.head_position}", leaders, (("staff", AGENCY),), role)
        )
    office = _office(agency)
    has_iso = agency.key != UBND_KEY and (scale.full_staffing or agency.status != "not_started")
    if has_iso and office is not None:
        title = t.staff_titles[0] if t.staff_titles else "Chuyên viên"
        grants = (("iso_coordinator", AGENCY), ("staff", UNIT))
        seats.append(Seat("iso", f"{title} {office.name}", office, grants, SECRETARY))
    for unit in headed:
        position = unit_head_position(unit.name)
        seats.append(
            Seat(f"unit_head:{unit.spec.symbol}", position, unit, (("unit_head", UNIT),), MEMBER)
        )
    places = working_units(agency)
    titles = t.staff_titles or ("Chuyên viên",)
    for i in range(auditors):
        unit = places[(i + 1) % len(places)]
        grants = (("internal_auditor", AGENCY), ("staff", UNIT))
        seats.append(_staff_seat(agency, unit, f"auditor:{i}", titles[i % len(titles)], grants))
    per_unit: dict[str, int] = {}
    for i in range(staff):
        unit = places[i % len(places)] if i < len(places) else rng.choice(places)
        n = per_unit[unit.spec.symbol] = per_unit.get(unit.spec.symbol, -1) + 1
        slot = f"staff:{unit.spec.symbol}:{n}"
        title = titles[0] if n == 0 else rng.choice(titles)
        seats.append(_staff_seat(agency, unit, slot, title, (("staff", UNIT),)))
    return seats + _special_seats(agency, scale)


def _special_seats(agency: BuiltAgency, scale: Scale) -> list[Seat]:
    """Province-level roles held by people of the DOST, Home Affairs and the Inspectorate."""
    full = scale.full_staffing
    wanted: list[tuple[str, str, str, int]] = []  # (slot prefix, role, unit symbol, how many)
    if agency.key == DOST_KEY:
        wanted = [
            ("province_admin", "system_admin", "CĐS", 2 if full else 1),
            ("overseer", "dost_overseer", "TĐC", 4 if full else 2),
            ("inspector", "inspector", "TĐC", 3 if full else 1),
        ]
    elif agency.key == HOME_AFFAIRS_KEY:
        wanted = [("inspector", "inspector", "XDCQ", 2 if full else 1)]
    elif agency.key == INSPECTORATE_KEY and full:
        wanted = [("inspector", "inspector", "NV1", 1)]
    seats = []
    for prefix, role, symbol, count in wanted:
        unit = agency.unit(symbol) or _office(agency)
        if unit is None:
            continue
        for i in range(count):
            grants = ((role, PROVINCE), ("staff", UNIT))
            seats.append(Seat(f"{prefix}:{i}", f"Chuyên viên {unit.name}", unit, grants))
    return seats
