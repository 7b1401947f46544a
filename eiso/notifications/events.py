"""Audit action codes of the notifications app and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core.audit import register_actions

PREFERENCES_UPDATE = "notification_preferences.update"

register_actions({PREFERENCES_UPDATE: _("Changed notification e-mail settings")})
