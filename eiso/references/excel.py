"""External documents in Excel: the list export, the import template and reading an import file.

The import reads the first sheet; the header row is the first row with a "Số ký hiệu" cell and
columns are found by their titles (case, spacing and accents do not matter). Every row is checked
and every problem is reported as "Dòng n: …", so the caller can reject the whole file with the full
list. Reading touches no database.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from dataclasses import dataclass, field

from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from eiso.core import filetypes
from eiso.core.errors import DomainError
from eiso.organizations.search import fold
from eiso.references.models import Kind

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "dd/mm/yyyy"
CHUNK = 500
MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024

COL_KIND = "Loại"
COL_NUMBER = "Số ký hiệu"
COL_TITLE = "Trích yếu"
COL_ISSUER = "Cơ quan ban hành"
COL_ISSUED = "Ngày ban hành"
COL_EFFECTIVE = "Ngày hiệu lực"
COL_URL = "Liên kết"
COL_NOTES = "Ghi chú"
IMPORT_COLUMNS = (
    COL_KIND,
    COL_NUMBER,
    COL_TITLE,
    COL_ISSUER,
    COL_ISSUED,
    COL_EFFECTIVE,
    COL_URL,
    COL_NOTES,
)
REQUIRED = (COL_KIND, COL_NUMBER, COL_TITLE, COL_ISSUER)
# The import column of each field, to name it in a row's error.
FIELD_COLUMNS = {
    "kind": COL_KIND,
    "number": COL_NUMBER,
    "title": COL_TITLE,
    "issuer": COL_ISSUER,
    "issued_date": COL_ISSUED,
    "effective_date": COL_EFFECTIVE,
    "url": COL_URL,
    "notes": COL_NOTES,
}

# Vietnamese names of the kinds as written in the file (folded), besides the codes themselves.
KIND_NAMES = {
    "luat": Kind.LAW,
    "bo luat": Kind.LAW,
    "nghi dinh": Kind.DECREE,
    "thong tu": Kind.CIRCULAR,
    "thong tu lien tich": Kind.CIRCULAR,
    "quyet dinh": Kind.DECISION,
    "quyet dinh cong bo tthc": Kind.TTHC_DECISION,
    "quyet dinh cong bo thu tuc hanh chinh": Kind.TTHC_DECISION,
    "tieu chuan": Kind.STANDARD,
    "cong van": Kind.OFFICIAL_LETTER,
    "khac": Kind.OTHER,
}
KIND_TEXT = {
    Kind.LAW: "Luật",
    Kind.DECREE: "Nghị định",
    Kind.CIRCULAR: "Thông tư",
    Kind.DECISION: "Quyết định",
    Kind.TTHC_DECISION: "Quyết định công bố TTHC",
    Kind.STANDARD: "Tiêu chuẩn",
    Kind.OFFICIAL_LETTER: "Công văn",
    Kind.OTHER: "Khác",
}


# Export ------------------------------------------------------------------------------------------
def _headers() -> list[str]:
    return [
        _("Number/symbol"),
        _("Kind"),
        _("Title (summary)"),
        _("Issuer"),
        _("Issued on"),
        _("Effective from"),
        pgettext("external document", "Status"),
        _("Status effective from"),
        _("Replaced by"),
        _("Amended by"),
        _("Scope"),
        _("Link"),
        _("Notes"),
    ]


COLUMN_WIDTHS = (24, 18, 60, 30, 14, 14, 14, 14, 24, 30, 30, 40, 30)


def _date_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def _scope_text(document) -> str:
    if document.agency_id:
        return document.agency.name
    if document.province_id:
        return document.province.name
    return str(_("National"))


def write_documents(queryset, stream) -> int:
    """Write the documents of `queryset` (with province, agency, replaced_by loaded) as XLSX."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("External documents"))
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
    for document in queryset.iterator(chunk_size=CHUNK):
        sheet.append(
            [
                document.number,
                document.get_kind_display(),
                document.title,
                document.issuer,
                _date_cell(sheet, document.issued_date),
                _date_cell(sheet, document.effective_date),
                document.get_status_display(),
                _date_cell(sheet, document.status_effective_date),
                document.replaced_by.number if document.replaced_by_id else "",
                document.amended_by,
                _scope_text(document),
                document.url,
                document.notes,
            ]
        )
        count += 1
    workbook.save(stream)
    return count


def _xlsx_response(stream, filename: str) -> FileResponse:
    stream.seek(0)
    return FileResponse(stream, as_attachment=True, filename=filename, content_type=XLSX)


def documents_xlsx_response(queryset) -> FileResponse:
    stream = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it)
    write_documents(queryset, stream)
    return _xlsx_response(stream, f"tai-lieu-ben-ngoai-{timezone.localdate():%Y%m%d}.xlsx")


def template_xlsx_response() -> FileResponse:
    """An empty import file with the expected columns and one example row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tài liệu bên ngoài"
    sheet.append(list(IMPORT_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.append(
        [
            "Quyết định",
            "19/2014/QĐ-TTg",
            "Về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
            "9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
            "Thủ tướng Chính phủ",
            "05/03/2014",
            "18/05/2014",
            "",
            "",
        ]
    )
    for index, width in enumerate((22, 22, 70, 28, 16, 16, 40, 30)):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    stream = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it)
    workbook.save(stream)
    return _xlsx_response(stream, "mau-nhap-tai-lieu-ben-ngoai.xlsx")


# Import ------------------------------------------------------------------------------------------
@dataclass
class ImportRow:
    line: int
    values: dict = field(default_factory=dict)


class ImportFileError(DomainError):
    """The file cannot be imported; `errors` lists every problem ("Dòng n: …")."""

    def __init__(self, errors: list[str]):
        super().__init__(errors[0] if errors else "", field="file")
        self.errors = errors


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _parse_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _cell_text(value)
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_kind(value) -> str | None:
    text = fold(_cell_text(value))
    if text in Kind.values:
        return text
    return KIND_NAMES.get(text)


def _find_header(rows) -> tuple[int, dict[str, int]] | None:
    wanted = {fold(name): name for name in IMPORT_COLUMNS}
    for index, row in enumerate(rows):
        columns = {}
        for position, value in enumerate(row):
            name = wanted.get(fold(_cell_text(value)))
            if name and name not in columns:
                columns[name] = position
        if COL_NUMBER in columns:
            return index, columns
    return None


def _row_values(line: int, row, columns: dict[str, int], errors: list[str]) -> dict | None:
    def get(name):
        position = columns.get(name)
        return row[position] if position is not None and position < len(row) else None

    problems: list[str] = []
    values: dict = {}
    for name in REQUIRED:
        if not _cell_text(get(name)):
            problems.append(_("column “%(column)s” is empty") % {"column": name})
    kind = _parse_kind(get(COL_KIND))
    if _cell_text(get(COL_KIND)) and kind is None:
        problems.append(
            _("“%(value)s” is not a kind of document (Luật, Nghị định, Thông tư, Quyết định, …)")
            % {"value": _cell_text(get(COL_KIND))}
        )
    values["kind"] = kind
    for key, name in (("issued_date", COL_ISSUED), ("effective_date", COL_EFFECTIVE)):
        try:
            values[key] = _parse_date(get(name))
        except ValueError:
            problems.append(
                _("column “%(column)s”: “%(value)s” is not a date (dd/mm/yyyy)")
                % {"column": name, "value": _cell_text(get(name))}
            )
    values["number"] = _cell_text(get(COL_NUMBER))
    values["title"] = _cell_text(get(COL_TITLE))
    values["issuer"] = _cell_text(get(COL_ISSUER))
    values["url"] = _cell_text(get(COL_URL))
    values["notes"] = _cell_text(get(COL_NOTES))
    if values["url"] and not values["url"].startswith(("http://", "https://")):
        problems.append(_("column “%(column)s” must be a web address") % {"column": COL_URL})
    for problem in problems:
        errors.append(_("Row %(line)d: %(problem)s.") % {"line": line, "problem": problem})
    return None if problems else values


def read_import_file(upload) -> list[ImportRow]:
    """Checked rows of an import file; ImportFileError listing every problem otherwise."""
    if upload.size > MAX_BYTES:
        raise ImportFileError([_("The file is too large (at most 5 MB).")])
    kind = filetypes.sniff(upload)
    if kind is None or kind.code != "xlsx":
        raise ImportFileError([_("This is not an Excel (.xlsx) file.")])
    upload.seek(0)
    try:
        workbook = load_workbook(io.BytesIO(upload.read()), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of errors on a broken file
        raise ImportFileError([_("The Excel file cannot be read.")]) from exc
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    found = _find_header(rows[:20])
    if found is None:
        raise ImportFileError(
            [_("No header row with a “%(column)s” column was found.") % {"column": COL_NUMBER}]
        )
    header_index, columns = found
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ImportFileError(
            [_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}]
        )
    errors: list[str] = []
    parsed: list[ImportRow] = []
    seen: dict[str, int] = {}
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if not any(_cell_text(v) for v in row):
            continue
        if len(parsed) + len(errors) >= MAX_ROWS:
            errors.append(_("Too many rows (at most %(max)d).") % {"max": MAX_ROWS})
            break
        values = _row_values(offset, row, columns, errors)
        if values is None:
            continue
        key = fold(values["number"])
        if key in seen:
            errors.append(
                _("Row %(line)d: the number “%(number)s” is already on row %(first)d.")
                % {"line": offset, "number": values["number"], "first": seen[key]}
            )
            continue
        seen[key] = offset
        parsed.append(ImportRow(offset, values))
    if errors:
        raise ImportFileError(errors)
    if not parsed:
        raise ImportFileError([_("The file has no rows to import.")])
    return parsed
