"""Writes of the steering committee: members, their order, the committee's duties, decisions.

Rules (TT 26/2014 Art. 7.2; the decision names one head and a secretary):
- at most one active Trưởng ban at any time (a second one is refused with the current head's
  name, so the user changes that person's role first);
- a decision can be issued only with exactly one active Trưởng ban and at least one Thư ký;
- removing a member deactivates the row, so past decisions and history keep their names.
Every write locks the agency row, so concurrent edits of one committee are serialised.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.core.numbering import issue_number
from eiso.organizations import events
from eiso.organizations.models import (
    Agency,
    CommitteeRole,
    Membership,
    SteeringCommittee,
    SteeringDecision,
    SteeringMember,
)
from eiso.organizations.permissions import can_manage_steering
from eiso.organizations.services._common import clean_text, lock_agency, require
from eiso.organizations.steering import content as decision_content

COMMITTEE_UPDATE = "steering.committee_update"
audit.register_actions({COMMITTEE_UPDATE: gettext_lazy("Edited steering committee")})

MEMBER_FIELDS = ("full_name", "position", "committee_role", "user", "order", "is_active")
COMMITTEE_FIELDS = ("name", "duties")
AUTHORITIES = ("", "KT.", "TM.", "Q.", "TL.", "TUQ.")
PLACEHOLDERS = ("…", "...")


def _committee(agency: Agency, actor) -> SteeringCommittee:
    committee, _created = SteeringCommittee.objects.get_or_create(
        agency=agency, defaults={"created_by": actor}
    )
    return committee


def _record(actor, action: str, obj, changes) -> None:
    agency = obj.agency if isinstance(obj, SteeringCommittee) else obj.committee.agency
    audit.record(
        actor=actor,
        action=action,
        obj=obj,
        changes=changes,
        province_id=agency.province_id,
        agency_id=agency.pk,
    )


# Committee -----------------------------------------------------------------------------------
@transaction.atomic
def committee_update(*, actor, agency: Agency, name: str, duties: str) -> SteeringCommittee:
    """The committee's name and its duties (one per line, printed in Điều 2 of the decision)."""
    require(can_manage_steering(actor, agency))
    lock_agency(agency)
    committee = _committee(agency, actor)
    before = audit.snapshot(committee, COMMITTEE_FIELDS)
    committee.name = clean_text(name, field="name", required=True, max_length=255)
    lines = [" ".join(line.split()) for line in (duties or "").splitlines()]
    committee.duties = "\n".join(line for line in lines if line)
    changes = audit.diff(before, audit.snapshot(committee, COMMITTEE_FIELDS))
    if changes:
        committee.save(update_fields=["name", "duties", "updated_at"])
        _record(actor, COMMITTEE_UPDATE, committee, changes)
    return committee


# Members -------------------------------------------------------------------------------------
def _linked_person(agency: Agency, user):
    """The agency's active membership of `user` (a linked person must work in the agency)."""
    if user is None:
        return None
    membership = (
        Membership.objects.filter(agency=agency, user=user, is_active=True)
        .select_related("user")
        .first()
    )
    if membership is None:
        raise DomainError(_("This person does not work in the agency."), field="user")
    return membership


def _member_values(agency, *, full_name, position, committee_role, user) -> dict:
    membership = _linked_person(agency, user)
    if membership is not None:
        full_name = full_name or membership.user.full_name
        position = position or membership.position or membership.user.position
    if committee_role not in CommitteeRole.values:
        raise DomainError(_("Choose a role in the committee."), field="committee_role")
    return {
        "full_name": clean_text(full_name, field="full_name", required=True, max_length=150),
        "position": clean_text(position, field="position", required=True, max_length=200),
        "committee_role": committee_role,
        "user": user,
    }


def _check_unique(committee: SteeringCommittee, values: dict, member_id=None) -> None:
    active = committee.members.filter(is_active=True).exclude(pk=member_id)
    if values["user"] is not None and active.filter(user=values["user"]).exists():
        raise DomainError(_("This person is already a member of the committee."), field="user")
    if values["committee_role"] == CommitteeRole.HEAD:
        head = active.filter(committee_role=CommitteeRole.HEAD).first()
        if head is not None:
            raise DomainError(
                _(
                    "The committee already has a head (%(name)s). Change that member's role "
                    "first: a committee has exactly one head."
                )
                % {"name": head.full_name},
                field="committee_role",
            )


@transaction.atomic
def member_add(
    *,
    actor,
    agency: Agency,
    committee_role: str,
    full_name: str = "",
    position: str = "",
    user=None,
) -> SteeringMember:
    """Add a member at the end of the list. A linked person fills an empty name/position."""
    require(can_manage_steering(actor, agency))
    lock_agency(agency)
    committee = _committee(agency, actor)
    values = _member_values(
        agency, full_name=full_name, position=position, committee_role=committee_role, user=user
    )
    _check_unique(committee, values)
    last = committee.members.filter(is_active=True).aggregate(last=Max("order"))["last"] or 0
    member = SteeringMember.objects.create(
        committee=committee, order=last + 1, created_by=actor, **values
    )
    _record(
        actor,
        events.STEERING_MEMBER_ADD,
        member,
        audit.created(audit.snapshot(member, MEMBER_FIELDS)),
    )
    return member


def _locked_member(actor, member: SteeringMember) -> SteeringMember:
    agency = member.committee.agency
    require(can_manage_steering(actor, agency))
    lock_agency(agency)
    member = SteeringMember.objects.select_related("committee__agency").get(pk=member.pk)
    if not member.is_active:
        raise DomainError(_("This member has already been removed from the committee."))
    return member


@transaction.atomic
def member_update(
    *,
    actor,
    member: SteeringMember,
    committee_role: str,
    full_name: str = "",
    position: str = "",
    user=None,
) -> SteeringMember:
    member = _locked_member(actor, member)
    values = _member_values(
        member.committee.agency,
        full_name=full_name,
        position=position,
        committee_role=committee_role,
        user=user,
    )
    _check_unique(member.committee, values, member_id=member.pk)
    before = audit.snapshot(member, MEMBER_FIELDS)
    for name, value in values.items():
        setattr(member, name, value)
    changes = audit.diff(before, audit.snapshot(member, MEMBER_FIELDS))
    if changes:
        member.save()
        _record(actor, events.STEERING_MEMBER_UPDATE, member, changes)
    return member


@transaction.atomic
def member_remove(*, actor, member: SteeringMember) -> SteeringMember:
    """Take the member off the committee (the row stays for history and past decisions)."""
    member = _locked_member(actor, member)
    before = audit.snapshot(member, MEMBER_FIELDS)
    member.is_active = False
    member.save(update_fields=["is_active", "updated_at"])
    _record(
        actor,
        events.STEERING_MEMBER_REMOVE,
        member,
        audit.diff(before, audit.snapshot(member, MEMBER_FIELDS)),
    )
    return member


@transaction.atomic
def member_move(*, actor, member: SteeringMember, direction: str) -> SteeringMember:
    """Move a member one place up or down; orders are renumbered 1..n as a side effect."""
    if direction not in ("up", "down"):
        raise DomainError(_("Unknown direction."))
    member = _locked_member(actor, member)
    ordered = list(member.committee.members.filter(is_active=True).order_by("order", "full_name"))
    index = next(i for i, m in enumerate(ordered) if m.pk == member.pk)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(ordered):
        raise DomainError(_("The member is already at that end of the list."))
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for position, row in enumerate(ordered, start=1):
        if row.order != position:
            changes = {"order": [row.order, position]}
            row.order = position
            row.save(update_fields=["order", "updated_at"])
            _record(actor, events.STEERING_MEMBER_UPDATE, row, changes)
    return member


# Decision ------------------------------------------------------------------------------------
def readiness_problems(roles: Sequence[str]) -> list[str]:
    """Why a decision cannot be issued yet (empty when it can), from the active members' roles."""
    problems = []
    if list(roles).count(CommitteeRole.HEAD) != 1:
        problems.append(_("The committee must have exactly one head."))
    if CommitteeRole.SECRETARY not in roles:
        problems.append(_("The committee must have at least one secretary."))
    return problems


def _clean_decision(*, kind, issued_on, signer_name, signer_title, signing_authority, bases):
    if kind not in SteeringDecision.Kind.values:
        raise DomainError(_("Choose the kind of decision."), field="kind")
    if issued_on is None:
        raise DomainError(_("Enter the date of the decision."), field="issued_on")
    if issued_on.year != timezone.localdate().year:
        raise DomainError(
            _("The decision must be dated in the current year: numbers restart each 1 January."),
            field="issued_on",
        )
    if signing_authority not in AUTHORITIES:
        raise DomainError(_("Choose a valid signing authority."), field="signing_authority")
    lines = [" ".join(line.split()) for line in bases]
    lines = [line for line in lines if line]
    if not lines:
        raise DomainError(_("Enter at least one legal basis."), field="legal_bases")
    if any(mark in line for line in lines for mark in PLACEHOLDERS):
        raise DomainError(
            _('Complete the legal bases: replace every "…" with the number and date.'),
            field="legal_bases",
        )
    return {
        "signer_name": clean_text(signer_name, field="signer_name", required=True, max_length=150),
        "signer_title": clean_text(
            signer_title, field="signer_title", required=True, max_length=150
        ),
        "legal_bases": lines,
    }


def _issuer(agency: Agency) -> decision_content.Issuer:
    oversight = agency.province.oversight_agency
    return decision_content.Issuer(
        name=agency.name,
        parent=agency.governing_body,
        place=agency.place_name,
        symbol=agency.symbol,
        kind=agency.kind,
        head_title=agency.head_title,
        oversight_agency=oversight.name if oversight and oversight.pk != agency.pk else "",
    )


def _replaced(committee: SteeringCommittee, kind: str) -> str:
    previous = committee.decisions.order_by("-issued_on", "-created_at").first()
    if kind != SteeringDecision.Kind.REORGANISE or previous is None:
        return ""
    return f"{previous.symbol} ngày {previous.issued_on:%d/%m/%Y}"


def summary_of(kind: str, agency_name: str) -> str:
    verb = "kiện toàn" if kind == SteeringDecision.Kind.REORGANISE else "thành lập"
    return (
        f"Về việc {verb} Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất "
        f"lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 của {agency_name}"
    )


def _content(agency, committee, members, *, kind, legal_bases, proposer):
    """Everything the decision prints, frozen at issue time."""
    return decision_content.DecisionContent(
        issuer=_issuer(agency),
        members=tuple(
            decision_content.MemberLine(
                m.full_name, m.position, m.committee_role, str(m.user_id or "")
            )
            for m in members
        ),
        legal_bases=tuple(legal_bases),
        proposer=proposer,
        committee_name=committee.name,
        duties=tuple(committee.duties.splitlines()) or decision_content.DEFAULT_DUTIES,
        replaces=_replaced(committee, kind),
    )


@transaction.atomic
def decision_issue(
    *,
    actor,
    agency: Agency,
    kind: str,
    issued_on: dt.date,
    signer_name: str,
    signer_title: str,
    signing_authority: str = "",
    legal_bases: Sequence[str] = (),
    proposer: str = "",
) -> SteeringDecision:
    """Issue the decision: take a QĐ number, store the full content, audit it."""
    require(can_manage_steering(actor, agency))
    lock_agency(agency)
    committee = _committee(agency, actor)
    members = list(committee.members.filter(is_active=True).order_by("order", "full_name"))
    problems = readiness_problems([m.committee_role for m in members])
    if problems:
        raise DomainError(" ".join(problems))
    cleaned = _clean_decision(
        kind=kind,
        issued_on=issued_on,
        signer_name=signer_name,
        signer_title=signer_title,
        signing_authority=signing_authority,
        bases=legal_bases,
    )
    content = _content(
        agency,
        committee,
        members,
        kind=kind,
        legal_bases=cleaned.pop("legal_bases"),
        proposer=clean_text(proposer, field="proposer", required=True, max_length=200),
    )
    decision = SteeringDecision(
        id=uuid.uuid4(),
        committee=committee,
        kind=kind,
        issued_on=issued_on,
        signing_authority=signing_authority,
        members_snapshot=content.members_json(),
        content=content.content_json(),
        created_by=actor,
        **cleaned,
    )
    issued = issue_number(
        actor=actor,
        agency=agency,
        doc_type="QĐ",
        issued_on=issued_on,
        summary=summary_of(kind, agency.name),
        obj=decision,
    )
    decision.number, decision.symbol = issued.number, issued.symbol
    decision.save(force_insert=True)
    _record_issue(actor, decision, content)
    return decision


def _record_issue(actor, decision: SteeringDecision, content) -> None:
    values = audit.snapshot(
        decision,
        ["kind", "symbol", "issued_on", "signer_name", "signer_title", "signing_authority"],
    )
    values["members"] = [member.full_name for member in content.members]
    values["legal_bases"] = list(content.legal_bases)
    _record(actor, events.STEERING_DECISION_ISSUE, decision, audit.created(values))
