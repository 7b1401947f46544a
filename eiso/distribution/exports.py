"""Excel export of a document's acknowledgement status (who has and has not read it)."""

from __future__ import annotations

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

# Rows are streamed from the database in chunks; the sheet holds every row of the filter.
CHUNK = 2000


def acknowledgements_workbook(document, rows, counts: dict) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Acknowledgements")[:31]
    edition = document.effective_edition
    sheet.append([f"{document.code} {document.title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(
        [
            _("Issue %(issue)s, effective %(date)s")
            % {
                "issue": edition.issue_number if edition else "—",
                "date": f"{edition.effective_date:%d/%m/%Y}"
                if edition and edition.effective_date
                else "—",
            }
        ]
    )
    sheet.append(
        [
            _("%(done)s of %(total)s people have acknowledged (%(percent)s%%).")
            % {
                "done": counts["acknowledged"],
                "total": counts["total"],
                "percent": counts["percent"],
            }
        ]
    )
    header = [
        pgettext("acknowledgement list", "No."),
        _("Full name"),
        _("Unit"),
        _("Status"),
        _("Requested on"),
        _("Acknowledged at"),
    ]
    sheet.append(header)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for index, row in enumerate(rows.iterator(chunk_size=CHUNK), start=1):
        sheet.append(
            [
                index,
                row.user.full_name,
                row.unit.name if row.unit else "",
                row.get_state_display(),
                f"{row.requested_on:%d/%m/%Y}",
                f"{timezone.localtime(row.acknowledged_at):%d/%m/%Y %H:%M}"
                if row.acknowledged_at
                else "",
            ]
        )
    for column, width in zip("ABCDEF", (6, 32, 36, 26, 14, 18), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
