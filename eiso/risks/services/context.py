"""Writes of the context issues (4.1) and interested parties (4.2) of an agency."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.risks import events
from eiso.risks.models import ContextIssue, InterestedParty, IssueCategory, Scope, Swot
from eiso.risks.permissions import can_manage_context
from eiso.risks.services._common import clean_choice, clean_text, require

ISSUE_FIELDS = ("scope", "swot", "category", "description", "is_active")
PARTY_FIELDS = ("name", "scope", "needs", "monitoring", "is_active")


def _issue_values(values: dict) -> dict:
    return {
        "scope": clean_choice(
            values.get("scope"), Scope, field="scope", message=_("Choose internal or external.")
        ),
        "swot": clean_choice(
            values.get("swot"),
            Swot,
            field="swot",
            message=_("Choose strength, weakness, opportunity or threat."),
        ),
        "category": clean_choice(
            values.get("category"),
            IssueCategory,
            field="category",
            message=_("Choose a category."),
        ),
        "description": clean_text(values.get("description"), field="description", required=True),
        "is_active": bool(values.get("is_active", True)),
    }


@transaction.atomic
def issue_create(*, actor, agency, **values) -> ContextIssue:
    require(can_manage_context(actor, agency))
    issue = ContextIssue(agency=agency, created_by=actor, **_issue_values(values))
    issue.save()
    audit.record(
        actor=actor,
        action=events.ISSUE_CREATE,
        obj=issue,
        changes=audit.created(audit.snapshot(issue, ISSUE_FIELDS)),
    )
    return issue


@transaction.atomic
def issue_update(*, actor, issue: ContextIssue, **values) -> ContextIssue:
    require(can_manage_context(actor, issue.agency))
    before = audit.snapshot(issue, ISSUE_FIELDS)
    for field, value in _issue_values(values).items():
        setattr(issue, field, value)
    changes = audit.diff(before, audit.snapshot(issue, ISSUE_FIELDS))
    if changes:
        issue.save()
        audit.record(actor=actor, action=events.ISSUE_UPDATE, obj=issue, changes=changes)
    return issue


def _party_values(values: dict) -> dict:
    return {
        "name": clean_text(values.get("name"), field="name", required=True, max_length=255),
        "scope": clean_choice(
            values.get("scope"), Scope, field="scope", message=_("Choose internal or external.")
        ),
        "needs": clean_text(values.get("needs"), field="needs", required=True),
        "monitoring": clean_text(values.get("monitoring"), field="monitoring", max_length=255),
        "is_active": bool(values.get("is_active", True)),
    }


@transaction.atomic
def party_create(*, actor, agency, **values) -> InterestedParty:
    require(can_manage_context(actor, agency))
    party = InterestedParty(agency=agency, created_by=actor, **_party_values(values))
    party.save()
    audit.record(
        actor=actor,
        action=events.PARTY_CREATE,
        obj=party,
        changes=audit.created(audit.snapshot(party, PARTY_FIELDS)),
    )
    return party


@transaction.atomic
def party_update(*, actor, party: InterestedParty, **values) -> InterestedParty:
    require(can_manage_context(actor, party.agency))
    before = audit.snapshot(party, PARTY_FIELDS)
    for field, value in _party_values(values).items():
        setattr(party, field, value)
    changes = audit.diff(before, audit.snapshot(party, PARTY_FIELDS))
    if changes:
        party.save()
        audit.record(actor=actor, action=events.PARTY_UPDATE, obj=party, changes=changes)
    return party
