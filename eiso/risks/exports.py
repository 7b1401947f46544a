"""Excel export of the register of risks and opportunities (with their treatment actions)."""

from __future__ import annotations

import io

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from eiso.risks.models import Risk, Treatment

FORMULA_STARTS = ("=", "+", "-", "@")


def _text(value) -> str:
    """Cell text that a spreadsheet never runs as a formula."""
    text = str(value or "")
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _treatments(risk: Risk) -> str:
    lines = []
    for treatment in risk.treatments.all():
        lines.append(
            "• {action} ({owner}, {due}, {status})".format(
                action=treatment.action,
                owner=treatment.owner.full_name or treatment.owner.username,
                due=treatment.due_date.strftime("%d/%m/%Y"),
                status=treatment.get_status_display(),
            )
        )
    return _text("\n".join(lines))


def register_workbook(agency, risks: QuerySet[Risk]) -> bytes:
    """The register as one sheet; three queries whatever its size (risks, treatments, owners)."""
    rows = risks.prefetch_related(
        Prefetch(
            "treatments", queryset=Treatment.objects.select_related("owner").order_by("due_date")
        )
    )
    book = Workbook()
    sheet = book.active
    sheet.title = _("Risk register")[:31]
    sheet.append(
        [
            _("Register of risks and opportunities — %(agency)s (%(date)s)")
            % {"agency": agency.name, "date": timezone.localdate().strftime("%d/%m/%Y")}
        ]
    )
    sheet["A1"].font = Font(bold=True, size=13)
    header = [
        _("Code"),
        _("Type"),
        _("Risk or opportunity"),
        _("Unit"),
        _("Procedure or process"),
        _("Arising from"),
        _("Likelihood"),
        _("Impact"),
        _("Score"),
        pgettext("risk", "Level"),
        _("Treatment actions"),
        _("Residual score"),
        _("Residual level"),
        _("Risk owner"),
        _("Next review"),
        _("Status"),
    ]
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for risk in rows:
        source = risk.source_issue or risk.source_party
        sheet.append(
            [
                risk.code,
                risk.get_kind_display(),
                _text(risk.title),
                risk.unit.name if risk.unit else _("The whole agency"),
                _text(
                    " — ".join(
                        part
                        for part in (
                            f"{risk.procedure.code} {risk.procedure.title}"
                            if risk.procedure
                            else "",
                            risk.process,
                        )
                        if part
                    )
                ),
                _text(str(source)) if source else "",
                risk.likelihood,
                risk.impact,
                risk.score,
                risk.get_level_display(),
                _treatments(risk),
                risk.residual_score,
                risk.get_residual_level_display() if risk.residual_level else "",
                (risk.owner.full_name or risk.owner.username) if risk.owner else "",
                risk.review_date.strftime("%d/%m/%Y") if risk.review_date else "",
                risk.get_status_display(),
            ]
        )
    widths = (9, 10, 48, 24, 24, 36, 10, 9, 7, 11, 60, 9, 11, 22, 12, 16)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
