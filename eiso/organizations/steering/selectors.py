"""Reads of the steering committee, scoped: whoever may view the agency may view its committee."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404

from eiso.accounts.models import User
from eiso.organizations.models import (
    Agency,
    RoleGrant,
    SteeringCommittee,
    SteeringDecision,
    SteeringMember,
)
from eiso.organizations.permissions import can_view_agency
from eiso.organizations.roles import Role


def committee_for_user(user, agency: Agency) -> SteeringCommittee | None:
    """The agency's committee (None before its first member is added, or if not visible)."""
    if not can_view_agency(user, agency):
        return None
    return SteeringCommittee.objects.filter(agency=agency).first()


def members_for_user(user, agency: Agency, *, active: bool = True) -> QuerySet[SteeringMember]:
    """Members in the committee's order, with the linked person joined."""
    if not can_view_agency(user, agency):
        return SteeringMember.objects.none()
    return (
        SteeringMember.objects.filter(committee__agency=agency, is_active=active)
        .select_related("user")
        .order_by("order", "full_name", "id")
    )


def active_roles(user, agency: Agency) -> list[str]:
    """The committee roles of the active members (for the readiness check)."""
    return list(members_for_user(user, agency).values_list("committee_role", flat=True))


def decisions_for_user(user, agency: Agency) -> QuerySet[SteeringDecision]:
    if not can_view_agency(user, agency):
        return SteeringDecision.objects.none()
    return SteeringDecision.objects.filter(committee__agency=agency).order_by(
        "-issued_on", "-created_at", "id"
    )


def _get_or_404(queryset: QuerySet, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404 from exc


def get_member_for_user_or_404(user, agency: Agency, member_id) -> SteeringMember:
    members = members_for_user(user, agency).select_related("committee__agency")
    return _get_or_404(members, member_id)


def get_decision_for_user_or_404(user, agency: Agency, decision_id) -> SteeringDecision:
    decisions = decisions_for_user(user, agency).select_related(
        "committee__agency__province", "committee__agency__province__oversight_agency"
    )
    return _get_or_404(decisions, decision_id)


def people_of_agency(agency: Agency) -> QuerySet[User]:
    """People who may be linked to a member: those working in the agency now."""
    return (
        User.objects.filter(memberships__agency=agency, memberships__is_active=True)
        .distinct()
        .order_by("full_name", "username", "id")
    )


def agency_head(agency: Agency) -> User | None:
    """The person holding the agency-head role (the default signer of the decision)."""
    grant = (
        RoleGrant.objects.filter(agency=agency, role=Role.AGENCY_HEAD, is_active=True)
        .select_related("user")
        .order_by("created_at")
        .first()
    )
    return grant.user if grant is not None else None
