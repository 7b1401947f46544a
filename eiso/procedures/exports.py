"""Spreadsheets: the catalogue template to fill in (.xlsx / .csv) and the coverage table."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from eiso.procedures import parsing

EXAMPLE_ROWS = (
    (
        "1.001234",
        "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "Giáo dục và Đào tạo",
        "Cấp tỉnh",
        "Sở Giáo dục và Đào tạo",
        "1",
        "ngày làm việc",
        "Không",
        "Thông tư 21/2019/TT-BGDĐT",
        "1234/QĐ-UBND",
        "15/03/2025",
        "Có",
    ),
    (
        "2.000123",
        "Thủ tục đăng ký khai sinh",
        "Hộ tịch",
        "Cấp xã",
        "UBND cấp xã",
        "Trong ngày",
        "",
        "Miễn lệ phí",
        "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
        "1235/QĐ-UBND",
        "15/03/2025",
        "Có",
    ),
)
WIDTHS = (12, 60, 24, 14, 32, 12, 16, 24, 40, 16, 14, 10)


def template_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "TTHC"
    sheet.append(list(parsing.COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in EXAMPLE_ROWS:
        sheet.append(list(row))
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    notes = book.create_sheet(_("Instructions")[:31])
    for line in (
        _("One row per TTHC; the header row must keep these column titles."),
        _("Required: Mã TTHC, Tên TTHC, Lĩnh vực, Cấp thực hiện, Thời hạn giải quyết."),
        _("Cấp thực hiện: Cấp tỉnh, Cấp xã, Liên thông, Cấp trung ương or Khác."),
        _(
            "Thời hạn giải quyết: working days (10, 2,5), or with the unit (4 giờ), or "
            "“Trong ngày” (8 working hours)."
        ),
        _("Còn áp dụng: Có or Không. Dates as dd/mm/yyyy."),
        _(
            "Importing again updates the TTHC by code; TTHC missing from the file are listed, "
            "not deleted."
        ),
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def template_csv() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(parsing.COLUMNS)
    writer.writerows(EXAMPLE_ROWS)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def coverage_xlsx(rows, title: str, totals: dict) -> bytes:
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = _("Coverage")[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(
        [
            _("No."),
            _("Agency"),
            _("TTHC in scope"),
            _("With an effective procedure"),
            _("Procedure in draft only"),
            _("Without a procedure"),
            _("Coverage (%)"),
        ]
    )
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for index, agency in enumerate(rows, start=1):
        sheet.append(
            [
                index,
                agency.name,
                agency.in_scope,
                agency.covered,
                agency.draft,
                agency.without,
                float(round(agency.percent, 1)) if agency.in_scope else None,
            ]
        )
    sheet.append(
        [
            "",
            _("Province total"),
            totals["in_scope"],
            totals["covered"],
            totals["draft"],
            totals["without"],
            totals["percent"],
        ]
    )
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFG", (6, 60, 14, 18, 18, 16, 14), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
