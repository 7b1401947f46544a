"""Excel export of the document list (the "danh mục tài liệu nội bộ" of an agency)."""

from __future__ import annotations

import io
from collections.abc import Iterable

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

from eiso.documents.models import Document

# A list beyond this is a search to narrow, not a register to print.
MAX_ROWS = 20000


def documents_workbook(documents: Iterable[Document], title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Documents")[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(
        [
            _("No."),
            pgettext("documents", "Code"),
            pgettext("documents", "Title"),
            _("Kind"),
            pgettext("documents", "Owner unit"),
            _("Attached to"),
            _("Effective issue"),
            _("Effective date"),
            _("Latest issue"),
            _("State"),
        ]
    )
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for index, document in enumerate(documents, start=1):
        effective, latest = document.effective_edition, document.latest_edition
        sheet.append(
            [
                index,
                document.code,
                document.title,
                document.get_kind_display(),
                document.owner_unit.name if document.owner_unit else "",
                document.parent.code if document.parent else "",
                effective.issue_number if effective else None,
                effective.effective_date.strftime("%d/%m/%Y")
                if effective and effective.effective_date
                else "",
                latest.issue_number if latest else None,
                latest.get_state_display() if latest else "",
            ]
        )
        if index >= MAX_ROWS:
            break
    for column, width in zip("ABCDEFGHIJ", (5, 16, 60, 24, 30, 14, 10, 14, 10, 18), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
