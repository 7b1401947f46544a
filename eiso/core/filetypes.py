"""What an uploaded file really is, from its first bytes (its "magic number"), never its name.

Shared by every module that accepts files (evidence of measurements, of plan progress…); each
decides which kinds it accepts and words its own messages.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

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


def is_program(head: bytes) -> bool:
    """True for the leading bytes of an executable or a script."""
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
