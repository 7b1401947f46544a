"""Every write to controlled documents (see the modules for the rules of each)."""

from eiso.documents.services._common import RowErrors
from eiso.documents.services.documents import (
    code_template_set,
    document_create,
    document_register_file,
    document_update,
)
from eiso.documents.services.editions import (
    edition_attach_file,
    edition_release_lock,
    edition_save_amendments,
    edition_save_records,
    edition_save_steps,
    edition_set_references,
    edition_start_draft,
    edition_take_lock,
    edition_update_content,
)
from eiso.documents.services.workflow import (
    edition_approve,
    edition_return,
    edition_review,
    edition_submit,
    edition_withdraw,
    make_due_editions_effective,
    submit_problems,
)

__all__ = [
    "RowErrors",
    "code_template_set",
    "document_create",
    "document_register_file",
    "document_update",
    "edition_approve",
    "edition_attach_file",
    "edition_release_lock",
    "edition_return",
    "edition_review",
    "edition_save_amendments",
    "edition_save_records",
    "edition_save_steps",
    "edition_set_references",
    "edition_start_draft",
    "edition_submit",
    "edition_take_lock",
    "edition_update_content",
    "edition_withdraw",
    "make_due_editions_effective",
    "submit_problems",
]
