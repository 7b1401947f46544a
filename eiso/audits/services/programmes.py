"""The yearly audit programme and the audits it plans."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.audits import events, links, permissions, states
from eiso.audits.models import Audit, AuditProgramme, AuditStatus, ProgrammeStatus
from eiso.audits.services._common import clean_text, require
from eiso.audits.services.scope import clean_scope, set_scope
from eiso.core import audit as audit_log
from eiso.core.errors import DomainError

MIN_YEAR, MAX_YEAR = 2000, 2100


@transaction.atomic
def programme_create(*, actor, agency, year: int, objectives: str = "") -> AuditProgramme:
    require(permissions.can_create_programme(actor, agency))
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise DomainError(_("Enter a year between 2000 and 2100."), field="year")
    if AuditProgramme.objects.filter(iso_unit_id=agency.iso_unit_id, year=year).exists():
        raise DomainError(
            _("%(agency)s already has an audit programme for %(year)d.")
            % {"agency": agency.name, "year": year},
            field="year",
        )
    programme = AuditProgramme(
        iso_unit_id=agency.iso_unit_id,
        agency=agency,
        year=year,
        objectives=clean_text(objectives, field="objectives"),
        created_by=actor,
    )
    try:
        with transaction.atomic():
            programme.save()
    except IntegrityError:
        raise DomainError(
            _("%(agency)s already has an audit programme for %(year)d.")
            % {"agency": agency.name, "year": year},
            field="year",
        ) from None
    audit_log.record(
        actor=actor,
        action=events.PROGRAMME_CREATE,
        obj=programme,
        changes=audit_log.created(audit_log.snapshot(programme, ["year", "objectives", "status"])),
    )
    return programme


@transaction.atomic
def programme_update(*, actor, programme: AuditProgramme, objectives: str) -> AuditProgramme:
    require(permissions.can_edit_programme(actor, programme))
    before = audit_log.snapshot(programme, ["objectives"])
    programme.objectives = clean_text(objectives, field="objectives")
    programme.save(update_fields=["objectives", "updated_at"])
    changes = audit_log.diff(before, audit_log.snapshot(programme, ["objectives"]))
    if changes:
        audit_log.record(
            actor=actor, action=events.PROGRAMME_UPDATE, obj=programme, changes=changes
        )
    return programme


@transaction.atomic
def programme_approve(*, actor, programme: AuditProgramme) -> AuditProgramme:
    programme = AuditProgramme.objects.select_for_update().get(pk=programme.pk)
    states.check_programme("approve", programme.status)
    require(permissions.can_approve_programme(actor, programme))
    planned = programme.audits.exclude(status=AuditStatus.CANCELLED)
    if not planned.exists():
        raise DomainError(_("Plan at least one audit before approving the programme."))
    uncovered = uncovered_units_count(programme)
    programme.status = ProgrammeStatus.APPROVED
    programme.approved_by = actor
    programme.approved_at = timezone.now()
    programme.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    audit_log.record(
        actor=actor,
        action=events.PROGRAMME_APPROVE,
        obj=programme,
        changes={"status": [str(ProgrammeStatus.DRAFT.label), str(ProgrammeStatus.APPROVED.label)]}
        | ({"uncovered_units": [None, uncovered]} if uncovered else {}),
    )
    return programme


def uncovered_units_count(programme: AuditProgramme) -> int:
    from eiso.audits.selectors import programme_units

    covered = set(
        Audit.units.through.objects.filter(audit__programme=programme)
        .exclude(audit__status=AuditStatus.CANCELLED)
        .values_list("unit_id", flat=True)
    )
    return sum(1 for unit in programme_units(programme) if unit.pk not in covered)


@transaction.atomic
def audit_create(
    *,
    actor,
    programme: AuditProgramme,
    title: str,
    planned_month: int,
    units=(),
    clauses=(),
    procedures=(),
    objectives: str = "",
) -> Audit:
    """Plan one audit in the programme, with the scope it will cover."""
    programme = AuditProgramme.objects.select_for_update().get(pk=programme.pk)
    require(permissions.can_edit_programme(actor, programme))
    title = clean_text(title, field="title", required=True, max_length=255)
    if not isinstance(planned_month, int) or not 1 <= planned_month <= 12:
        raise DomainError(_("Choose a month from 1 to 12."), field="planned_month")
    edition = links.edition_for(programme.iso_unit)
    scope = clean_scope(programme, edition, units=units, clauses=clauses, procedures=procedures)
    last = programme.audits.aggregate(last=Max("sequence"))["last"] or 0
    audit = Audit.objects.create(
        programme=programme,
        sequence=last + 1,
        title=title,
        planned_month=planned_month,
        objectives=clean_text(objectives, field="objectives"),
        edition=edition,
        created_by=actor,
    )
    set_scope(audit, scope)
    audit_log.record(
        actor=actor,
        action=events.AUDIT_CREATE,
        obj=audit,
        changes=audit_log.created(
            audit_log.snapshot(audit, ["title", "planned_month", "status", "edition"])
            | scope.as_changes()
        ),
    )
    return audit


@transaction.atomic
def audit_cancel(*, actor, audit: Audit, reason: str) -> Audit:
    audit = Audit.objects.select_for_update().select_related("programme__agency").get(pk=audit.pk)
    states.check_audit("cancel", audit.status)
    require(permissions.can_cancel_audit(actor, audit))
    reason = clean_text(reason, field="reason", required=True, max_length=500)
    audit.status = AuditStatus.CANCELLED
    audit.save(update_fields=["status", "updated_at"])
    audit_log.record(
        actor=actor,
        action=events.AUDIT_CANCEL,
        obj=audit,
        changes={
            "status": [str(AuditStatus.PLANNED.label), str(AuditStatus.CANCELLED.label)],
            "reason": [None, reason],
        },
    )
    return audit
