"""Audit action codes of the accounts domain and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core.audit import register_actions

USER_LOGIN = "user.login"
USER_PROFILE_UPDATE = "user.profile_update"
USER_PASSWORD_CHANGE = "user.password_change"
USER_PASSWORD_RESET = "user.password_reset"
USER_SWITCH_AGENCY = "user.switch_agency"
API_TOKEN_CREATE = "api_token.create"
API_TOKEN_REVOKE = "api_token.revoke"

register_actions(
    {
        USER_LOGIN: _("Logged in"),
        USER_PROFILE_UPDATE: _("Edited profile"),
        USER_PASSWORD_CHANGE: _("Changed password"),
        USER_PASSWORD_RESET: _("Reset password by e-mail link"),
        USER_SWITCH_AGENCY: _("Switched agency"),
        API_TOKEN_CREATE: _("Created API token"),
        API_TOKEN_REVOKE: _("Revoked API token"),
    }
)
