"""Nonconformity writes: record (by hand or from an audit finding), edit, analyse, start the work,
send for verification, verify, close. Each is atomic, checks permission first and the gates
before any change, and writes its audit event."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit, domain_events
from eiso.core.errors import DomainError
from eiso.nonconformities import events, permissions, states
from eiso.nonconformities.models import (
    WHY_COUNT,
    ActionStatus,
    Nonconformity,
    Severity,
    Source,
    State,
    Verification,
)
from eiso.nonconformities.services import notices
from eiso.nonconformities.services._common import (
    NC_REGISTER,
    check_not_future,
    check_unit,
    clean_text,
    format_day,
    next_number,
    require,
)
from eiso.nonconformities.uploads import EXTENSIONS, validate_evidence

NC_FIELDS = (
    "source",
    "description",
    "evidence",
    "clause",
    "unit",
    "detected_on",
    "severity",
    "state",
)
ANALYSIS_FIELDS = ("correction", "whys", "root_cause", "state")


def _changed(nonconformity: Nonconformity) -> None:
    domain_events.publish(events.NONCONFORMITY_CHANGED, nonconformity_id=nonconformity.pk)


def _lock(nonconformity: Nonconformity) -> Nonconformity:
    """Re-read the row under a lock so two people cannot move it at once."""
    locked = Nonconformity.objects.select_for_update().get(pk=nonconformity.pk)
    nonconformity.state = locked.state
    nonconformity.round = locked.round
    nonconformity.effectiveness_confirmed = locked.effectiveness_confirmed
    return nonconformity


def _clean_fields(
    *, agency, source, description, evidence, clause, unit, detected_on, severity, today
):
    if source not in Source.values:
        raise DomainError(_("Choose where the nonconformity comes from."), field="source")
    if severity not in Severity.values:
        raise DomainError(_("Choose minor or major."), field="severity")
    description = clean_text(description, field="description", required=True)
    if detected_on is None:
        raise DomainError(_("Enter the date the nonconformity was detected."), field="detected_on")
    check_not_future(detected_on, today, field="detected_on")
    check_unit(agency, unit)
    return {
        "source": source,
        "description": description,
        "evidence": clean_text(evidence, field="evidence"),
        "clause": clause,
        "unit": unit,
        "detected_on": detected_on,
        "severity": severity,
    }


@transaction.atomic
def nonconformity_create(
    *,
    actor,
    agency,
    source: str,
    description: str,
    detected_on: dt.date,
    severity: str = Severity.MINOR,
    evidence: str = "",
    clause=None,
    unit=None,
    detected_by=None,
    finding=None,
) -> Nonconformity:
    """Record a nonconformity with the next yearly number of the agency ("KPH-2026-014")."""
    require(permissions.can_record(actor, agency, unit))
    values = _clean_fields(
        agency=agency,
        source=source,
        description=description,
        evidence=evidence,
        clause=clause,
        unit=unit,
        detected_on=detected_on,
        severity=severity,
        today=timezone.localdate(),
    )
    sequence, number = next_number(agency, values["detected_on"].year, NC_REGISTER)
    nonconformity = Nonconformity(
        agency=agency,
        number=number,
        year=values["detected_on"].year,
        sequence=sequence,
        detected_by=detected_by or actor,
        created_by=actor,
        **values,
    )
    if finding is not None:
        nonconformity.finding = finding
    nonconformity.save()
    audit.record(
        actor=actor,
        action=events.NC_CREATE,
        obj=nonconformity,
        changes=audit.created(audit.snapshot(nonconformity, ("number", *NC_FIELDS))),
    )
    _changed(nonconformity)
    return nonconformity


SEVERITY_OF_RESULT = {"major_nc": Severity.MAJOR, "minor_nc": Severity.MINOR}


def finding_prefill(checklist_item) -> dict:
    """Agency, clause, unit, severity, description and evidence of an audit checklist item."""
    audit_obj = checklist_item.audit
    programme = audit_obj.programme
    evidence = (checklist_item.evidence or "").strip()
    question = (checklist_item.question or "").strip()
    audit_day = audit_obj.end_date or audit_obj.start_date or timezone.localdate()
    return {
        "agency": programme.agency,
        "clause": checklist_item.clause,
        "unit": checklist_item.unit,
        "severity": SEVERITY_OF_RESULT.get(checklist_item.result, Severity.MINOR),
        "description": evidence or question,
        "evidence": "\n".join(part for part in (question, evidence) if part),
        "detected_on": min(audit_day, timezone.localdate()),
    }


@transaction.atomic
def nonconformity_create_from_finding(*, actor, checklist_item) -> Nonconformity:
    """One step from an audit finding to a nonconformity (source: internal audit), prefilled with
    the finding's clause, unit and evidence. A finding already turned into a nonconformity is
    refused (the existing one is named)."""
    existing = Nonconformity.objects.filter(finding=checklist_item).first()
    if existing is not None:
        raise DomainError(
            _("This finding is already recorded as nonconformity %(number)s.")
            % {"number": existing.number}
        )
    if checklist_item.result not in SEVERITY_OF_RESULT:
        raise DomainError(
            _("Only a finding of a minor or major nonconformity becomes a nonconformity.")
        )
    prefill = finding_prefill(checklist_item)
    agency = prefill.pop("agency")
    return nonconformity_create(
        actor=actor,
        agency=agency,
        source=Source.INTERNAL_AUDIT,
        finding=checklist_item,
        **prefill,
    )


@transaction.atomic
def nonconformity_update(
    *,
    actor,
    nonconformity: Nonconformity,
    source: str,
    description: str,
    detected_on: dt.date,
    severity: str,
    evidence: str = "",
    clause=None,
    unit=None,
) -> Nonconformity:
    require(permissions.can_handle(actor, nonconformity))
    _lock(nonconformity)
    states.check("edit", nonconformity.state)
    values = _clean_fields(
        agency=nonconformity.agency,
        source=source,
        description=description,
        evidence=evidence,
        clause=clause,
        unit=unit,
        detected_on=detected_on,
        severity=severity,
        today=timezone.localdate(),
    )
    if values["detected_on"].year != nonconformity.year:
        raise DomainError(
            _("The detection date must stay in %(year)d (the year of the number).")
            % {"year": nonconformity.year},
            field="detected_on",
        )
    earliest = nonconformity.actions.order_by("due_date").values_list("due_date", flat=True).first()
    if earliest is not None and earliest < values["detected_on"]:
        raise DomainError(
            _("An action is due on %(due)s, before this detection date.")
            % {"due": format_day(earliest)},
            field="detected_on",
        )
    before = audit.snapshot(nonconformity, NC_FIELDS)
    for name, value in values.items():
        setattr(nonconformity, name, value)
    nonconformity.save()
    changes = audit.diff(before, audit.snapshot(nonconformity, NC_FIELDS))
    if changes:
        audit.record(actor=actor, action=events.NC_UPDATE, obj=nonconformity, changes=changes)
        _changed(nonconformity)
    return nonconformity


def clean_whys(whys) -> list[str]:
    """Up to five answers to "why?", in order; blank answers at the end are dropped, a gap is not
    allowed (each why answers the previous one)."""
    answers = [" ".join(str(w or "").split()) for w in list(whys or [])[:WHY_COUNT]]
    while answers and not answers[-1]:
        answers.pop()
    for index, answer in enumerate(answers, start=1):
        if not answer:
            raise DomainError(
                _("Answer why %(n)d: each why answers the one before it.") % {"n": index},
                field=f"why_{index}",
            )
        if len(answer) > 500:
            raise DomainError(
                _("Too long (at most %(max)d characters).") % {"max": 500}, field=f"why_{index}"
            )
    return answers


@transaction.atomic
def nonconformity_analyse(
    *, actor, nonconformity: Nonconformity, correction: str, whys, root_cause: str
) -> Nonconformity:
    """Record the correction taken and the root cause (found by asking "why?" up to five times).
    A recorded nonconformity becomes "analysed"; later the analysis may be revised."""
    require(permissions.can_handle(actor, nonconformity))
    _lock(nonconformity)
    states.check("analyse", nonconformity.state)
    correction = clean_text(correction, field="correction")
    answers = clean_whys(whys)
    if not answers:
        raise DomainError(_("Answer at least the first “why?”."), field="why_1")
    root_cause = clean_text(root_cause, field="root_cause")
    if not root_cause:
        raise DomainError(
            _("State the root cause the whys lead to."),
            field="root_cause",
        )
    before = audit.snapshot(nonconformity, ANALYSIS_FIELDS)
    nonconformity.correction = correction
    nonconformity.whys = answers
    nonconformity.root_cause = root_cause
    nonconformity.analysed_by = actor
    nonconformity.analysed_on = timezone.localdate()
    if nonconformity.state == State.RECORDED:
        nonconformity.state = State.ANALYSED
    nonconformity.save()
    audit.record(
        actor=actor,
        action=events.NC_ANALYSE,
        obj=nonconformity,
        changes=audit.diff(before, audit.snapshot(nonconformity, ANALYSIS_FIELDS)),
    )
    _changed(nonconformity)
    return nonconformity


def _move(actor, nonconformity: Nonconformity, state: str, action: str, **extra) -> None:
    before = audit.snapshot(nonconformity, ("state",))
    nonconformity.state = state
    nonconformity.save()
    audit.record(
        actor=actor,
        action=action,
        obj=nonconformity,
        changes={**audit.diff(before, audit.snapshot(nonconformity, ("state",))), **extra},
    )
    _changed(nonconformity)


@transaction.atomic
def nonconformity_start(*, actor, nonconformity: Nonconformity) -> Nonconformity:
    """Action plan → in progress. Gates: a root cause, and at least one action of this round."""
    require(permissions.can_handle(actor, nonconformity))
    _lock(nonconformity)
    if nonconformity.state in states.TRANSITIONS["start"]:
        if not nonconformity.root_cause.strip():
            raise DomainError(
                _(
                    "The work cannot start before the root cause is found: "
                    "complete the analysis (5 whys) first."
                ),
                code="gate",
            )
        if not nonconformity.actions.filter(round=nonconformity.round).exists():
            raise DomainError(
                _("The work cannot start without a corrective action: add at least one."),
                code="gate",
            )
    states.check("start", nonconformity.state)
    _move(actor, nonconformity, State.IN_PROGRESS, events.NC_START)
    return nonconformity


def _open_actions_text(nonconformity: Nonconformity) -> tuple[int, str]:
    descriptions = list(
        nonconformity.actions.filter(status=ActionStatus.OPEN)
        .order_by("due_date", "created_at")
        .values_list("description", flat=True)
    )
    shown = "; ".join(f"“{text[:60]}”" for text in descriptions[:3])
    return len(descriptions), shown


@transaction.atomic
def nonconformity_request_verification(*, actor, nonconformity: Nonconformity) -> Nonconformity:
    """In progress → verification, once every action is done. The verifiers are notified."""
    require(permissions.can_handle(actor, nonconformity))
    _lock(nonconformity)
    states.check("request_verification", nonconformity.state)
    count, shown = _open_actions_text(nonconformity)
    if count:
        raise DomainError(
            _("Every corrective action must be done first; %(count)d not done yet: %(list)s.")
            % {"count": count, "list": shown},
            code="gate",
        )
    _move(actor, nonconformity, State.VERIFICATION, events.NC_REQUEST_VERIFICATION)
    transaction.on_commit(partial(notices.notify_verification, nonconformity, actor))
    return nonconformity


def verification_opens_on(nonconformity: Nonconformity) -> dt.date | None:
    """Effectiveness is checked once the last action of the round has reached its due date."""
    return (
        nonconformity.actions.filter(round=nonconformity.round)
        .order_by("-due_date")
        .values_list("due_date", flat=True)
        .first()
    )


@transaction.atomic
def nonconformity_verify(
    *, actor, nonconformity: Nonconformity, effective: bool, evidence: str, evidence_file=None
) -> Verification:
    """Record the effectiveness check. Effective: confirmed, ready to close. Not effective: back
    to analysis for a new round (the check stays on record)."""
    require(permissions.can_verify(actor, nonconformity))
    _lock(nonconformity)
    states.check("verify", nonconformity.state)
    evidence = clean_text(evidence, field="evidence")
    if not evidence:
        raise DomainError(
            _("Describe the evidence on which effectiveness is judged."), field="evidence"
        )
    today = timezone.localdate()
    opens = verification_opens_on(nonconformity)
    if opens is not None and today < opens:
        raise DomainError(
            _(
                "Effectiveness can be checked only after the due date of the actions "
                "(from %(date)s)."
            )
            % {"date": format_day(opens)},
            code="gate",
        )
    kind = validate_evidence(evidence_file) if evidence_file else None
    verification = Verification(
        nonconformity=nonconformity,
        round=nonconformity.round,
        effective=bool(effective),
        evidence=evidence,
        checked_on=today,
        checked_by=actor,
        created_by=actor,
    )
    if kind is not None:
        original = os.path.basename(evidence_file.name or "")[:200]
        verification.evidence_name = original or f"minh-chung{EXTENSIONS[kind]}"
        # Stored under a random name with the extension of the sniffed kind.
        verification.evidence_file.save(
            f"{uuid.uuid4().hex}{EXTENSIONS[kind]}", evidence_file, save=False
        )
    verification.save()
    before = audit.snapshot(nonconformity, ("state", "round", "effectiveness_confirmed"))
    if effective:
        nonconformity.effectiveness_confirmed = True
    else:
        nonconformity.effectiveness_confirmed = False
        nonconformity.state = State.ANALYSED
        nonconformity.round += 1
    nonconformity.save()
    audit.record(
        actor=actor,
        action=events.NC_VERIFY,
        obj=nonconformity,
        changes={
            **audit.diff(
                before,
                audit.snapshot(nonconformity, ("state", "round", "effectiveness_confirmed")),
            ),
            "evidence": [None, evidence],
            **({"evidence_file": [None, verification.evidence_name]} if kind else {}),
        },
    )
    _changed(nonconformity)
    return verification


@transaction.atomic
def nonconformity_close(*, actor, nonconformity: Nonconformity) -> Nonconformity:
    """Verification → closed. Gates: every action done, effectiveness confirmed."""
    require(permissions.can_close(actor, nonconformity))
    _lock(nonconformity)
    if nonconformity.state != State.CLOSED:
        count, shown = _open_actions_text(nonconformity)
        if count:
            raise DomainError(
                _(
                    "The nonconformity cannot be closed: %(count)d corrective action(s) "
                    "not done yet: %(list)s."
                )
                % {"count": count, "list": shown},
                code="gate",
            )
        if not nonconformity.effectiveness_confirmed:
            raise DomainError(
                _(
                    "The nonconformity cannot be closed before the effectiveness of the "
                    "corrective actions is confirmed."
                ),
                code="gate",
            )
    states.check("close", nonconformity.state)
    nonconformity.closed_by = actor
    nonconformity.closed_on = timezone.localdate()
    _move(actor, nonconformity, State.CLOSED, events.NC_CLOSE)
    return nonconformity
