"""Evidence files of progress updates: what is accepted is decided by the CONTENT, not the name.

A file is identified from its first bytes (its "magic number"). Programs and scripts are refused
whatever their name says, so a renamed `setup.exe` → `bao-cao.pdf` is caught; a document whose
extension does not match its content (a PNG called `.pdf`) is refused too, because the name is
what people see when they download it later.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core.errors import DomainError

SNIFF_BYTES = 8192


@dataclass(frozen=True)
class FileKind:
    code: str
    label: str
    extensions: tuple[str, ...]
    content_type: str


PDF = FileKind("pdf", "PDF", (".pdf",), "application/pdf")
PNG = FileKind("png", "PNG", (".png",), "image/png")
JPEG = FileKind("jpeg", "JPEG", (".jpg", ".jpeg"), "image/jpeg")
GIF = FileKind("gif", "GIF", (".gif",), "image/gif")
WEBP = FileKind("webp", "WebP", (".webp",), "image/webp")
DOCX = FileKind(
    "docx",
    "Word",
    (".docx",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
XLSX = FileKind(
    "xlsx", "Excel", (".xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)
PPTX = FileKind(
    "pptx",
    "PowerPoint",
    (".pptx",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
)
ODF = FileKind(
    "odf", "OpenDocument", (".odt", ".ods", ".odp"), "application/vnd.oasis.opendocument"
)
OLE = FileKind("ole", "Word/Excel 97-2003", (".doc", ".xls", ".ppt"), "application/octet-stream")

ACCEPTED_LABEL = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, WebP"

# Leading bytes of programs and scripts: Windows PE/DOS ("MZ"), ELF, Mach-O (32/64, both byte
# orders, universal), Java class files share the Mach-O universal magic, shell scripts ("#!").
_PROGRAM_MAGIC = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"#!",
)
_OOXML_PARTS = (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX))


def _is_program(head: bytes) -> bool:
    return head.startswith(_PROGRAM_MAGIC)


def _zip_kind(uploaded) -> FileKind | None:
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = archive.namelist()
            if "mimetype" in names and archive.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument"
            ):
                return ODF
            if "[Content_Types].xml" in names:
                for prefix, kind in _OOXML_PARTS:
                    if any(name.startswith(prefix) for name in names):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None
    finally:
        uploaded.seek(0)
    return None


def sniff(uploaded) -> FileKind | None:
    """The kind of an uploaded file from its content, or None when it is not a document we take."""
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(uploaded)
    return None


def validate_evidence(uploaded, *, field: str = "evidence") -> FileKind:
    """Check size, content and name of an uploaded evidence file; raise DomainError if refused."""
    name = os.path.basename(getattr(uploaded, "name", "") or "")
    limit = settings.EISO_MAX_UPLOAD_BYTES
    if uploaded.size is not None and uploaded.size > limit:
        raise DomainError(
            _("The file “%(name)s” is too large (%(size)s); the limit is %(limit)s.")
            % {
                "name": name,
                "size": filesizeformat(uploaded.size),
                "limit": filesizeformat(limit),
            },
            field=field,
        )
    if not uploaded.size:
        raise DomainError(_("The file “%(name)s” is empty.") % {"name": name}, field=field)
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    if _is_program(head):
        raise DomainError(
            _(
                "The file “%(name)s” is a program or script, not a document, whatever its name "
                "says. Programs cannot be attached as evidence."
            )
            % {"name": name},
            field=field,
        )
    kind = sniff(uploaded)
    if kind is None:
        raise DomainError(
            _("The file “%(name)s” is not a document we accept. Accepted: %(kinds)s.")
            % {"name": name, "kinds": ACCEPTED_LABEL},
            field=field,
        )
    extension = os.path.splitext(name)[1].lower()
    if extension not in kind.extensions:
        raise DomainError(
            _("The file “%(name)s” is really a %(kind)s file; its name should end in %(ext)s.")
            % {"name": name, "kind": kind.label, "ext": " / ".join(kind.extensions)},
            field=field,
        )
    return kind


def in_memory(name: str, content: bytes):
    """An uploaded-file object for tests and the demo."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)


__all__ = ["FileKind", "in_memory", "sniff", "validate_evidence"]
