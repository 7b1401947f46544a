"""Evidence files of checklist items: photos taken during the audit and documents.

The content is checked by its first bytes (eiso.core.filetypes), never by the name: JPEG, PNG,
PDF, DOCX and XLSX, at most settings.EISO_MAX_UPLOAD_BYTES. A program renamed to .jpg is refused.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import DomainError
from eiso.core.uploads import check_upload

ACCEPTED = frozenset({"jpeg", "png", "pdf", "docx", "xlsx"})


def validate(upload, *, field: str = "file") -> str:
    """The checked kind of the file; DomainError with a clear message otherwise."""
    if upload is None:
        raise DomainError(_("Choose a file."), field=field)
    kind = check_upload(
        upload,
        accepted=ACCEPTED,
        field=field,
        program=_(
            "This file is a program, not a photo or a document (whatever its name says). "
            "Attach a JPG or PNG photo, or a PDF, Word (DOCX) or Excel (XLSX) file."
        ),
        not_accepted=_(
            "This type of file is not accepted. Attach a JPG or PNG photo, or a PDF, "
            "Word (DOCX) or Excel (XLSX) file."
        ),
    )
    return kind.code
