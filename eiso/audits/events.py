"""Audit action codes of internal audit and their labels; the domain event it publishes."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

PROGRAMME_CREATE = "audits.programme_create"
PROGRAMME_UPDATE = "audits.programme_update"
PROGRAMME_APPROVE = "audits.programme_approve"
AUDIT_CREATE = "audits.audit_create"
AUDIT_UPDATE = "audits.audit_update"
AUDIT_TEAM = "audits.audit_team"
AUDIT_CANCEL = "audits.audit_cancel"
AUDIT_START = "audits.audit_start"
AUDIT_COMPLETE = "audits.audit_complete"
AUDIT_NOTIFY = "audits.audit_notify"
SESSION_ADD = "audits.session_add"
SESSION_DELETE = "audits.session_delete"
CHECKLIST_GENERATE = "audits.checklist_generate"
CHECKLIST_COPY = "audits.checklist_copy"
ITEM_ADD = "audits.item_add"
ITEM_DELETE = "audits.item_delete"
ITEM_MOVE = "audits.item_move"
ITEM_RESULT = "audits.item_result"
ITEM_ATTACH = "audits.item_attach"
REPORT_SAVE = "audits.report_save"
REPORT_APPROVE = "audits.report_approve"

# Domain event (eiso.core.domain_events): a nonconforming result was recorded on an item.
FINDING_RECORDED = "audits.finding_recorded"

audit.register_actions(
    {
        PROGRAMME_CREATE: _("Created audit programme"),
        PROGRAMME_UPDATE: _("Edited audit programme"),
        PROGRAMME_APPROVE: _("Approved audit programme"),
        AUDIT_CREATE: _("Planned an audit"),
        AUDIT_UPDATE: _("Edited audit plan"),
        AUDIT_TEAM: _("Set the audit team"),
        AUDIT_CANCEL: _("Cancelled audit"),
        AUDIT_START: _("Started audit"),
        AUDIT_COMPLETE: _("Completed audit fieldwork"),
        AUDIT_NOTIFY: _("Notified auditees of the audit"),
        SESSION_ADD: _("Added timetable row"),
        SESSION_DELETE: _("Removed timetable row"),
        CHECKLIST_GENERATE: _("Generated checklist"),
        CHECKLIST_COPY: _("Copied checklist from a previous audit"),
        ITEM_ADD: _("Added checklist item"),
        ITEM_DELETE: _("Removed checklist item"),
        ITEM_MOVE: _("Moved checklist item"),
        ITEM_RESULT: _("Recorded checklist result"),
        ITEM_ATTACH: _("Attached evidence file"),
        REPORT_SAVE: _("Saved audit report"),
        REPORT_APPROVE: _("Approved audit report"),
    }
)
