"""Audit action codes of the records register."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

RECORD_ADD = "records.record_add"
RECORD_UPDATE = "records.record_update"
RECORD_DELETE = "records.record_delete"
REGISTER_ESTABLISH = "records.register_establish"

audit.register_actions(
    {
        RECORD_ADD: _("Added a line to the records register"),
        RECORD_UPDATE: _("Edited a line of the records register"),
        RECORD_DELETE: _("Removed a line from the records register"),
        REGISTER_ESTABLISH: _("Established the records register"),
    }
)
