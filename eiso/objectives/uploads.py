"""Evidence files: the content is checked by its first bytes, never by the name the user gave.

Allowed: PDF, DOCX, XLSX (ZIP containers holding word/ or xl/), JPEG and PNG, at most
settings.EISO_MAX_UPLOAD_BYTES. An executable renamed to .pdf is refused.
"""

from __future__ import annotations

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.errors import DomainError

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "jpeg": ".jpg", "png": ".png"}
ACCEPTED = frozenset(EXTENSIONS)


def sniff(upload) -> str | None:
    """The kind of file from its content ("pdf", "docx", "xlsx", "jpeg", "png"), or None."""
    kind = filetypes.sniff(upload)
    return kind.code if kind is not None and kind.code in ACCEPTED else None


def validate_evidence(upload, *, field: str = "evidence") -> str:
    """The checked kind of the file; DomainError with a clear message otherwise."""
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
    kind = sniff(upload)
    if kind is None:
        raise DomainError(
            _(
                "This type of file is not accepted. Attach a PDF, Word (DOCX), Excel (XLSX), "
                "JPG or PNG file."
            ),
            field=field,
        )
    return kind
