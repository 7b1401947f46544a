"""“Việc của tôi” sections: my open actions; nonconformities waiting for my effectiveness check;
improvement proposals waiting for my decision. One query each (first rows with the count)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection, first_and_total
from eiso.nonconformities.models import Nonconformity, Proposal, ProposalState, State
from eiso.nonconformities.permissions import owned_open_actions
from eiso.nonconformities.services.notices import action_url
from eiso.organizations.access import access_for
from eiso.organizations.roles import Role

SECTION_LIMIT = 10


def my_actions_section(user, agency) -> WorkSection | None:
    queryset = owned_open_actions(user)
    rows, total = first_and_total(
        queryset.select_related("nonconformity", "proposal").order_by("due_date", "id"),
        SECTION_LIMIT,
    )
    if not rows:
        return None
    items = []
    for action in rows:
        nonconformity = action.nonconformity
        if nonconformity is not None:
            badge = _("Corrective action")
            detail = f"{nonconformity.number} · {nonconformity.description[:120]}"
        else:
            badge = _("Improvement action")
            detail = (
                f"{action.proposal.number} · {action.proposal.title}" if action.proposal else ""
            )
        items.append(
            WorkItem(
                title=action.description,
                url=action_url(action),
                due=action.due_date,
                detail=detail,
                badge=badge,
            )
        )
    return WorkSection(
        key="nonconformities.actions",
        title=_("My corrective and improvement actions"),
        items=items,
        total=total,
        more_url=reverse("nonconformities:index") + "?state=open",
        icon="tool",
        order=45,
    )


def _agencies_with(user, *roles: str) -> list:
    access = access_for(user)
    return [a for a, held in access.agency_roles.items() if held & set(roles)]


def verification_section(user, agency) -> WorkSection | None:
    agencies = _agencies_with(user, Role.ISO_COORDINATOR, Role.INTERNAL_AUDITOR)
    if not agencies:
        return None
    queryset = Nonconformity.objects.filter(agency_id__in=agencies, state=State.VERIFICATION)
    rows, total = first_and_total(queryset.order_by("detected_on", "id"), SECTION_LIMIT)
    if not rows:
        return None
    items = [
        WorkItem(
            title=f"{nc.number}: {nc.description[:120]}",
            url=reverse("nonconformities:detail", args=[nc.pk]),
            badge=_("Check effectiveness"),
            date=nc.updated_at,
        )
        for nc in rows
    ]
    return WorkSection(
        key="nonconformities.verification",
        title=_("Nonconformities waiting for effectiveness verification"),
        items=items,
        total=total,
        more_url=reverse("nonconformities:index") + "?state=verification",
        icon="shield-check",
        order=46,
    )


def proposals_section(user, agency) -> WorkSection | None:
    agencies = _agencies_with(user, Role.ISO_COORDINATOR, Role.AGENCY_HEAD)
    if not agencies:
        return None
    queryset = Proposal.objects.filter(agency_id__in=agencies, state=ProposalState.SUBMITTED)
    rows, total = first_and_total(
        queryset.select_related("proposed_by").order_by("created_at", "id"), SECTION_LIMIT
    )
    if not rows:
        return None
    items = [
        WorkItem(
            title=f"{p.number}: {p.title}",
            url=reverse("nonconformities:proposal_detail", args=[p.pk]),
            detail=p.proposed_by.full_name if p.proposed_by else "",
            badge=_("Proposal to decide"),
            date=p.created_at,
        )
        for p in rows
    ]
    return WorkSection(
        key="nonconformities.proposals",
        title=_("Improvement proposals waiting for your decision"),
        items=items,
        total=total,
        more_url=reverse("nonconformities:proposals") + "?state=submitted",
        icon="bulb",
        order=47,
    )
