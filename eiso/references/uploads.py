"""Files of external documents: checked by their content, never by the name, and size-limited.

Accepted: PDF, Word (DOCX and the older DOC), OpenDocument text; at most
settings.EISO_MAX_UPLOAD_BYTES. An executable renamed to .pdf is refused.
"""

from __future__ import annotations

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.errors import DomainError

ACCEPTED = frozenset({"pdf", "docx", "ole", "odf"})


def validate_file(upload, *, field: str = "file") -> str:
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
    message = _("This type of file is not accepted. Attach a PDF or Word (DOC, DOCX) file.")
    if filetypes.is_program(head):
        raise DomainError(
            _("This file is a program, not a document (whatever its name says).") + " " + message,
            field=field,
        )
    kind = filetypes.sniff(upload)
    if kind is None or kind.code not in ACCEPTED:
        raise DomainError(message, field=field)
    return kind.code
