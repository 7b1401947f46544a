"""Every write of internal audit: `<entity>_<verb>(*, actor, ...)`, atomic, audited."""

from eiso.audits.services.checklist import (
    checklist_copy,
    checklist_generate,
    item_add,
    item_attach,
    item_delete,
    item_move,
    item_record,
    previous_audit,
)
from eiso.audits.services.plans import (
    audit_complete,
    audit_set_team,
    audit_start,
    audit_update_plan,
    session_add,
    session_delete,
)
from eiso.audits.services.programmes import (
    audit_cancel,
    audit_create,
    programme_approve,
    programme_create,
    programme_update,
)
from eiso.audits.services.report import report_approve, report_save

__all__ = [
    "audit_cancel",
    "audit_complete",
    "audit_create",
    "audit_set_team",
    "audit_start",
    "audit_update_plan",
    "checklist_copy",
    "checklist_generate",
    "item_add",
    "item_attach",
    "item_delete",
    "item_move",
    "item_record",
    "previous_audit",
    "programme_approve",
    "programme_create",
    "programme_update",
    "report_approve",
    "report_save",
    "session_add",
    "session_delete",
]
