"""Evidence files of checklist items: photos taken during the audit and documents.

The content is checked by its first bytes (eiso.core.filetypes), never by the name: JPEG, PNG,
PDF, DOCX and XLSX, at most settings.EISO_MAX_UPLOAD_BYTES. A program renamed to .jpg is refused.
"""

from __future__ import annotations

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.errors import DomainError

ACCEPTED = frozenset({"jpeg", "png", "pdf", "docx", "xlsx"})


def validate(upload, *, field: str = "file") -> str:
    """The checked kind of the file; DomainError with a clear message otherwise."""
    if upload is None:
        raise DomainError(_("Choose a file."), field=field)
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
                "This file is a program, not a photo or a document (whatever its name says). "
                "Attach a JPG or PNG photo, or a PDF, Word (DOCX) or Excel (XLSX) file."
            ),
            field=field,
        )
    kind = filetypes.sniff(upload)
    if kind is None or kind.code not in ACCEPTED:
        raise DomainError(
            _(
                "This type of file is not accepted. Attach a JPG or PNG photo, or a PDF, "
                "Word (DOCX) or Excel (XLSX) file."
            ),
            field=field,
        )
    return kind.code
