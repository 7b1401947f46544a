"""Evidence files: the content is checked by its first bytes, never by the name the user gave.

Allowed: PDF, DOCX, XLSX (ZIP containers holding word/ or xl/), JPEG and PNG, at most
settings.EISO_MAX_UPLOAD_BYTES. An executable renamed to .pdf is refused.
"""

from __future__ import annotations

import zipfile

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core.errors import DomainError

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "jpeg": ".jpg", "png": ".png"}
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xce", b"#!")


def _office_kind(upload) -> str | None:
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if any(name.startswith("word/") for name in names):
        return "docx"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    return None


def sniff(upload) -> str | None:
    """The kind of file from its content ("pdf", "docx", "xlsx", "jpeg", "png"), or None."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(upload)
    return None


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
    head = upload.read(4)
    upload.seek(0)
    if head.startswith(EXECUTABLE_MAGIC):
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
