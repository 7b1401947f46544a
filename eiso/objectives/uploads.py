"""Evidence files: the content is checked by its first bytes, never by the name the user gave.

Allowed: PDF, DOCX, XLSX (ZIP containers holding word/ or xl/), JPEG and PNG, at most
settings.EISO_MAX_UPLOAD_BYTES. An executable renamed to .pdf is refused.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.uploads import check_upload

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "jpeg": ".jpg", "png": ".png"}
ACCEPTED = frozenset(EXTENSIONS)


def sniff(upload) -> str | None:
    """The kind of file from its content ("pdf", "docx", "xlsx", "jpeg", "png"), or None."""
    kind = filetypes.sniff(upload)
    return kind.code if kind is not None and kind.code in ACCEPTED else None


def validate_evidence(upload, *, field: str = "evidence") -> str:
    """The checked kind of the file; DomainError with a clear message otherwise."""
    kind = check_upload(
        upload,
        accepted=ACCEPTED,
        field=field,
        program=_(
            "This file is a program, not a document (whatever its name says). "
            "Attach a PDF, Word (DOCX), Excel (XLSX), JPG or PNG file."
        ),
        not_accepted=_(
            "This type of file is not accepted. Attach a PDF, Word (DOCX), Excel (XLSX), "
            "JPG or PNG file."
        ),
    )
    return kind.code
