"""Improvement proposals (10.3): anyone in the agency proposes; the head or the ISO coordinator
accepts (the proposal becomes a tracked action with an owner and a due date) or rejects it with a
reason that is kept. The proposer is told either way."""

from __future__ import annotations

import datetime as dt
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.nonconformities import events, permissions
from eiso.nonconformities.models import CorrectiveAction, Proposal, ProposalState
from eiso.nonconformities.services import notices
from eiso.nonconformities.services._common import (
    PROPOSAL_REGISTER,
    check_member,
    check_unit,
    clean_text,
    next_number,
    require,
)

PROPOSAL_FIELDS = ("title", "description", "expected_benefit", "unit", "state", "reject_reason")


@transaction.atomic
def proposal_create(
    *, actor, agency, title: str, description: str, expected_benefit: str, unit=None
) -> Proposal:
    require(permissions.can_propose(actor, agency))
    title = clean_text(title, field="title", required=True, max_length=255)
    description = clean_text(description, field="description", required=True)
    expected_benefit = clean_text(expected_benefit, field="expected_benefit", required=True)
    check_unit(agency, unit)
    _sequence, number = next_number(agency, timezone.localdate().year, PROPOSAL_REGISTER)
    proposal = Proposal.objects.create(
        agency=agency,
        number=number,
        title=title,
        description=description,
        expected_benefit=expected_benefit,
        unit=unit,
        proposed_by=actor,
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action=events.PROPOSAL_CREATE,
        obj=proposal,
        changes=audit.created(audit.snapshot(proposal, PROPOSAL_FIELDS)),
    )
    transaction.on_commit(partial(notices.notify_proposal_submitted, proposal, actor))
    return proposal


def _lock_submitted(proposal: Proposal) -> None:
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.state != ProposalState.SUBMITTED:
        raise DomainError(
            _("This proposal was already decided (%(state)s).")
            % {"state": ProposalState(locked.state).label}
        )


@transaction.atomic
def proposal_accept(
    *, actor, proposal: Proposal, action: str, owner, due_date: dt.date, unit=None
) -> CorrectiveAction:
    """Accept: the proposal becomes an improvement action tracked like a corrective action."""
    require(permissions.can_decide_proposal(actor, proposal.agency))
    _lock_submitted(proposal)
    description = clean_text(action, field="description", required=True)
    check_member(proposal.agency, owner, field="owner")
    check_unit(proposal.agency, unit)
    today = timezone.localdate()
    if due_date is None:
        raise DomainError(_("Enter the due date."), field="due_date")
    if due_date < today:
        raise DomainError(_("The due date cannot be in the past."), field="due_date")
    before = audit.snapshot(proposal, PROPOSAL_FIELDS)
    proposal.state = ProposalState.ACCEPTED
    proposal.decided_by = actor
    proposal.decided_on = today
    proposal.save()
    tracked = CorrectiveAction.objects.create(
        agency=proposal.agency,
        proposal=proposal,
        description=description,
        owner=owner,
        unit=unit or proposal.unit,
        due_date=due_date,
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action=events.PROPOSAL_ACCEPT,
        obj=proposal,
        changes={
            **audit.diff(before, audit.snapshot(proposal, PROPOSAL_FIELDS)),
            "action": [None, description],
        },
    )
    title = gettext_lazy("Your improvement proposal was accepted")
    transaction.on_commit(partial(notices.notify_proposal_decided, proposal, actor, title))
    transaction.on_commit(partial(notices.notify_action_assigned, tracked, actor))
    return tracked


@transaction.atomic
def proposal_reject(*, actor, proposal: Proposal, reason: str) -> Proposal:
    require(permissions.can_decide_proposal(actor, proposal.agency))
    _lock_submitted(proposal)
    reason = clean_text(reason, field="reason")
    if not reason:
        raise DomainError(_("Give the reason for rejecting the proposal."), field="reason")
    before = audit.snapshot(proposal, PROPOSAL_FIELDS)
    proposal.state = ProposalState.REJECTED
    proposal.reject_reason = reason
    proposal.decided_by = actor
    proposal.decided_on = timezone.localdate()
    proposal.save()
    audit.record(
        actor=actor,
        action=events.PROPOSAL_REJECT,
        obj=proposal,
        changes=audit.diff(before, audit.snapshot(proposal, PROPOSAL_FIELDS)),
    )
    title = gettext_lazy("Your improvement proposal was not accepted")
    transaction.on_commit(partial(notices.notify_proposal_decided, proposal, actor, title))
    return proposal
