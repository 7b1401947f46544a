"""“Lịch sử” loaders: a nonconformity (with its actions and verifications) and a proposal."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.nonconformities.models import CorrectiveAction, Nonconformity, Proposal, Verification
from eiso.nonconformities.permissions import visible_nonconformities, visible_proposals


def load_nonconformity(user, object_id: str) -> Nonconformity | None:
    try:
        return visible_nonconformities(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Nonconformity.DoesNotExist):
        return None


def nonconformity_related(nonconformity: Nonconformity) -> Q:
    ids = [
        str(pk)
        for pk in CorrectiveAction.objects.filter(nonconformity=nonconformity).values_list(
            "pk", flat=True
        )
    ]
    ids += [
        str(pk)
        for pk in Verification.objects.filter(nonconformity=nonconformity).values_list(
            "pk", flat=True
        )
    ]
    return Q(object_id__in=ids)


def nonconformity_link(nonconformity: Nonconformity) -> str:
    return reverse("nonconformities:detail", args=[nonconformity.pk])


def load_proposal(user, object_id: str) -> Proposal | None:
    try:
        return visible_proposals(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Proposal.DoesNotExist):
        return None


def proposal_related(proposal: Proposal) -> Q:
    ids = [
        str(pk)
        for pk in CorrectiveAction.objects.filter(proposal=proposal).values_list("pk", flat=True)
    ]
    return Q(object_id__in=ids)


def proposal_link(proposal: Proposal) -> str:
    return reverse("nonconformities:proposal_detail", args=[proposal.pk])
