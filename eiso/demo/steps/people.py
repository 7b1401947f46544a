"""Step "people": users, memberships, role grants and the steering committee of every agency.

The people of each agency follow `eiso.demo.staffing`; the documented demo logins replace the
generated username of their slot. After every agency is staffed, a few cross-agency links are made:
the Office's ISO coordinator also serves the provincial People's Committee (one shared QMS), and the
featured department's first internal auditor also audits its irrigation sub-department (so the
agency switcher has something to switch).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from eiso.accounts.models import User
from eiso.demo.context import BuiltAgency, BuiltProvince, Context, IssuedLogin
from eiso.demo.data.provincial import FEATURED_KEY, OFFICE_KEY, UBND_KEY
from eiso.demo.logins import DEMO_PROVINCE_CODE, login_for_slot
from eiso.demo.people import full_name, username_for
from eiso.demo.pipeline import step
from eiso.demo.staffing import AGENCY, HEAD, MEMBER, PROVINCE, SECRETARY, UNIT, Seat, plan_agency
from eiso.organizations.models import Membership, RoleGrant, SteeringCommittee, SteeringMember

COMMITTEE_DUTIES = (
    "Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO "
    "9001:2015; phân công nhiệm vụ cho các đơn vị; tổ chức đánh giá nội bộ và xem xét của lãnh đạo."
)
_COMMITTEE_ORDER = {HEAD: 0, "deputy": 1, SECRETARY: 2, MEMBER: 3}
SECONDARY_AUDIT_KEY = "sub:CCTL"


@dataclass
class Person:
    id: uuid.UUID
    full_name: str
    position: str


@dataclass
class CommitteeDraft:
    agency: BuiltAgency
    seats: list[tuple[str, Person, str]] = field(default_factory=list)  # (role, person, position)


@step("people", order=20)
def build_people(ctx: Context, province: BuiltProvince) -> None:
    drafts: dict[str, CommitteeDraft] = {}
    people: dict[tuple[str, str], Person] = {}
    for index, agency in enumerate(province.agencies):
        rng = ctx.rng("people", province.info.code, agency.key)
        draft = drafts[agency.key] = CommitteeDraft(agency)
        for seat in plan_agency(agency, ctx.scale, index, rng):
            person = _write_person(ctx, province, agency, seat, rng)
            people[(agency.key, seat.slot)] = person
            agency.people[seat.slot] = person.id
            if seat.committee_role:
                draft.seats.append((seat.committee_role, person, seat.position))
    _link_shared_iso_unit(ctx, province, people, drafts)
    _link_second_agency(ctx, province, people)
    for draft in drafts.values():
        _write_committee(ctx, province, draft)


def _write_person(
    ctx: Context, province: BuiltProvince, agency: BuiltAgency, seat: Seat, rng
) -> Person:
    code = province.info.code
    user_id = ctx.uuid("user", code, agency.key, seat.slot)
    name = full_name(rng)
    login = login_for_slot(agency.key, seat.slot) if code == DEMO_PROVINCE_CODE else None
    if login is not None:
        username = login.username
        ctx.usernames.add(username)
        ctx.logins[username] = IssuedLogin(username, name, agency.template.name)
    else:
        place = (
            agency.template.place_name if agency.template.ward_code else None
        ) or agency.template.symbol
        # One province: "hungnv.snnmt"; the national scale adds the province: "hungnv.snnmt.hanoi".
        suffix = "" if ctx.scale.province_codes else province.info.codename
        username = username_for(name, place, ctx.usernames, suffix=suffix)
    _add_user(ctx, user_id, username, name, seat.position, province, agency.id)
    _add_membership(ctx, (code, agency.key, seat.slot), user_id, agency, seat)
    for role, level in seat.grants:
        _add_grant(ctx, user_id, role, level, province=province, agency=agency, unit=seat.unit)
    return Person(user_id, name, seat.position)


def _add_user(ctx, user_id, username, name, position, province, agency_id) -> None:
    ctx.writer.add(
        User(
            id=user_id,
            username=username,
            password=ctx.password_hash,
            full_name=name,
            email=f"{username}@{province.info.codename.replace('_', '')}.example",
            position=position,
            language="vi",
            active_agency_id=agency_id,
        )
    )
    ctx.stats["people"] += 1


def _add_membership(ctx, key, user_id, agency: BuiltAgency, seat: Seat) -> None:
    ctx.writer.add(
        Membership(
            id=ctx.uuid("membership", *key),
            user_id=user_id,
            agency_id=agency.id,
            unit_id=seat.unit.id if seat.unit else None,
            position=seat.position,
        )
    )


def _add_grant(ctx, user_id, role, level, *, province, agency=None, unit=None) -> None:
    node = {
        PROVINCE: {"province_id": province.id},
        AGENCY: {"agency_id": agency.id if agency else None},
        UNIT: {"unit_id": unit.id if unit else None},
    }.get(level, {})
    ctx.writer.add(
        RoleGrant(
            id=ctx.uuid("grant", user_id, role, level, *node.values()),
            user_id=user_id,
            role=role,
            **node,
        )
    )
    ctx.stats[f"role:{role}"] += 1


def _link_shared_iso_unit(ctx, province, people, drafts) -> None:
    """The Office's coordinator and head also sit on the People's Committee's steering committee."""
    committee, office = province.agency(UBND_KEY), province.agency(OFFICE_KEY)
    coordinator = people.get((OFFICE_KEY, "iso"))
    office_head = people.get((OFFICE_KEY, "head"))
    if not (committee and office and coordinator and office_head):
        return
    ctx.writer.add(
        Membership(
            id=ctx.uuid("membership", province.info.code, UBND_KEY, "iso"),
            user_id=coordinator.id,
            agency_id=committee.id,
            position=coordinator.position,
        )
    )
    _add_grant(ctx, coordinator.id, "iso_coordinator", AGENCY, province=province, agency=committee)
    committee.people["iso"] = coordinator.id
    drafts[UBND_KEY].seats.append((SECRETARY, coordinator, coordinator.position))
    drafts[UBND_KEY].seats.append((MEMBER, office_head, office_head.position))


def _link_second_agency(ctx, province, people) -> None:
    auditor = people.get((FEATURED_KEY, "auditor:0"))
    second = province.agency(SECONDARY_AUDIT_KEY)
    if auditor is None or second is None:
        return
    position = "Chuyên gia đánh giá nội bộ (kiêm nhiệm)"
    ctx.writer.add(
        Membership(
            id=ctx.uuid("membership", province.info.code, SECONDARY_AUDIT_KEY, "auditor:shared"),
            user_id=auditor.id,
            agency_id=second.id,
            position=position,
        )
    )
    _add_grant(ctx, auditor.id, "internal_auditor", AGENCY, province=province, agency=second)
    second.people["auditor:shared"] = auditor.id


def _write_committee(ctx: Context, province: BuiltProvince, draft: CommitteeDraft) -> None:
    agency = draft.agency
    committee_id = ctx.uuid("committee", province.info.code, agency.key)
    ctx.writer.add(SteeringCommittee(id=committee_id, agency_id=agency.id, duties=COMMITTEE_DUTIES))
    ordered = sorted(draft.seats, key=lambda s: _COMMITTEE_ORDER[s[0]])
    for order, (role, person, position) in enumerate(ordered):
        ctx.writer.add(
            SteeringMember(
                id=ctx.uuid("committee_member", committee_id, person.id),
                committee_id=committee_id,
                user_id=person.id,
                full_name=person.full_name,
                position=position,
                committee_role=role,
                order=order,
            )
        )
    ctx.stats["committee_members"] += len(ordered)


@step("global_admin", order=90, per_province=False)
def build_global_admin(ctx: Context) -> None:
    """The one administrator of the whole installation (no agency)."""
    rng = ctx.rng("people", "global")
    user_id = ctx.uuid("user", "global_admin")
    name = full_name(rng)
    login = login_for_slot(None, "global_admin")
    username = login.username if login else username_for(name, "eiso", ctx.usernames)
    ctx.usernames.add(username)
    ctx.logins[username] = IssuedLogin(username, name, "Toàn hệ thống")
    ctx.writer.add(
        User(
            id=user_id,
            username=username,
            password=ctx.password_hash,
            full_name=name,
            email=f"{username}@eiso.example",
            position="Quản trị hệ thống",
            language="vi",
        )
    )
    ctx.writer.add(
        RoleGrant(
            id=ctx.uuid("grant", user_id, "system_admin"), user_id=user_id, role="system_admin"
        )
    )
    ctx.stats["people"] += 1
    ctx.stats["role:system_admin"] += 1
