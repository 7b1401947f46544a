"""Audit action codes of nonconformities, corrective actions and proposals, with their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

NC_CREATE = "nonconformities.create"
NC_UPDATE = "nonconformities.update"
NC_ANALYSE = "nonconformities.analyse"
NC_START = "nonconformities.start"
NC_REQUEST_VERIFICATION = "nonconformities.request_verification"
NC_VERIFY = "nonconformities.verify"
NC_CLOSE = "nonconformities.close"
ACTION_CREATE = "nonconformities.action_create"
ACTION_UPDATE = "nonconformities.action_update"
ACTION_STATUS = "nonconformities.action_status"
PROPOSAL_CREATE = "nonconformities.proposal_create"
PROPOSAL_ACCEPT = "nonconformities.proposal_accept"
PROPOSAL_REJECT = "nonconformities.proposal_reject"

# The cross-app domain event (payload: nonconformity_id).
NONCONFORMITY_CHANGED = "nonconformities.nonconformity_changed"

audit.register_actions(
    {
        NC_CREATE: _("Recorded nonconformity"),
        NC_UPDATE: _("Edited nonconformity"),
        NC_ANALYSE: _("Analysed nonconformity (correction and root cause)"),
        NC_START: _("Started corrective actions"),
        NC_REQUEST_VERIFICATION: _("Sent nonconformity for effectiveness verification"),
        NC_VERIFY: _("Checked effectiveness of corrective actions"),
        NC_CLOSE: _("Closed nonconformity"),
        ACTION_CREATE: _("Added corrective action"),
        ACTION_UPDATE: _("Edited corrective action"),
        ACTION_STATUS: _("Changed status of corrective action"),
        PROPOSAL_CREATE: _("Submitted improvement proposal"),
        PROPOSAL_ACCEPT: _("Accepted improvement proposal"),
        PROPOSAL_REJECT: _("Rejected improvement proposal"),
    }
)
