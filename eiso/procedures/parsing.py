"""Reading the TTHC catalogue file (.xlsx or .csv) into checked rows, touching no database.

The header row is the first row with a “Mã TTHC” cell; columns are found by their titles (case
and spacing do not matter). Every row is checked and every problem reported as
"Dòng n, cột “…”: …", so the caller can reject the whole file with the full list.

Processing time ("Thời hạn giải quyết") accepts a number of working days ("10", "2,5"), a number
with its unit ("10 ngày làm việc", "4 giờ", "04 giờ làm việc") or "Trong ngày" (8 working hours);
an optional "Đơn vị thời hạn" column gives the unit of a bare number.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from eiso.core import filetypes
from eiso.core.errors import DomainError
from eiso.procedures.models import TimeUnit, TTHCLevel

COL_CODE = "Mã TTHC"
COL_NAME = "Tên TTHC"
COL_FIELD = "Lĩnh vực"
COL_LEVEL = "Cấp thực hiện"
COL_AGENCY = "Cơ quan thực hiện"
COL_TIME = "Thời hạn giải quyết"
COL_TIME_UNIT = "Đơn vị thời hạn"
COL_FEES = "Phí, lệ phí"
COL_BASIS = "Căn cứ pháp lý"
COL_DECISION = "Số QĐ công bố"
COL_DECISION_DATE = "Ngày QĐ công bố"
COL_ACTIVE = "Còn áp dụng"

COLUMNS = (
    COL_CODE,
    COL_NAME,
    COL_FIELD,
    COL_LEVEL,
    COL_AGENCY,
    COL_TIME,
    COL_TIME_UNIT,
    COL_FEES,
    COL_BASIS,
    COL_DECISION,
    COL_DECISION_DATE,
    COL_ACTIVE,
)
REQUIRED = (COL_CODE, COL_NAME, COL_FIELD, COL_LEVEL, COL_TIME)
MAX_ROWS = 20000
MAX_BYTES = 10 * 1024 * 1024
CODE_RE = re.compile(r"^[0-9]{1,3}(\.[0-9]{1,9}){1,3}$")
TIME_RE = re.compile(
    r"^(?P<number>[0-9]+(?:[.,][0-9]+)?)\s*(?P<unit>ngày làm việc|ngày|giờ làm việc|giờ|h)?$"
)
MAX_LENGTHS = {COL_NAME: 1000, COL_FIELD: 255, COL_AGENCY: 500, COL_FEES: 1000, COL_DECISION: 100}

LEVELS = {
    "cấp tỉnh": TTHCLevel.PROVINCE,
    "tỉnh": TTHCLevel.PROVINCE,
    "cấp xã": TTHCLevel.COMMUNE,
    "xã": TTHCLevel.COMMUNE,
    "cấp xã, phường": TTHCLevel.COMMUNE,
    "liên thông": TTHCLevel.INTERAGENCY,
    "cấp trung ương": TTHCLevel.CENTRAL,
    "trung ương": TTHCLevel.CENTRAL,
    "khác": TTHCLevel.OTHER,
}
YES = {"có", "x", "1", "còn", "còn áp dụng", ""}
NO = {"không", "0", "hết", "hết hiệu lực", "không áp dụng"}


@dataclass
class Row:
    """One checked row of the file (values ready for the TTHC model)."""

    number: int
    code: str
    name: str
    field: str
    level: str
    agency_text: str
    legal_time: Decimal
    legal_time_unit: str
    fees: str
    legal_basis: str
    decision_number: str
    decision_date: dt.date | None
    is_active: bool


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def fold(text: str) -> str:
    return " ".join(str(text or "").split()).casefold()


def _cell_text(value) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, Decimal | float):
        value = str(value)
    return " ".join(str(value if value is not None else "").split())


def _xlsx_rows(content: bytes) -> list[list[str]]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken workbook
        raise DomainError(
            _("The file is not a readable Excel workbook (.xlsx)."), field="file"
        ) from None
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(v) for v in values] for values in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv_rows(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(
            _("The CSV file must be saved as UTF-8 (in Excel: “CSV UTF-8”)."), field="file"
        ) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return [
        [_cell_text(v) for v in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)
    ]


def read_table(content: bytes) -> list[list[str]]:
    """The cells of the file's first sheet (xlsx) or of the CSV, as text. Raises DomainError."""
    if len(content) > MAX_BYTES:
        raise DomainError(_("The file is larger than 10 MB."), field="file")
    upload = io.BytesIO(content)
    kind = filetypes.sniff(upload)
    if kind == filetypes.XLSX:
        return _xlsx_rows(content)
    if kind is not None or filetypes.is_program(content[:16]) or b"\x00" in content[:4096]:
        raise DomainError(
            _("Upload the catalogue as an Excel workbook (.xlsx) or a CSV file."), field="file"
        )
    return _csv_rows(content)


def _header(table: list[list[str]]) -> tuple[int, dict[str, int]]:
    known = {fold(title): title for title in COLUMNS}
    for index, cells in enumerate(table):
        folded = [fold(c) for c in cells]
        if fold(COL_CODE) in folded:
            header = {known[f]: i for i, f in enumerate(folded) if f in known}
            missing = [title for title in REQUIRED if title not in header]
            if missing:
                raise DomainError(
                    _("Missing column(s): %(columns)s.") % {"columns": ", ".join(missing)},
                    field="file",
                )
            return index, header
    raise DomainError(
        _("No header row with a “%(column)s” column was found.") % {"column": COL_CODE},
        field="file",
    )


def _error(row: int, column: str, message: str) -> str:
    return _("Row %(row)d, column “%(column)s”: %(message)s") % {
        "row": row,
        "column": column,
        "message": message,
    }


def parse_time(text: str, unit_text: str = "") -> tuple[Decimal, str] | None:
    """(amount, unit) of a processing time such as "10", "2,5 ngày", "4 giờ", "Trong ngày"."""
    value = fold(text)
    if value in ("trong ngày", "trong ngày làm việc"):
        return Decimal(8), TimeUnit.HOURS
    match = TIME_RE.match(value)
    if not match:
        return None
    try:
        amount = Decimal(match["number"].replace(",", "."))
    except InvalidOperation:
        return None
    unit_word = match["unit"] or fold(unit_text)
    unit = TimeUnit.HOURS if unit_word.startswith(("giờ", "h")) else TimeUnit.DAYS
    return amount, unit


def _parse_date(text: str) -> dt.date | None:
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _check_row(number: int, cell) -> tuple[Row | None, list[str]]:
    errors: list[str] = []
    for title in REQUIRED:
        if not cell(title):
            errors.append(_error(number, title, _("this cell is empty.")))
    for title, limit in MAX_LENGTHS.items():
        if len(cell(title)) > limit:
            errors.append(
                _error(
                    number, title, _("too long (at most %(count)d characters).") % {"count": limit}
                )
            )
    code = cell(COL_CODE)
    if code and not CODE_RE.match(code):
        errors.append(
            _error(
                number,
                COL_CODE,
                _("“%(value)s” is not a TTHC code (e.g. 1.001234 or 2.000123).") % {"value": code},
            )
        )
    level = LEVELS.get(fold(cell(COL_LEVEL)))
    if level is None and fold(cell(COL_LEVEL)).startswith("liên thông"):
        level = TTHCLevel.INTERAGENCY
    if cell(COL_LEVEL) and level is None:
        errors.append(
            _error(
                number,
                COL_LEVEL,
                _(
                    "“%(value)s” is not a level (Cấp tỉnh, Cấp xã, Liên thông, Cấp trung ương, Khác)."
                )
                % {"value": cell(COL_LEVEL)},
            )
        )
    time = parse_time(cell(COL_TIME), cell(COL_TIME_UNIT)) if cell(COL_TIME) else None
    if cell(COL_TIME) and time is None:
        errors.append(
            _error(
                number,
                COL_TIME,
                _("“%(value)s” is not a number of working days or hours (e.g. 10, 2,5 or 4 giờ).")
                % {"value": cell(COL_TIME)},
            )
        )
    elif time is not None and time[0] > Decimal("99999"):
        errors.append(_error(number, COL_TIME, _("the processing time is too long.")))
    decision_date = None
    if cell(COL_DECISION_DATE):
        decision_date = _parse_date(cell(COL_DECISION_DATE))
        if decision_date is None:
            errors.append(
                _error(
                    number,
                    COL_DECISION_DATE,
                    _("“%(value)s” is not a date (dd/mm/yyyy).")
                    % {"value": cell(COL_DECISION_DATE)},
                )
            )
    active_text = fold(cell(COL_ACTIVE))
    if active_text not in YES and active_text not in NO:
        errors.append(
            _error(
                number,
                COL_ACTIVE,
                _("write “Có” or “Không”, not “%(value)s”.") % {"value": cell(COL_ACTIVE)},
            )
        )
    if errors or time is None or level is None:
        return None, errors
    return Row(
        number=number,
        code=code,
        name=cell(COL_NAME),
        field=cell(COL_FIELD),
        level=level,
        agency_text=cell(COL_AGENCY),
        legal_time=time[0],
        legal_time_unit=time[1],
        fees=cell(COL_FEES),
        legal_basis=cell(COL_BASIS),
        decision_number=cell(COL_DECISION),
        decision_date=decision_date,
        is_active=active_text not in NO,
    ), []


PROGRESS_EVERY = 1000


def parse(content: bytes, *, progress: Callable[[int], None] | None = None) -> Parsed:
    """Every row of the file checked. Raises DomainError when the file itself is unusable.
    `progress(rows_checked)` is called every PROGRESS_EVERY rows."""
    table = _header_and_rows(content)
    header_index, header = table[0]
    result = Parsed()
    seen: dict[str, int] = {}
    for offset, cells in enumerate(table[1], start=header_index + 2):
        if progress is not None and (offset - header_index - 1) % PROGRESS_EVERY == 0:
            progress(offset - header_index - 1)
        if not any(cells):
            continue

        def cell(title: str, cells=cells) -> str:
            index = header.get(title)
            return cells[index] if index is not None and index < len(cells) else ""

        row, errors = _check_row(offset, cell)
        code = cell(COL_CODE)
        if code and code in seen:
            errors.append(
                _error(
                    offset,
                    COL_CODE,
                    _("code %(code)s is already on row %(row)d.")
                    % {"code": code, "row": seen[code]},
                )
            )
        elif code:
            seen[code] = offset
        result.errors += errors
        if row is not None and not errors:
            result.rows.append(row)
    if not result.rows and not result.errors:
        raise DomainError(_("The file has no TTHC rows under its header."), field="file")
    return result


def _header_and_rows(content: bytes):
    table = read_table(content)
    header_index, header = _header(table)
    rows = table[header_index + 1 :]
    if len(rows) > MAX_ROWS:
        raise DomainError(_("At most %(count)d TTHC per file.") % {"count": MAX_ROWS}, field="file")
    return (header_index, header), rows


def count_rows(content: bytes) -> int:
    """Rows under the header (for the progress bar). Raises DomainError for an unusable file."""
    _header_info, rows = _header_and_rows(content)
    return sum(1 for cells in rows if any(cells))
