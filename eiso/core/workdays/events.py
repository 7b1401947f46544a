"""Audit action codes of the working-day calendar and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core.audit import register_actions

CALENDAR_EXCEPTION_CREATE = "calendar_exception.create"
CALENDAR_EXCEPTION_UPDATE = "calendar_exception.update"
CALENDAR_EXCEPTION_DELETE = "calendar_exception.delete"

register_actions(
    {
        CALENDAR_EXCEPTION_CREATE: _("Added calendar exception"),
        CALENDAR_EXCEPTION_UPDATE: _("Edited calendar exception"),
        CALENDAR_EXCEPTION_DELETE: _("Deleted calendar exception"),
    }
)
