"""Audit action codes and notification kinds of distribution, acknowledgement and review."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

DISTRIBUTION_SET = "distribution.distribution_set"
ACKS_REQUESTED = "distribution.acknowledgements_requested"
ACK_CONFIRMED = "distribution.acknowledgement_confirm"
REVIEW_OPENED = "distribution.review_open"
REVIEW_RECORDED = "distribution.review_record"

KIND_ACK_REQUESTED = "distribution.ack_requested"
KIND_ACK_REMINDER = "distribution.ack_reminder"
KIND_REVIEW_OPENED = "distribution.review_opened"
KIND_REVIEW_DUE = "distribution.review_due"
KIND_REVIEW_OVERDUE = "distribution.review_overdue"

audit.register_actions(
    {
        DISTRIBUTION_SET: _("Changed the distribution list of a document"),
        ACKS_REQUESTED: _("Asked the distribution list to acknowledge an edition"),
        ACK_CONFIRMED: _("Confirmed having read and understood a document"),
        REVIEW_OPENED: _("Opened a document review"),
        REVIEW_RECORDED: _("Recorded the outcome of a document review"),
    }
)
