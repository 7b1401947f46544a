"""Evidence files of progress updates: what is accepted is decided by the CONTENT, not the name.

A file is identified from its first bytes (its "magic number"). Programs and scripts are refused
whatever their name says, so a renamed `setup.exe` → `bao-cao.pdf` is caught; a document whose
extension does not match its content (a PNG called `.pdf`) is refused too, because the name is
what people see when they download it later.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core.errors import DomainError
from eiso.core.filetypes import SNIFF_BYTES, FileKind, is_program, sniff

ACCEPTED_LABEL = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, WebP"


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
    if is_program(head):
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
