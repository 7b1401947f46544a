"""The audit plan (scope, dates, team, timetable) and the audit's lifecycle."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.audits import events, permissions, states
from eiso.audits.models import Audit, AuditSession, AuditStatus
from eiso.audits.services._common import clean_text, person_name, require
from eiso.audits.services.scope import (
    check_independence,
    check_qualified,
    clean_scope,
    set_scope,
    team_of,
)
from eiso.core import audit as audit_log
from eiso.core.errors import DomainError

PLAN_FIELDS = ["title", "planned_month", "start_date", "end_date", "objectives", "criteria"]


def _locked(audit: Audit) -> Audit:
    return (
        # Only the audit row: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join.
        Audit.objects.select_for_update(of=("self",))
        .select_related("programme__agency", "programme__iso_unit", "edition", "lead_auditor")
        .get(pk=audit.pk)
    )


@transaction.atomic
def audit_update_plan(
    *,
    actor,
    audit: Audit,
    title: str,
    planned_month: int,
    start_date: dt.date | None,
    end_date: dt.date | None,
    objectives: str,
    criteria: str,
    units,
    clauses,
    procedures,
) -> Audit:
    audit = _locked(audit)
    states.check_audit("edit_plan", audit.status)
    require(permissions.can_edit_plan(actor, audit))
    year = audit.programme.year
    before = audit_log.snapshot(audit, PLAN_FIELDS)
    audit.title = clean_text(title, field="title", required=True, max_length=255)
    if not isinstance(planned_month, int) or not 1 <= planned_month <= 12:
        raise DomainError(_("Choose a month from 1 to 12."), field="planned_month")
    audit.planned_month = planned_month
    if start_date and start_date.year != year:
        raise DomainError(
            _("The audit belongs to the programme of %(year)d: choose a date in %(year)d.")
            % {"year": year},
            field="start_date",
        )
    if start_date and end_date and end_date < start_date:
        raise DomainError(_("The end date is before the start date."), field="end_date")
    if end_date and not start_date:
        raise DomainError(_("Enter the start date too."), field="start_date")
    audit.start_date, audit.end_date = start_date, end_date or start_date
    audit.objectives = clean_text(objectives, field="objectives")
    audit.criteria = clean_text(criteria, field="criteria")
    scope = clean_scope(
        audit.programme, audit.edition, units=units, clauses=clauses, procedures=procedures
    )
    check_independence(team_of(audit), scope.units)
    audit.save()
    old_scope = {
        "units": sorted(u.name for u in audit.units.all()),
        "clauses": sorted(c.number for c in audit.clauses.all()),
        "procedures": sorted(str(p.code) for p in audit.procedures.all()),
    }
    set_scope(audit, scope)
    new_scope = {k: sorted(v) for k, v in scope.as_changes().items()}
    changes = audit_log.diff(before, audit_log.snapshot(audit, PLAN_FIELDS))
    changes |= audit_log.diff(old_scope, new_scope)
    if changes:
        audit_log.record(actor=actor, action=events.AUDIT_UPDATE, obj=audit, changes=changes)
    return audit


@transaction.atomic
def audit_set_team(*, actor, audit: Audit, lead_auditor, auditors) -> Audit:
    """The lead auditor and the auditors, internal auditors of the agency, none of whom belongs to
    an audited unit. Nothing is saved when one is refused."""
    audit = _locked(audit)
    states.check_audit("edit_plan", audit.status)
    require(permissions.can_edit_plan(actor, audit))
    if lead_auditor is None:
        raise DomainError(_("Choose the lead auditor."), field="lead_auditor")
    auditors = [a for a in dict.fromkeys(auditors) if a.pk != lead_auditor.pk]
    people = [lead_auditor, *auditors]
    check_qualified(audit.programme, people)
    check_independence(people, audit.units.all())
    before = {
        "lead_auditor": person_name(audit.lead_auditor) if audit.lead_auditor else None,
        "auditors": sorted(person_name(a) for a in audit.auditors.all()),
    }
    audit.lead_auditor = lead_auditor
    audit.save(update_fields=["lead_auditor", "updated_at"])
    audit.auditors.set(auditors)
    # Timetable rows keep only auditors still in the team.
    team_ids = {p.pk for p in people}
    for session in audit.sessions.prefetch_related("auditors"):
        stale = [a for a in session.auditors.all() if a.pk not in team_ids]
        if stale:
            session.auditors.remove(*stale)
    after = {
        "lead_auditor": person_name(lead_auditor),
        "auditors": sorted(person_name(a) for a in auditors),
    }
    changes = audit_log.diff(before, after)
    if changes:
        audit_log.record(actor=actor, action=events.AUDIT_TEAM, obj=audit, changes=changes)
    return audit


@transaction.atomic
def session_add(
    *,
    actor,
    audit: Audit,
    date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    unit,
    auditors=(),
    auditees: str = "",
) -> AuditSession:
    audit = _locked(audit)
    states.check_audit("edit_plan", audit.status)
    require(permissions.can_edit_plan(actor, audit))
    if date is None:
        raise DomainError(_("This field is required."), field="date")
    if audit.start_date and not (audit.start_date <= date <= (audit.end_date or audit.start_date)):
        raise DomainError(
            _("The audit runs from %(start)s to %(end)s: choose a date in that period.")
            % {
                "start": audit.start_date.strftime("%d/%m/%Y"),
                "end": (audit.end_date or audit.start_date).strftime("%d/%m/%Y"),
            },
            field="date",
        )
    if start_time is None or end_time is None or end_time <= start_time:
        raise DomainError(_("The end time must be after the start time."), field="end_time")
    if unit is None or not audit.units.filter(pk=unit.pk).exists():
        raise DomainError(_("Choose one of the audited units."), field="unit")
    team_ids = {p.pk for p in team_of(audit)}
    auditors = list(dict.fromkeys(auditors))
    for person in auditors:
        if person.pk not in team_ids:
            raise DomainError(
                _("%(person)s is not in the audit team.") % {"person": person_name(person)},
                field="auditors",
            )
    check_independence(auditors, [unit])
    session = AuditSession.objects.create(
        audit=audit,
        date=date,
        start_time=start_time,
        end_time=end_time,
        unit=unit,
        auditees=clean_text(auditees, field="auditees", max_length=500),
        created_by=actor,
    )
    session.auditors.set(auditors)
    audit_log.record(
        actor=actor,
        action=events.SESSION_ADD,
        obj=audit,
        changes={"timetable": [None, str(session)]},
    )
    return session


@transaction.atomic
def session_delete(*, actor, session: AuditSession) -> None:
    audit = _locked(session.audit)
    states.check_audit("edit_plan", audit.status)
    require(permissions.can_edit_plan(actor, audit))
    text = str(session)
    session.delete()
    audit_log.record(
        actor=actor, action=events.SESSION_DELETE, obj=audit, changes={"timetable": [text, None]}
    )


@transaction.atomic
def audit_start(*, actor, audit: Audit) -> Audit:
    audit = _locked(audit)
    states.check_audit("start", audit.status)
    require(permissions.can_start_audit(actor, audit))
    if audit.lead_auditor_id is None:
        raise DomainError(_("Choose the audit team before starting the audit."))
    if not audit.items.exists():
        raise DomainError(_("Prepare the checklist before starting the audit."))
    audit.status = AuditStatus.IN_PROGRESS
    audit.started_at = timezone.now()
    if audit.start_date is None:
        audit.start_date = timezone.localdate()
        audit.end_date = audit.end_date or audit.start_date
    audit.save(update_fields=["status", "started_at", "start_date", "end_date", "updated_at"])
    audit_log.record(
        actor=actor,
        action=events.AUDIT_START,
        obj=audit,
        changes={"status": [str(AuditStatus.PLANNED.label), str(AuditStatus.IN_PROGRESS.label)]},
    )
    return audit


@transaction.atomic
def audit_complete(*, actor, audit: Audit) -> Audit:
    audit = _locked(audit)
    states.check_audit("complete", audit.status)
    require(permissions.can_complete_fieldwork(actor, audit))
    open_items = audit.items.filter(result="").count()
    if open_items:
        raise DomainError(
            _("%(count)d checklist items have no result yet.") % {"count": open_items}
        )
    audit.status = AuditStatus.COMPLETED
    audit.completed_at = timezone.now()
    audit.save(update_fields=["status", "completed_at", "updated_at"])
    audit_log.record(
        actor=actor,
        action=events.AUDIT_COMPLETE,
        obj=audit,
        changes={"status": [str(AuditStatus.IN_PROGRESS.label), str(AuditStatus.COMPLETED.label)]},
    )
    return audit
