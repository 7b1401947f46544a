"""API of nonconformities (django-ninja router, mounted by eiso.api): nonconformities (list,
detail), their corrective actions, improvement proposals, and an action's status update. Scoped
and authorised exactly as the pages (the services check the permission)."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.api.pagination import PageParams, page_schema, paginate
from eiso.nonconformities import selectors, services
from eiso.nonconformities.models import (
    ActionStatus,
    CorrectiveAction,
    Nonconformity,
    Proposal,
    ProposalState,
    Source,
)
from eiso.organizations.selectors import get_agency_for_user_or_404

router = Router(tags=["nonconformities"])


class NonconformityOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    number: str
    year: int
    source: str
    source_label: str
    description: str
    evidence: str
    clause_number: str | None
    unit_id: uuid.UUID | None
    detected_by_id: uuid.UUID | None
    detected_on: dt.date
    severity: str
    finding_id: uuid.UUID | None
    state: str
    state_label: str
    correction: str
    whys: list[str]
    root_cause: str
    round: int
    effectiveness_confirmed: bool
    closed_on: dt.date | None


class ActionOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    nonconformity_id: uuid.UUID | None
    proposal_id: uuid.UUID | None
    description: str
    owner_id: uuid.UUID
    unit_id: uuid.UUID | None
    due_date: dt.date
    round: int
    status: str
    done_on: dt.date | None
    result_note: str


class ProposalOut(Schema):
    id: uuid.UUID
    agency_id: uuid.UUID
    number: str
    title: str
    description: str
    expected_benefit: str
    unit_id: uuid.UUID | None
    proposed_by_id: uuid.UUID | None
    state: str
    decided_on: dt.date | None
    reject_reason: str


class ActionStatusIn(Schema):
    status: ActionStatus = Field(..., description="open (not done) or done.")
    result_note: str = Field("", max_length=4000, description="What was done (required for done).")


class NonconformityFilters(Schema):
    agency: uuid.UUID = Field(..., description="Id of the agency.")
    state: str | None = Field(None, description="A state, or 'open' for every state but closed.")
    source: Source | None = Field(None)
    year: int | None = Field(None, ge=2000, le=2100)


class ProposalFilters(Schema):
    agency: uuid.UUID = Field(..., description="Id of the agency.")
    state: ProposalState | None = Field(None)


NonconformityPage = page_schema(NonconformityOut, "NonconformityPage")
ActionPage = page_schema(ActionOut, "CorrectiveActionPage")
ProposalPage = page_schema(ProposalOut, "ImprovementProposalPage")


def _nonconformity(nc: Nonconformity) -> dict:
    return {
        **{f: getattr(nc, f) for f in NonconformityOut.model_fields if hasattr(nc, f)},
        "source_label": str(nc.get_source_display()),
        "state_label": str(nc.get_state_display()),
        "clause_number": nc.clause.number if nc.clause is not None else None,
        "whys": list(nc.whys or []),
    }


def _action(action: CorrectiveAction) -> dict:
    return {f: getattr(action, f) for f in ActionOut.model_fields}


def _proposal(proposal: Proposal) -> dict:
    return {f: getattr(proposal, f) for f in ProposalOut.model_fields}


@router.get("/nonconformities", response={200: NonconformityPage, **DETAIL_RESPONSES})
def list_nonconformities(request, filters: Query[NonconformityFilters], page: Query[PageParams]):
    """Nonconformities of one agency the caller may read, newest number first."""
    agency = get_agency_for_user_or_404(request.auth, filters.agency)
    queryset = selectors.nonconformities_for_user(
        request.auth,
        agency,
        selectors.NonconformityFilters(
            state=filters.state or "", source=filters.source or "", year=filters.year
        ),
    )
    return paginate(queryset, page, _nonconformity)


@router.get(
    "/nonconformities/{nonconformity_id}", response={200: NonconformityOut, **DETAIL_RESPONSES}
)
def get_nonconformity(request, nonconformity_id: uuid.UUID):
    return _nonconformity(
        selectors.get_nonconformity_for_user_or_404(request.auth, nonconformity_id)
    )


@router.get(
    "/nonconformities/{nonconformity_id}/actions",
    response={200: ActionPage, **DETAIL_RESPONSES},
)
def list_actions(request, nonconformity_id: uuid.UUID, page: Query[PageParams]):
    """Corrective actions of a nonconformity, by round and due date."""
    nc = selectors.get_nonconformity_for_user_or_404(request.auth, nonconformity_id)
    return paginate(selectors.actions_of(nc), page, _action)


@router.get("/corrective-actions/{action_id}", response={200: ActionOut, **DETAIL_RESPONSES})
def get_action(request, action_id: uuid.UUID):
    return _action(selectors.get_action_for_user_or_404(request.auth, action_id))


@router.post(
    "/corrective-actions/{action_id}/status", response={200: ActionOut, **DETAIL_RESPONSES}
)
def update_action_status(request, action_id: uuid.UUID, payload: ActionStatusIn):
    """Mark an action done (with its result) or reopen it. Same rights as the page: the owner,
    the agency's managers, the head of the unit."""
    action = selectors.get_action_for_user_or_404(request.auth, action_id)
    services.action_set_status(
        actor=request.auth,
        action=action,
        status=payload.status,
        result_note=payload.result_note,
    )
    return _action(action)


@router.get("/improvement-proposals", response={200: ProposalPage, **DETAIL_RESPONSES})
def list_proposals(request, filters: Query[ProposalFilters], page: Query[PageParams]):
    agency = get_agency_for_user_or_404(request.auth, filters.agency)
    queryset = selectors.proposals_for_user(request.auth, agency, state=filters.state or "")
    return paginate(queryset, page, _proposal)


@router.get("/improvement-proposals/{proposal_id}", response={200: ProposalOut, **DETAIL_RESPONSES})
def get_proposal(request, proposal_id: uuid.UUID):
    return _proposal(selectors.get_proposal_for_user_or_404(request.auth, proposal_id))
