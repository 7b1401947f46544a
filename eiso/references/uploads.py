"""Files of external documents: checked by their content, never by the name, and size-limited.

Accepted: PDF, Word (DOCX and the older DOC), OpenDocument text; at most
settings.EISO_MAX_UPLOAD_BYTES. An executable renamed to .pdf is refused.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.uploads import check_upload

ACCEPTED = frozenset({"pdf", "docx", "ole", "odf"})


def validate_file(upload, *, field: str = "file") -> str:
    """The checked kind of the file; DomainError with a clear message otherwise."""
    message = _("This type of file is not accepted. Attach a PDF or Word (DOC, DOCX) file.")
    return check_upload(upload, accepted=ACCEPTED, field=field, not_accepted=message).code
