"""Reads of the accounts domain, scoped to the user asking."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404

from eiso.accounts.models import ApiToken, User
from eiso.organizations.models import Membership, RoleGrant


def own_tokens(user: User) -> QuerySet[ApiToken]:
    """The user's own API tokens, newest first. Nobody sees another person's tokens."""
    if user is None or not user.is_authenticated:
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user=user).order_by("-created_at", "id")


def get_own_token_or_404(user: User, token_id) -> ApiToken:
    try:
        return own_tokens(user).get(pk=token_id)
    except (ApiToken.DoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404 from exc


def own_memberships(user: User) -> QuerySet[Membership]:
    """The user's current positions in agencies (read-only on the profile page)."""
    return (
        Membership.objects.filter(user=user, is_active=True)
        .select_related("agency", "unit")
        .order_by("agency__name", "id")
    )


def own_role_grants(user: User) -> QuerySet[RoleGrant]:
    """The user's active role grants with the node each applies to."""
    return (
        RoleGrant.objects.filter(user=user, is_active=True)
        .select_related("province", "agency", "unit", "unit__agency")
        .order_by("role", "created_at", "id")
    )
