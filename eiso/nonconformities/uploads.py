"""Evidence files of effectiveness checks: the content is checked by its first bytes, never by the
name the user gave. Allowed: PDF, DOCX, XLSX, JPEG and PNG, at most settings.EISO_MAX_UPLOAD_BYTES;
a program renamed to .pdf is refused."""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.uploads import check_upload

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "jpeg": ".jpg", "png": ".png"}


def validate_evidence(upload, *, field: str = "evidence_file") -> str:
    """The checked kind of the file ("pdf", "docx", …); DomainError with a clear message otherwise."""
    kind = check_upload(
        upload,
        accepted=EXTENSIONS,
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
