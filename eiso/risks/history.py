"""“Lịch sử” loaders: a risk (with its treatments), a context issue, an interested party."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.risks.models import ContextIssue, InterestedParty, Risk, Treatment
from eiso.risks.permissions import visible_issues, visible_parties, visible_risks


def load_risk(user, object_id: str) -> Risk | None:
    try:
        return visible_risks(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Risk.DoesNotExist):
        return None


def risk_related(risk: Risk) -> Q:
    ids = [str(pk) for pk in Treatment.objects.filter(risk=risk).values_list("pk", flat=True)]
    return Q(object_type="risks.treatment", object_id__in=ids)


def risk_link(risk: Risk) -> str:
    return reverse("risks:detail", args=[risk.pk])


def load_issue(user, object_id: str) -> ContextIssue | None:
    try:
        return visible_issues(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, ContextIssue.DoesNotExist):
        return None


def issue_link(issue: ContextIssue) -> str:
    return reverse("risks:issues") + f"?agency={issue.agency_id}"


def load_party(user, object_id: str) -> InterestedParty | None:
    try:
        return visible_parties(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, InterestedParty.DoesNotExist):
        return None


def party_link(party: InterestedParty) -> str:
    return reverse("risks:parties") + f"?agency={party.agency_id}"
