"""Excel export of one period's objectives with their latest value, status and evaluation."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from eiso.objectives.models import Objective


def objectives_workbook(objectives: list[Objective], title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Objectives")[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    header = [
        _("No."),
        _("Unit"),
        _("Objective"),
        _("Indicator"),
        _("Target"),
        _("Measurement frequency"),
        _("Latest value"),
        _("Last measured on"),
        _("Status"),
        _("Result"),
        _("Evaluation state"),
        _("Explanation"),
    ]
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for index, objective in enumerate(objectives, start=1):
        evaluation = getattr(objective, "evaluation", None)
        sheet.append(
            [
                index,
                objective.unit.name if objective.unit else _("The whole agency"),
                objective.statement,
                objective.indicator,
                objective.target_text,
                objective.get_frequency_display(),
                float(objective.latest_value) if objective.latest_value is not None else None,
                objective.latest_measured_on.strftime("%d/%m/%Y")
                if objective.latest_measured_on
                else "",
                objective.get_status_display(),
                evaluation.get_result_display() if evaluation else "",
                evaluation.get_state_display() if evaluation else "",
                evaluation.explanation if evaluation else "",
            ]
        )
    for column, width in zip(
        "ABCDEFGHIJKL", (5, 28, 50, 35, 14, 14, 12, 14, 16, 12, 18, 40), strict=True
    ):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
