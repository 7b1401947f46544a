"""Writes of risks and opportunities and of their treatment actions."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.documents.models import PROCEDURE_KINDS
from eiso.organizations.models import Agency, Membership
from eiso.risks import events, states
from eiso.risks.matrix import MatrixConfig
from eiso.risks.models import (
    ContextIssue,
    InterestedParty,
    Risk,
    RiskKind,
    RiskStatus,
    Treatment,
    TreatmentStatus,
)
from eiso.risks.permissions import can_manage_risk, can_manage_risks_in, can_update_treatment
from eiso.risks.services._common import clean_choice, clean_text, require
from eiso.risks.services.matrix import matrix_for_agency

KIND_TREATMENT_ASSIGNED = "risks.treatment_assigned"
RISK_FIELDS = (
    "unit",
    "process",
    "procedure",
    "kind",
    "title",
    "description",
    "source_issue",
    "source_party",
    "likelihood",
    "impact",
    "score",
    "level",
    "residual_likelihood",
    "residual_impact",
    "residual_score",
    "residual_level",
    "owner",
    "review_date",
    "status",
)
TREATMENT_FIELDS = ("action", "owner", "due_date", "status", "completed_on", "note")


def _is_member(agency, user) -> bool:
    return Membership.objects.filter(agency=agency, user=user, is_active=True).exists()


def _rating(value, *, field: str, size: int, label) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= size:
        raise DomainError(
            _("%(label)s: choose a value from 1 to %(max)d.") % {"label": label, "max": size},
            field=field,
        )
    return number


def _scores(values: dict, config: MatrixConfig) -> dict:
    likelihood = _rating(
        values.get("likelihood"),
        field="likelihood",
        size=config.likelihood_levels,
        label=gettext_lazy("Likelihood"),
    )
    impact = _rating(
        values.get("impact"),
        field="impact",
        size=config.impact_levels,
        label=gettext_lazy("Impact"),
    )
    score, level = config.score(likelihood, impact)
    result = {"likelihood": likelihood, "impact": impact, "score": score, "level": level}
    raw_l, raw_i = values.get("residual_likelihood"), values.get("residual_impact")
    if raw_l in (None, "") and raw_i in (None, ""):
        result.update(
            residual_likelihood=None, residual_impact=None, residual_score=None, residual_level=""
        )
        return result
    if raw_l in (None, "") or raw_i in (None, ""):
        field = "residual_impact" if raw_i in (None, "") else "residual_likelihood"
        raise DomainError(
            _("Give both the residual likelihood and the residual impact, or neither."),
            field=field,
        )
    residual_l = _rating(
        raw_l,
        field="residual_likelihood",
        size=config.likelihood_levels,
        label=gettext_lazy("Residual likelihood"),
    )
    residual_i = _rating(
        raw_i,
        field="residual_impact",
        size=config.impact_levels,
        label=gettext_lazy("Residual impact"),
    )
    residual_score, residual_level = config.score(residual_l, residual_i)
    result.update(
        residual_likelihood=residual_l,
        residual_impact=residual_i,
        residual_score=residual_score,
        residual_level=residual_level,
    )
    return result


def _clean(agency: Agency, values: dict, config: MatrixConfig, *, review_changed: bool) -> dict:
    unit = values.get("unit")
    if unit is not None and unit.agency_id != agency.pk:
        raise DomainError(_("Choose a unit of this agency."), field="unit")
    issue = values.get("source_issue")
    if issue is not None and (not isinstance(issue, ContextIssue) or issue.agency_id != agency.pk):
        raise DomainError(_("Choose an issue of this agency's context."), field="source_issue")
    party = values.get("source_party")
    if party is not None and (
        not isinstance(party, InterestedParty) or party.agency_id != agency.pk
    ):
        raise DomainError(_("Choose an interested party of this agency."), field="source_party")
    procedure = values.get("procedure")
    if procedure is not None and (
        procedure.agency_id != agency.pk or procedure.kind not in PROCEDURE_KINDS
    ):
        raise DomainError(_("Choose a procedure of this agency."), field="procedure")
    owner = values.get("owner")
    if owner is not None and not _is_member(agency, owner):
        raise DomainError(_("This person does not work in the agency."), field="owner")
    review_date = values.get("review_date")
    if review_changed and review_date is not None and review_date < timezone.localdate():
        raise DomainError(_("The next review cannot be in the past."), field="review_date")
    return {
        "unit": unit,
        "process": clean_text(values.get("process"), field="process", max_length=255),
        "procedure": procedure,
        "kind": clean_choice(
            values.get("kind"),
            RiskKind,
            field="kind",
            message=_("Choose risk or opportunity."),
        ),
        "title": clean_text(values.get("title"), field="title", required=True, max_length=255),
        "description": clean_text(values.get("description"), field="description"),
        "source_issue": issue,
        "source_party": party,
        "owner": owner,
        "review_date": review_date,
        "status": clean_choice(
            values.get("status") or RiskStatus.OPEN,
            RiskStatus,
            field="status",
            message=_("Choose a status."),
        ),
        **_scores(values, config),
    }


@transaction.atomic
def risk_create(*, actor, agency: Agency, unit=None, **values) -> Risk:
    """A new risk or opportunity of `agency` (of `unit` when given), numbered in the agency."""
    require(can_manage_risks_in(actor, agency, unit))
    config = matrix_for_agency(agency)
    cleaned = _clean(agency, {**values, "unit": unit}, config, review_changed=True)
    Agency.objects.select_for_update().filter(pk=agency.pk).first()
    last = Risk.objects.filter(agency=agency).aggregate(last=Max("number"))["last"] or 0
    risk = Risk(agency=agency, number=last + 1, created_by=actor, **cleaned)
    risk.save()
    audit.record(
        actor=actor,
        action=events.RISK_CREATE,
        obj=risk,
        changes=audit.created(audit.snapshot(risk, RISK_FIELDS)),
    )
    return risk


@transaction.atomic
def risk_update(*, actor, risk: Risk, **values) -> Risk:
    """Edit, rescore, review or close a risk. Moving it to another unit needs the right there."""
    require(can_manage_risk(actor, risk))
    new_unit = values.get("unit", risk.unit)
    require(can_manage_risks_in(actor, risk.agency, new_unit))
    config = matrix_for_agency(risk.agency)
    merged = {
        field: getattr(risk, field)
        for field in RISK_FIELDS
        if field not in ("score", "level", "residual_score", "residual_level")
    }
    merged.update(values)
    merged["unit"] = new_unit
    review_changed = merged.get("review_date") != risk.review_date
    cleaned = _clean(risk.agency, merged, config, review_changed=review_changed)
    before = audit.snapshot(risk, RISK_FIELDS)
    for field, value in cleaned.items():
        setattr(risk, field, value)
    changes = audit.diff(before, audit.snapshot(risk, RISK_FIELDS))
    if changes:
        risk.save()
        audit.record(actor=actor, action=events.RISK_UPDATE, obj=risk, changes=changes)
    return risk


# Treatments --------------------------------------------------------------------------------------
def _treatment_values(risk: Risk, values: dict, *, due_changed: bool) -> dict:
    owner = values.get("owner")
    if owner is None:
        raise DomainError(_("Choose the person responsible."), field="owner")
    if not _is_member(risk.agency, owner):
        raise DomainError(_("This person does not work in the agency."), field="owner")
    due_date = values.get("due_date")
    if not isinstance(due_date, dt.date):
        raise DomainError(_("Enter the due date."), field="due_date")
    if due_changed and due_date < timezone.localdate():
        raise DomainError(_("The due date cannot be in the past."), field="due_date")
    return {
        "action": clean_text(values.get("action"), field="action", required=True),
        "owner": owner,
        "due_date": due_date,
        "note": clean_text(values.get("note"), field="note"),
    }


def _notify_owner(actor, treatment: Treatment) -> None:
    from eiso.notifications.services import notify

    if treatment.owner_id == getattr(actor, "pk", None):
        return
    notify(
        recipients=[treatment.owner_id],
        kind=KIND_TREATMENT_ASSIGNED,
        title=gettext_lazy("Risk treatment assigned to you, due %(date)s")
        % {"date": treatment.due_date.strftime("%d/%m/%Y")},
        body=treatment.action,
        url=reverse("risks:detail", args=[treatment.risk_id]),
        agency=treatment.risk.agency,
        actor=actor,
    )


@transaction.atomic
def treatment_create(*, actor, risk: Risk, **values) -> Treatment:
    require(can_manage_risk(actor, risk))
    if risk.status == RiskStatus.CLOSED:
        raise DomainError(_("This risk is closed. Reopen it to add actions."))
    treatment = Treatment(
        risk=risk, created_by=actor, **_treatment_values(risk, values, due_changed=True)
    )
    treatment.save()
    audit.record(
        actor=actor,
        action=events.TREATMENT_CREATE,
        obj=treatment,
        changes=audit.created(audit.snapshot(treatment, TREATMENT_FIELDS)),
    )
    _notify_owner(actor, treatment)
    return treatment


@transaction.atomic
def treatment_update(*, actor, treatment: Treatment, **values) -> Treatment:
    require(can_manage_risk(actor, treatment.risk))
    merged = {f: getattr(treatment, f) for f in ("action", "owner", "due_date", "note")}
    merged.update(values)
    due_changed = merged.get("due_date") != treatment.due_date
    cleaned = _treatment_values(treatment.risk, merged, due_changed=due_changed)
    before = audit.snapshot(treatment, TREATMENT_FIELDS)
    previous_owner = treatment.owner_id
    for field, value in cleaned.items():
        setattr(treatment, field, value)
    changes = audit.diff(before, audit.snapshot(treatment, TREATMENT_FIELDS))
    if changes:
        treatment.save()
        audit.record(actor=actor, action=events.TREATMENT_UPDATE, obj=treatment, changes=changes)
        if treatment.owner_id != previous_owner:
            _notify_owner(actor, treatment)
    return treatment


@transaction.atomic
def treatment_set_status(*, actor, treatment: Treatment, status: str, note: str = "") -> Treatment:
    """Move a treatment along its lifecycle (done records today as its completion date)."""
    require(can_update_treatment(actor, treatment))
    if status not in TreatmentStatus.values:
        raise DomainError(_("Choose a status."), field="status")
    states.check_move(treatment.status, status)
    before = audit.snapshot(treatment, TREATMENT_FIELDS)
    treatment.status = status
    treatment.completed_on = timezone.localdate() if status == TreatmentStatus.DONE else None
    text = clean_text(note, field="note")
    if text:
        treatment.note = text
    treatment.save()
    audit.record(
        actor=actor,
        action=events.TREATMENT_STATUS,
        obj=treatment,
        changes=audit.diff(before, audit.snapshot(treatment, TREATMENT_FIELDS)),
    )
    return treatment
