"""Audit action codes of the organisation domain and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core.audit import register_actions

AGENCY_CREATE = "agency.create"
AGENCY_UPDATE = "agency.update"
AGENCY_DEACTIVATE = "agency.deactivate"
AGENCY_REACTIVATE = "agency.reactivate"
UNIT_CREATE = "unit.create"
UNIT_UPDATE = "unit.update"
UNIT_MOVE = "unit.move"
UNIT_DEACTIVATE = "unit.deactivate"
UNIT_REACTIVATE = "unit.reactivate"
MEMBERSHIP_CREATE = "membership.create"
MEMBERSHIP_UPDATE = "membership.update"
MEMBERSHIP_END = "membership.end"
ROLE_GRANT = "role.grant"
ROLE_REVOKE = "role.revoke"
QMS_STATUS_CHANGE = "iso_unit.status_change"
STEERING_MEMBER_ADD = "steering.member_add"
STEERING_MEMBER_UPDATE = "steering.member_update"
STEERING_MEMBER_REMOVE = "steering.member_remove"
STEERING_DECISION_ISSUE = "steering.decision_issue"

register_actions(
    {
        AGENCY_CREATE: _("Created agency"),
        AGENCY_UPDATE: _("Edited agency"),
        AGENCY_DEACTIVATE: _("Deactivated agency"),
        AGENCY_REACTIVATE: _("Reactivated agency"),
        UNIT_CREATE: _("Created unit"),
        UNIT_UPDATE: _("Edited unit"),
        UNIT_MOVE: _("Moved unit"),
        UNIT_DEACTIVATE: _("Deactivated unit"),
        UNIT_REACTIVATE: _("Reactivated unit"),
        MEMBERSHIP_CREATE: _("Added person to agency"),
        MEMBERSHIP_UPDATE: _("Changed person's position"),
        MEMBERSHIP_END: _("Removed person from agency"),
        ROLE_GRANT: _("Granted role"),
        ROLE_REVOKE: _("Revoked role"),
        QMS_STATUS_CHANGE: _("Changed QMS status"),
        STEERING_MEMBER_ADD: _("Added steering committee member"),
        STEERING_MEMBER_UPDATE: _("Edited steering committee member"),
        STEERING_MEMBER_REMOVE: _("Removed steering committee member"),
        STEERING_DECISION_ISSUE: _("Issued steering committee decision"),
    }
)
