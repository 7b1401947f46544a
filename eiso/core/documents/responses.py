"""HTTP responses for generated documents, with a safe Vietnamese file name.

The Content-Disposition header carries an ASCII fallback (diacritics removed, "đ" → "d") in
``filename=`` and the exact UTF-8 name in ``filename*=`` (RFC 6266 / RFC 5987), so every browser
saves "Kế hoạch 187-KH-SGDĐT.pdf" under its Vietnamese name and none can be tricked into a path.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from django.http import HttpResponse

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_CONTENT_TYPE = "application/pdf"

_CONTENT_TYPES = {".docx": DOCX_CONTENT_TYPE, ".pdf": PDF_CONTENT_TYPE}
# Path separators, quotes, and characters Windows forbids in file names.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_MAX_NAME_LENGTH = 150


def safe_filename(filename: str) -> str:
    """The file name without directories, control characters or characters Windows forbids."""
    name = unicodedata.normalize("NFC", filename)
    name = _UNSAFE.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip(" .-")
    if len(name) > _MAX_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and len(extension) <= 5:
            name = stem[: _MAX_NAME_LENGTH - len(extension) - 1].rstrip() + "." + extension
        else:
            name = name[:_MAX_NAME_LENGTH]
    return name or "document"


def ascii_filename(filename: str) -> str:
    """'Kế hoạch ISO.pdf' → 'Ke hoach ISO.pdf' (the fallback for old clients)."""
    name = filename.replace("đ", "d").replace("Đ", "D")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^A-Za-z0-9._ ()-]+", "_", name).strip(" ._")
    return name or "document"


def content_disposition(filename: str, *, as_attachment: bool = True) -> str:
    name = safe_filename(filename)
    disposition = "attachment" if as_attachment else "inline"
    fallback = ascii_filename(name)
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def document_response(
    content: bytes, filename: str, *, as_attachment: bool = True, content_type: str | None = None
) -> HttpResponse:
    """An HttpResponse serving generated document bytes under ``filename``.

    The content type follows the extension (.docx, .pdf) unless given.
    """
    name = safe_filename(filename)
    extension = "." + name.rpartition(".")[2].lower() if "." in name else ""
    response = HttpResponse(
        content,
        content_type=content_type or _CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["Content-Disposition"] = content_disposition(name, as_attachment=as_attachment)
    response["Content-Length"] = str(len(content))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
