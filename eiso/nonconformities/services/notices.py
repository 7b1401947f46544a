"""Notifications of nonconformities and proposals (sent after commit by the services)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role

KIND_ACTION_ASSIGNED = "nonconformities.action_assigned"
KIND_ACTION_OVERDUE = "nonconformities.action_overdue"
KIND_VERIFICATION = "nonconformities.verification_requested"
KIND_PROPOSAL_SUBMITTED = "nonconformities.proposal_submitted"
KIND_PROPOSAL_DECIDED = "nonconformities.proposal_decided"


def agency_role_holders(agency_id, *roles: str) -> list:
    return list(
        RoleGrant.objects.filter(agency_id=agency_id, role__in=roles, is_active=True)
        .values_list("user_id", flat=True)
        .distinct()
    )


def unit_heads(unit) -> list:
    """Heads of the unit or of a unit above it (a grant applies to the subtree)."""
    if unit is None:
        return []
    prefixes = [unit.path[:i] for i in range(5, len(unit.path) + 1, 5)]
    return list(
        RoleGrant.objects.filter(
            unit__agency_id=unit.agency_id,
            unit__path__in=prefixes,
            role=Role.UNIT_HEAD,
            is_active=True,
        )
        .values_list("user_id", flat=True)
        .distinct()
    )


def nonconformity_url(nonconformity) -> str:
    return reverse("nonconformities:detail", args=[nonconformity.pk])


def action_url(action) -> str:
    if action.nonconformity_id:
        return reverse("nonconformities:detail", args=[action.nonconformity_id])
    return reverse("nonconformities:proposal_detail", args=[action.proposal_id])


def notify_action_assigned(action, actor) -> None:
    from eiso.notifications.services import notify

    notify(
        recipients=[action.owner_id],
        kind=KIND_ACTION_ASSIGNED,
        title=_("A corrective action was assigned to you, due %(date)s")
        % {"date": action.due_date.strftime("%d/%m/%Y")},
        body=action.description,
        url=action_url(action),
        agency=action.agency,
        actor=actor,
    )


def notify_verification(nonconformity, actor) -> None:
    from eiso.notifications.services import notify

    notify(
        recipients=agency_role_holders(
            nonconformity.agency_id, Role.ISO_COORDINATOR, Role.INTERNAL_AUDITOR
        ),
        kind=KIND_VERIFICATION,
        title=_("Nonconformity %(number)s is waiting for effectiveness verification")
        % {"number": nonconformity.number},
        body=nonconformity.description,
        url=nonconformity_url(nonconformity),
        agency=nonconformity.agency,
        actor=actor,
    )


def notify_proposal_submitted(proposal, actor) -> None:
    from eiso.notifications.services import notify

    notify(
        recipients=agency_role_holders(proposal.agency_id, Role.ISO_COORDINATOR, Role.AGENCY_HEAD),
        kind=KIND_PROPOSAL_SUBMITTED,
        title=_("New improvement proposal: %(title)s") % {"title": proposal.title},
        body=proposal.description,
        url=reverse("nonconformities:proposal_detail", args=[proposal.pk]),
        agency=proposal.agency,
        actor=actor,
    )


def notify_proposal_decided(proposal, actor, title) -> None:
    from eiso.notifications.services import notify

    notify(
        recipients=[proposal.proposed_by_id],
        kind=KIND_PROPOSAL_DECIDED,
        title=title,
        body=proposal.reject_reason or proposal.title,
        url=reverse("nonconformities:proposal_detail", args=[proposal.pk]),
        agency=proposal.agency,
        actor=actor,
    )
