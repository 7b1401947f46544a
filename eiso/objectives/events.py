"""Audit action codes of quality objectives and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

OBJECTIVE_CREATE = "objectives.objective_create"
OBJECTIVE_UPDATE = "objectives.objective_update"
OBJECTIVE_COPY = "objectives.objective_copy"
ACTION_CREATE = "objectives.action_create"
ACTION_UPDATE = "objectives.action_update"
ACTION_DELETE = "objectives.action_delete"
MEASUREMENT_CREATE = "objectives.measurement_create"
EVALUATION_SAVE = "objectives.evaluation_save"
EVALUATION_SUBMIT = "objectives.evaluation_submit"
EVALUATION_APPROVE = "objectives.evaluation_approve"
EVALUATION_RETURN = "objectives.evaluation_return"

audit.register_actions(
    {
        OBJECTIVE_CREATE: _("Created quality objective"),
        OBJECTIVE_UPDATE: _("Edited quality objective"),
        OBJECTIVE_COPY: _("Copied quality objective from the previous period"),
        ACTION_CREATE: _("Added action to an objective's plan"),
        ACTION_UPDATE: _("Edited action of an objective's plan"),
        ACTION_DELETE: _("Removed action from an objective's plan"),
        MEASUREMENT_CREATE: _("Entered measurement"),
        EVALUATION_SAVE: _("Saved year-end evaluation"),
        EVALUATION_SUBMIT: _("Submitted year-end evaluation"),
        EVALUATION_APPROVE: _("Approved year-end evaluation"),
        EVALUATION_RETURN: _("Returned year-end evaluation"),
    }
)
