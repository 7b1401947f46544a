"""Audit action codes of controlled documents and their labels; domain event names."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

DOCUMENT_CREATE = "documents.document_create"
DOCUMENT_UPDATE = "documents.document_update"
CODE_TEMPLATE_SET = "documents.code_template_set"
EDITION_CREATE = "documents.edition_create"
EDITION_UPDATE = "documents.edition_update"
EDITION_FILE = "documents.edition_file"
EDITION_STEPS = "documents.edition_steps"
EDITION_RECORDS = "documents.edition_records"
EDITION_AMENDMENTS = "documents.edition_amendments"
EDITION_REFERENCES = "documents.edition_references"
EDITION_SUBMIT = "documents.edition_submit"
EDITION_REVIEW = "documents.edition_review"
EDITION_RETURN = "documents.edition_return"
EDITION_APPROVE = "documents.edition_approve"
EDITION_EFFECTIVE = "documents.edition_effective"
EDITION_SUPERSEDE = "documents.edition_supersede"
EDITION_WITHDRAW = "documents.edition_withdraw"
EDITION_LOCK = "documents.edition_lock"

audit.register_actions(
    {
        DOCUMENT_CREATE: _("Created controlled document"),
        DOCUMENT_UPDATE: _("Edited controlled document"),
        CODE_TEMPLATE_SET: _("Changed document code template"),
        EDITION_CREATE: _("Opened a new edition"),
        EDITION_UPDATE: _("Edited edition content"),
        EDITION_FILE: _("Uploaded the file of an edition"),
        EDITION_STEPS: _("Edited procedure steps"),
        EDITION_RECORDS: _("Edited records to keep"),
        EDITION_AMENDMENTS: _("Edited amendment log"),
        EDITION_REFERENCES: _("Edited reference documents"),
        EDITION_SUBMIT: _("Submitted edition for review"),
        EDITION_REVIEW: _("Reviewed edition"),
        EDITION_RETURN: _("Returned edition for changes"),
        EDITION_APPROVE: _("Approved edition"),
        EDITION_EFFECTIVE: _("Edition took effect"),
        EDITION_SUPERSEDE: _("Edition superseded"),
        EDITION_WITHDRAW: _("Withdrew edition"),
        EDITION_LOCK: _("Took over the editing lock"),
    }
)

# Domain events (eiso.core.domain_events); payloads are ids.
DOCUMENT_CHANGED = "documents.document_changed"
EDITION_EFFECTIVE_EVENT = "documents.edition_effective"
EDITION_WITHDRAWN_EVENT = "documents.edition_withdrawn"
