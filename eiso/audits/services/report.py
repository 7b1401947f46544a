"""The audit report: strengths and conclusion written by the lead auditor, who approves it."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.audits import events, permissions, states
from eiso.audits.models import Audit, AuditStatus
from eiso.audits.services._common import clean_text, require
from eiso.core import audit as audit_log
from eiso.core.errors import DomainError

REPORT_FIELDS = ["strengths", "conclusion"]
TEXT_MAX = 10000


def _clean(value, field: str) -> str:
    text = clean_text(value, field=field)
    if len(text) > TEXT_MAX:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": TEXT_MAX}, field=field
        )
    return text


@transaction.atomic
def report_save(*, actor, audit: Audit, strengths: str, conclusion: str) -> Audit:
    audit = Audit.objects.select_for_update().select_related("programme__agency").get(pk=audit.pk)
    states.check_audit("edit_report", audit.status)
    require(permissions.can_edit_report(actor, audit))
    before = audit_log.snapshot(audit, REPORT_FIELDS)
    audit.strengths = _clean(strengths, "strengths")
    audit.conclusion = _clean(conclusion, "conclusion")
    audit.save(update_fields=[*REPORT_FIELDS, "updated_at"])
    changes = audit_log.diff(before, audit_log.snapshot(audit, REPORT_FIELDS))
    if changes:
        audit_log.record(actor=actor, action=events.REPORT_SAVE, obj=audit, changes=changes)
    return audit


@transaction.atomic
def report_approve(*, actor, audit: Audit) -> Audit:
    audit = Audit.objects.select_for_update().select_related("programme__agency").get(pk=audit.pk)
    states.check_audit("approve_report", audit.status)
    require(permissions.can_approve_report(actor, audit))
    if not audit.conclusion.strip():
        raise DomainError(
            _("Write the conclusion before approving the report."), field="conclusion"
        )
    audit.status = AuditStatus.REPORTED
    audit.report_approved_by = actor
    audit.report_approved_at = timezone.now()
    audit.save(update_fields=["status", "report_approved_by", "report_approved_at", "updated_at"])
    audit_log.record(
        actor=actor,
        action=events.REPORT_APPROVE,
        obj=audit,
        changes={"status": [str(AuditStatus.COMPLETED.label), str(AuditStatus.REPORTED.label)]},
    )
    return audit
