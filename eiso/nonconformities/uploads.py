"""Evidence files of effectiveness checks: the content is checked by its first bytes, never by the
name the user gave. Allowed: PDF, DOCX, XLSX, JPEG and PNG, at most settings.EISO_MAX_UPLOAD_BYTES;
a program renamed to .pdf is refused."""

from __future__ import annotations

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.errors import DomainError

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "jpeg": ".jpg", "png": ".png"}


def validate_evidence(upload, *, field: str = "evidence_file") -> str:
    """The checked kind of the file ("pdf", "docx", …); DomainError with a clear message otherwise."""
    limit = settings.EISO_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise DomainError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            field=field,
        )
    upload.seek(0)
    head = upload.read(filetypes.SNIFF_BYTES)
    upload.seek(0)
    if filetypes.is_program(head):
        raise DomainError(
            _(
                "This file is a program, not a document (whatever its name says). "
                "Attach a PDF, Word (DOCX), Excel (XLSX), JPG or PNG file."
            ),
            field=field,
        )
    kind = filetypes.sniff(upload)
    if kind is None or kind.code not in EXTENSIONS:
        raise DomainError(
            _(
                "This type of file is not accepted. Attach a PDF, Word (DOCX), Excel (XLSX), "
                "JPG or PNG file."
            ),
            field=field,
        )
    return kind.code
