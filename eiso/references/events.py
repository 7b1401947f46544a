"""Audit action codes of external documents and the domain event they publish."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

EXTERNAL_CREATE = "references.external_create"
EXTERNAL_UPDATE = "references.external_update"
EXTERNAL_STATUS = "references.external_status"
EXTERNAL_IMPORT = "references.external_import"

# Published (after commit) when an external document is marked amended, replaced or expired:
# payload external_document_id, new_status, change_effective_date.
EXTERNAL_CHANGED = "references.external_changed"
# Published (after commit) when documents are registered, edited or imported (not a change of
# status): payload external_document_ids. Search re-indexes them; nothing opens review tasks.
EXTERNAL_SAVED = "references.external_saved"

audit.register_actions(
    {
        EXTERNAL_CREATE: _("Registered external document"),
        EXTERNAL_UPDATE: _("Edited external document"),
        EXTERNAL_STATUS: _("Changed the status of an external document"),
        EXTERNAL_IMPORT: _("Imported external document from Excel"),
    }
)
