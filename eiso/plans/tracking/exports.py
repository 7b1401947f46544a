"""Excel status matrix of a province-wide plan: one row per agency, one column per task, each
cell the agency's status and progress; a last column counts the agency's overdue tasks."""

from __future__ import annotations

import tempfile

from django.http import FileResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from eiso.plans.models import TaskStatus
from eiso.plans.tracking.selectors import DUE_SOON

FILLS = {
    TaskStatus.DONE: PatternFill("solid", fgColor="C6EFCE"),
    TaskStatus.OVERDUE: PatternFill("solid", fgColor="FFC7CE"),
    TaskStatus.IN_PROGRESS: PatternFill("solid", fgColor="FFEB9C"),
    DUE_SOON: PatternFill("solid", fgColor="FFEB9C"),
}


def status_label(status: str) -> str:
    if status == DUE_SOON:
        return str(_("Due soon"))
    return str(TaskStatus(status).label)


def _header(sheet, plan, tasks) -> list:
    bold = Font(bold=True)
    cells = []
    for text in [_("Agency"), *[f"{t.order}. {t.content[:60]}" for t in tasks], _("Overdue")]:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    return cells


def _cell(sheet, share):
    if share is None:
        return WriteOnlyCell(sheet, value="—")
    cell = WriteOnlyCell(sheet, value=f"{status_label(share.current)} ({share.progress}%)")
    fill = FILLS.get(share.current)
    if fill is not None:
        cell.fill = fill
    return cell


def status_matrix_response(plan, tasks, rows) -> FileResponse:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(_("Status"))[:31])
    sheet.column_dimensions["A"].width = 45
    title = WriteOnlyCell(sheet, value=f"{plan.number_symbol} — {plan.title}")
    title.font = Font(bold=True, size=13)
    sheet.append([title])
    sheet.append(_header(sheet, plan, tasks))
    for agency, shares in rows:
        overdue = sum(1 for s in shares.values() if s.current == TaskStatus.OVERDUE)
        sheet.append([agency.name, *[_cell(sheet, shares.get(task.pk)) for task in tasks], overdue])
    handle = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it)
    workbook.save(handle)
    handle.seek(0)
    name = f"tien-do-{slugify(plan.number_symbol) or plan.pk}.xlsx"
    return FileResponse(
        handle,
        as_attachment=True,
        filename=name,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
