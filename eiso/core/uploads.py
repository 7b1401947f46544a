"""One check for every uploaded file: its size, then what its content really is.

Each module decides which kinds it accepts (codes of `eiso.core.filetypes`) and words the message
for a kind it does not accept; the size limit (settings.EISO_MAX_UPLOAD_BYTES) and the refusal of
programs renamed to look like documents are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Collection

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from eiso.core import filetypes
from eiso.core.errors import DomainError


def check_upload(
    upload,
    *,
    accepted: Collection[str],
    not_accepted: str,
    field: str = "file",
    program: str = "",
) -> filetypes.FileKind:
    """The kind of an accepted file; DomainError on `field` otherwise. `not_accepted` tells what to
    attach instead; `program` (default: "this is a program" + `not_accepted`) refuses a program."""
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
            program
            or _("This file is a program, not a document (whatever its name says).")
            + " "
            + not_accepted,
            field=field,
        )
    kind = filetypes.sniff(upload)
    if kind is None or kind.code not in accepted:
        raise DomainError(not_accepted, field=field)
    return kind
