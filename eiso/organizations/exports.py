"""Excel export of the agency list (same filters as the page), streamed from a temporary file.

openpyxl's write-only mode keeps memory flat however many rows there are; the finished file is
streamed to the client in chunks by FileResponse.
"""

from __future__ import annotations

import tempfile

from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

DATE_FORMAT = "dd/mm/yyyy"
CHUNK = 500
COLUMN_WIDTHS = (45, 25, 14, 30, 35, 20, 40, 20, 14, 14, 14, 12)


def _headers() -> list[str]:
    return [
        _("Name"),
        _("Short name"),
        _("Abbreviation"),
        _("Kind"),
        _("Parent agency"),
        _("Province"),
        _("ISO unit"),
        _("QMS status"),
        _("Status since"),
        _("Expanding scope"),
        _("Transitioning edition"),
        _("Active"),
    ]


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def _row(sheet, agency) -> list:
    iso_unit = agency.iso_unit
    since = WriteOnlyCell(sheet, value=iso_unit.status_since if iso_unit else None)
    since.number_format = DATE_FORMAT
    return [
        agency.name,
        agency.short_name,
        agency.symbol,
        agency.get_kind_display(),
        agency.parent.name if agency.parent_id else "",
        agency.province.full_name,
        iso_unit.name if iso_unit else "",
        iso_unit.get_status_display() if iso_unit else "",
        since,
        _yes_no(iso_unit.expanding_scope) if iso_unit else "",
        _yes_no(iso_unit.transitioning_edition) if iso_unit else "",
        _yes_no(agency.is_active),
    ]


def write_agencies(queryset, stream) -> int:
    """Write the agencies of `queryset` as an XLSX workbook to `stream`; returns the row count."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Agencies"))
    for index, width in enumerate(COLUMN_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for title in _headers():
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for agency in queryset.iterator(chunk_size=CHUNK):
        sheet.append(_row(sheet, agency))
        count += 1
    workbook.save(stream)
    return count


def agencies_xlsx_response(queryset) -> FileResponse:
    stream = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it)
    write_agencies(queryset, stream)
    stream.seek(0)
    filename = f"co-quan-{timezone.localdate():%Y%m%d}.xlsx"
    return FileResponse(
        stream,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
