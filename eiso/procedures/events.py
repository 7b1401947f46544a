"""Audit action codes of the TTHC catalogue and scopes, with their labels; domain event names."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

TTHC_CREATE = "procedures.tthc_create"
TTHC_UPDATE = "procedures.tthc_update"
CATALOGUE_IMPORT = "procedures.catalogue_import"
SCOPE_ADD = "procedures.scope_add"
SCOPE_REMOVE = "procedures.scope_remove"
SCOPE_MAP = "procedures.scope_map_procedure"

# Domain events (eiso.core.domain_events), payloads are lists of ids, one event per operation (an
# import of 10,000 rows is one event, so subscribers such as search work in batches).
TTHC_CHANGED = "procedures.tthc_changed"  # tthc_ids
SCOPE_ADDED = "procedures.scope_added"  # scope_ids

audit.register_actions(
    {
        TTHC_CREATE: _("Added TTHC to the province's catalogue"),
        TTHC_UPDATE: _("Updated TTHC of the catalogue"),
        CATALOGUE_IMPORT: _("Imported the TTHC catalogue"),
        SCOPE_ADD: _("Added TTHC to the agency's scope"),
        SCOPE_REMOVE: _("Removed TTHC from the agency's scope"),
        SCOPE_MAP: _("Mapped TTHC to its procedure"),
    }
)
