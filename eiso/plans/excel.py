"""Excel in and out: import a task table into a draft plan, export plans and task status.

Import reads the first sheet; the header row is the first row with a "Nội dung" cell, columns
are found by their titles (TT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện;
for a province-wide plan also "Cơ quan thực hiện"). All or nothing: every row is checked first,
and one bad row rejects the file with a list naming each row and column at fault.

Units are matched by name or abbreviation within the plan's agency (agencies within the
province for a province-wide plan); group phrases such as "Các phòng thuộc Sở", "Ban ISO",
"Lãnh đạo Sở" are kept as printed text; anything else is reported as unknown.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass

from django.db import transaction
from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.organizations.models import Agency, Unit
from eiso.plans import events, permissions, services, timeframes
from eiso.plans.models import Plan, PlanScope

COL_ORDER, COL_CONTENT, COL_LEAD, COL_COORD, COL_TIME, COL_AGENCIES = (
    "TT",
    "Nội dung",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian thực hiện",
    "Cơ quan thực hiện",
)
COLUMNS = (COL_ORDER, COL_CONTENT, COL_LEAD, COL_COORD, COL_TIME)
REQUIRED = (COL_CONTENT, COL_LEAD, COL_TIME)
GROUP_PREFIXES = (
    "các phòng",
    "các đơn vị",
    "các bộ phận",
    "các cơ quan",
    "các sở",
    "ban iso",
    "ban chỉ đạo",
    "lãnh đạo",
    "ban giám đốc",
    "tổ iso",
    "thư ký iso",
    "cán bộ",
    "toàn thể",
    "ubnd các",
)
MAX_ROWS = 500
DATE_FORMAT = "dd/mm/yyyy"


class ImportRejected(DomainError):
    """The file was refused; `errors` lists "Dòng n, cột …: …" messages, in row order."""

    def __init__(self, errors: list[str]):
        super().__init__(
            _("The file was not imported: %(count)d error(s).") % {"count": len(errors)},
            field="file",
        )
        self.errors = errors


def _fold(text: str) -> str:
    return " ".join(str(text or "").split()).casefold()


@dataclass
class _Names:
    """Known units (or agencies) by folded name and abbreviation."""

    by_name: dict

    @classmethod
    def for_plan(cls, plan: Plan) -> _Names:
        if plan.scope == PlanScope.PROVINCE:
            items = Agency.objects.filter(province_id=plan.agency.province_id, is_active=True)
            keys = lambda a: (a.name, a.short_name, a.symbol)  # noqa: E731
        else:
            items = Unit.objects.filter(agency=plan.agency, is_active=True)
            keys = lambda u: (u.name, u.symbol)  # noqa: E731
        by_name: dict = {}
        for item in items:
            for key in keys(item):
                if key:
                    by_name.setdefault(_fold(key), item)
        return cls(by_name)

    def resolve(self, text: str) -> tuple[list, list[str]]:
        """(known items, unknown parts) of a cell such as "Lãnh đạo Sở, Ban ISO"."""
        found, unknown = [], []
        for part in re.split(r"[,;\n]", text):
            key = _fold(part)
            if not key:
                continue
            if key in self.by_name:
                found.append(self.by_name[key])
            elif not key.startswith(GROUP_PREFIXES):
                unknown.append(" ".join(part.split()))
        return found, unknown


def _cell_text(value) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"Trước {value:%d/%m/%Y}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value if value is not None else "").split())


def _read_rows(file) -> tuple[dict[str, int], list[tuple[int, list]]]:
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not .xlsx
        raise DomainError(_("The file is not an Excel workbook (.xlsx)."), field="file") from None
    sheet = workbook.worksheets[0]
    header: dict[str, int] = {}
    rows: list[tuple[int, list]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell_text(v) for v in values]
        if not header:
            folded = [_fold(c) for c in cells]
            if _fold(COL_CONTENT) in folded:
                for title in (*COLUMNS, COL_AGENCIES):
                    if _fold(title) in folded:
                        header[title] = folded.index(_fold(title))
            continue
        if any(cells):
            rows.append((number, cells))
    workbook.close()
    if not header:
        raise DomainError(_("No header row with a “Nội dung” column was found."), field="file")
    missing = [title for title in REQUIRED if title not in header]
    if missing:
        raise DomainError(
            _("Missing column(s): %(columns)s.") % {"columns": ", ".join(missing)}, field="file"
        )
    if len(rows) > MAX_ROWS:
        raise DomainError(
            _("At most %(count)d tasks per file.") % {"count": MAX_ROWS}, field="file"
        )
    return header, rows


def _unknown(row: int, column: str, parts: list[str], plan: Plan) -> list[str]:
    where = plan.agency.name if plan.scope == PlanScope.AGENCY else plan.agency.province.full_name
    return [
        _("Row %(row)d, column “%(column)s”: unknown unit “%(unit)s” in %(where)s.")
        % {"row": row, "column": column, "unit": part, "where": where}
        for part in parts
    ]


def _lead(names: _Names, text: str, plan: Plan) -> dict:
    found, _unknown_parts = names.resolve(text)
    first = found[0] if found else None
    printed = first is not None and len(found) == 1 and _fold(first.name) == _fold(text)
    key = "lead_agency" if plan.scope == PlanScope.PROVINCE else "lead_unit"
    return {key: first, "lead_label": "" if printed else text}


def _row_data(plan: Plan, names: _Names, header: dict, row: int, cells: list):
    """(TaskData or None, errors) for one row."""

    def cell(title: str) -> str:
        index = header.get(title)
        return cells[index] if index is not None and index < len(cells) else ""

    errors: list[str] = []
    for title in REQUIRED:
        if not cell(title):
            errors.append(
                _("Row %(row)d, column “%(column)s”: this cell is empty.")
                % {"row": row, "column": title}
            )
    _found, lead_unknown = names.resolve(cell(COL_LEAD))
    coord_found, coord_unknown = names.resolve(cell(COL_COORD))
    errors += _unknown(row, COL_LEAD, lead_unknown, plan)
    errors += _unknown(row, COL_COORD, coord_unknown, plan)
    assigned: list = []
    if plan.scope == PlanScope.PROVINCE and cell(COL_AGENCIES):
        assigned, agency_unknown = names.resolve(cell(COL_AGENCIES))
        errors += _unknown(row, COL_AGENCIES, agency_unknown, plan)
    frame = None
    if cell(COL_TIME):
        try:
            frame = timeframes.parse(cell(COL_TIME), year=plan.year)
        except timeframes.TimeframeError as error:
            errors.append(
                _("Row %(row)d, column “%(column)s”: %(message)s")
                % {"row": row, "column": COL_TIME, "message": error}
            )
    if errors:
        return None, errors
    coordinated = [c for c in coord_found if isinstance(c, Unit)]
    printed = ", ".join(c.name for c in coord_found)
    data = services.TaskData(
        content=cell(COL_CONTENT),
        coordinating_units=coordinated if plan.scope == PlanScope.AGENCY else [],
        coordinating_label="" if _fold(printed) == _fold(cell(COL_COORD)) else cell(COL_COORD),
        timeframe_kind=frame.kind,
        start_date=frame.start_date,
        due_date=frame.due_date,
        rhythm=frame.rhythm,
        regulation=frame.regulation,
        timeframe_label=frame.label,
        assigned_agencies=list(dict.fromkeys(assigned)),
        **_lead(names, cell(COL_LEAD), plan),
    )
    if plan.scope == PlanScope.PROVINCE and not data.assigned_agencies and data.lead_agency:
        data.assigned_agencies = [data.lead_agency]
    try:
        services.clean_task(plan, data)
    except DomainError as error:
        return None, [_("Row %(row)d: %(message)s") % {"row": row, "message": error.message}]
    return data, []


@transaction.atomic
def import_tasks(*, actor, plan: Plan, file, replace: bool = False) -> int:
    """Add (or, with `replace`, replace) the plan's tasks from an .xlsx file; all or nothing."""
    if not permissions.can_edit_plan(actor, plan):
        from eiso.core.errors import PermissionDenied

        raise PermissionDenied()
    header, rows = _read_rows(file)
    if not rows:
        raise DomainError(_("The file has no task rows."), field="file")
    names = _Names.for_plan(plan)
    checked = [_row_data(plan, names, header, number, cells) for number, cells in rows]
    errors = [message for _data, row_errors in checked for message in row_errors]
    if errors:
        raise ImportRejected(errors)
    if replace:
        plan.tasks.all().delete()
    for data, _errors in checked:
        services.task_add(actor=actor, plan=plan, data=data)
    audit.record(
        actor=actor,
        action=events.PLAN_IMPORT,
        obj=plan,
        changes={"tasks": [None, len(checked)], "replace": [None, replace]},
    )
    return len(checked)


# Export ----------------------------------------------------------------------------------------


def _bold(sheet, values):
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def _date(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def _response(workbook: Workbook, filename: str) -> FileResponse:
    handle = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it)
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=filename)


def plans_workbook(plans) -> Workbook:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Plans"))
    sheet.append(
        _bold(
            sheet,
            [
                _("Agency"),
                _("Year"),
                _("Number and symbol"),
                _("Date of issue"),
                _("Title"),
                _("Scope"),
                _("Status"),
                _("Tasks"),
                _("Done"),
            ],
        )
    )
    for plan in plans.iterator(chunk_size=500):
        sheet.append(
            [
                plan.agency.name,
                plan.year,
                plan.number_symbol,
                _date(sheet, plan.issued_on),
                plan.title,
                plan.get_scope_display(),
                plan.get_status_display(),
                plan.task_count,
                plan.done_count,
            ]
        )
    return workbook


def plans_response(plans) -> FileResponse:
    stamp = timezone.localdate().strftime("%Y%m%d")
    return _response(plans_workbook(plans), f"ke-hoach-iso-{stamp}.xlsx")


def task_columns() -> list[str]:
    return [*COLUMNS, _("Status"), _("Progress (%)"), _("Completed on"), _("Due date")]


def tasks_workbook(plan: Plan, tasks) -> Workbook:
    """The task table with each task's status; the first five columns re-import as they are."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Tasks"))
    sheet.append([plan.number_symbol or _("Draft"), plan.title])
    sheet.append(_bold(sheet, task_columns()))
    for task in tasks:
        sheet.append(
            [
                task.order,
                task.content,
                task.lead_text(),
                task.coordinating_text(list(task.coordinating_units.all())),
                task.timeframe_text(),
                task.get_status_display(),
                task.progress,
                _date(sheet, task.completed_on),
                _date(sheet, task.due_date),
            ]
        )
    return workbook


def tasks_response(plan: Plan, tasks) -> FileResponse:
    symbol = (plan.number_symbol or "du-thao").replace("/", "-")
    return _response(tasks_workbook(plan, tasks), f"nhiem-vu-{symbol}-{plan.year}.xlsx")
