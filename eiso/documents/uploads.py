"""The file of a registered document: checked by content, size-limited, its text extracted.

Accepted: PDF and Word (DOCX), at most settings.EISO_MAX_UPLOAD_BYTES. The kind comes from the
first bytes, never the name: an executable renamed to .pdf is refused. The text of the file is
extracted (python-docx, pypdf) so search finds words inside registered documents.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.errors import DomainError

logger = logging.getLogger(__name__)

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx"}
# A registered document's text beyond this many characters adds nothing useful to search.
MAX_TEXT = 500_000


def validate_document_file(upload, *, field: str = "file") -> str:
    """The checked kind ("pdf" or "docx"); DomainError with a clear message otherwise."""
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
                "Attach the document as PDF or Word (DOCX)."
            ),
            field=field,
        )
    kind = filetypes.sniff(upload)
    if kind is None or kind.code not in EXTENSIONS:
        raise DomainError(
            _("This type of file is not accepted. Attach the document as PDF or Word (DOCX)."),
            field=field,
        )
    return kind.code


def extract_text(upload, kind: str) -> str:
    """The plain text of a DOCX or PDF; empty when it cannot be read (a scanned PDF)."""
    upload.seek(0)
    try:
        text = _docx_text(upload) if kind == "docx" else _pdf_text(upload)
    except Exception:  # a damaged file is still registered; only its search text is missing
        logger.warning("Could not extract the text of an uploaded %s", kind, exc_info=True)
        text = ""
    finally:
        upload.seek(0)
    return text[:MAX_TEXT]


def _docx_text(upload) -> str:
    import docx

    document = docx.Document(upload)
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(line for line in lines if line.strip())


def _pdf_text(upload) -> str:
    from pypdf import PdfReader

    reader = PdfReader(upload)
    return "\n".join((page.extract_text() or "") for page in reader.pages)
