"""Audit action codes of plans and their labels (the tracking half registers its own)."""

from django.utils.translation import gettext_lazy as _

from eiso.core.audit import register_actions

PLAN_CREATE = "plan.create"
PLAN_UPDATE = "plan.update"
PLAN_ISSUE = "plan.issue"
PLAN_CANCEL = "plan.cancel"
PLAN_DELETE = "plan.delete"
PLAN_IMPORT = "plan.import_tasks"
TASK_CREATE = "plan_task.create"
TASK_UPDATE = "plan_task.update"
TASK_DELETE = "plan_task.delete"
TASK_REORDER = "plan_task.reorder"

register_actions(
    {
        PLAN_CREATE: _("Created plan"),
        PLAN_UPDATE: _("Edited plan"),
        PLAN_ISSUE: _("Issued plan"),
        PLAN_CANCEL: _("Cancelled plan"),
        PLAN_DELETE: _("Deleted draft plan"),
        PLAN_IMPORT: _("Imported plan tasks from Excel"),
        TASK_CREATE: _("Added plan task"),
        TASK_UPDATE: _("Edited plan task"),
        TASK_DELETE: _("Deleted plan task"),
        TASK_REORDER: _("Reordered plan tasks"),
    }
)
