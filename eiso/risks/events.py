"""Audit action codes of context, interested parties and risks, and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

ISSUE_CREATE = "risks.issue_create"
ISSUE_UPDATE = "risks.issue_update"
PARTY_CREATE = "risks.party_create"
PARTY_UPDATE = "risks.party_update"
MATRIX_SAVE = "risks.matrix_save"
RISK_CREATE = "risks.risk_create"
RISK_UPDATE = "risks.risk_update"
RISK_RESCORE = "risks.risk_rescore"
TREATMENT_CREATE = "risks.treatment_create"
TREATMENT_UPDATE = "risks.treatment_update"
TREATMENT_STATUS = "risks.treatment_status"

audit.register_actions(
    {
        ISSUE_CREATE: _("Added context issue"),
        ISSUE_UPDATE: _("Edited context issue"),
        PARTY_CREATE: _("Added interested party"),
        PARTY_UPDATE: _("Edited interested party"),
        MATRIX_SAVE: _("Changed the risk matrix"),
        RISK_CREATE: _("Added risk or opportunity"),
        RISK_UPDATE: _("Edited risk or opportunity"),
        RISK_RESCORE: _("Level recomputed after the matrix changed"),
        TREATMENT_CREATE: _("Added treatment action"),
        TREATMENT_UPDATE: _("Edited treatment action"),
        TREATMENT_STATUS: _("Changed the status of a treatment action"),
    }
)
