"""The flowchart (lưu đồ) of a procedure, drawn from its steps.

`svg(steps)` is an SVG drawn on the server for the pages: a start oval, one box per step (the
task, with the responsible and the time beside it), arrows, an end oval. The official renderer
takes text blocks only, so `table_rows(steps)` gives the same flow as the rows of a three-column
table (responsible | flow | time) for the DOCX and PDF: ovals and boxes as framed lines, arrows
as "▼" between them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH = 720
BOX_X, BOX_W = 200, 340
SIDE_W = 180
LINE_H = 17
PAD = 10
GAP = 30
OVAL_H = 36
FONT = "Be Vietnam Pro, Arial, sans-serif"


def duration_text(step, *, vietnamese: bool = False) -> str:
    """ "2 ngày làm việc", "0,5 ngày làm việc", "4 giờ làm việc" (documents always in Vietnamese)."""
    if step.duration is None:
        return ""
    value = Decimal(step.duration).normalize()
    number = f"{value:f}".replace(".", ",")
    if vietnamese:
        unit = "ngày làm việc" if step.duration_unit == "days" else "giờ làm việc"
    else:
        unit = _("working days") if step.duration_unit == "days" else _("working hours")
    return f"{number} {unit}"


def _lines(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, width) or [""])
    return lines[:8]


def _text(x: float, y: float, lines: Sequence[str], *, anchor="middle", size=13, bold=False):
    weight = ' font-weight="600"' if bold else ""
    spans = "".join(
        f'<tspan x="{x}" dy="{LINE_H if i else 0}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text x="{x}" y="{y}" text-anchor="{anchor}" font-size="{size}"{weight} '
        f'font-family="{FONT}" fill="#1d273b">{spans}</text>'
    )


def _arrow(x: float, y1: float, y2: float) -> str:
    return (
        f'<line x1="{x}" y1="{y1}" x2="{x}" y2="{y2 - 6}" stroke="#475569" stroke-width="1.5"/>'
        f'<polygon points="{x - 5},{y2 - 8} {x + 5},{y2 - 8} {x},{y2}" fill="#475569"/>'
    )


def _oval(y: float, label: str) -> str:
    cx = BOX_X + BOX_W / 2
    return (
        f'<ellipse cx="{cx}" cy="{y + OVAL_H / 2}" rx="70" ry="{OVAL_H / 2}" fill="#e8f1fb" '
        f'stroke="#206bc4" stroke-width="1.5"/>' + _text(cx, y + OVAL_H / 2 + 5, [label], bold=True)
    )


def svg(steps: Sequence, *, title: str = "") -> SafeString:
    """The flowchart as an inline SVG element (all text escaped)."""
    cx = BOX_X + BOX_W / 2
    parts: list[str] = []
    y = 10.0
    parts.append(_oval(y, _("Start")))
    y += OVAL_H
    for step in steps:
        task_lines = _lines(f"B{step.order}. {step.task}", 44)
        side_lines = _lines(step.responsible, 24)
        height = max(len(task_lines), len(side_lines)) * LINE_H + 2 * PAD
        parts.append(_arrow(cx, y, y + GAP))
        y += GAP
        parts.append(
            f'<rect x="{BOX_X}" y="{y}" width="{BOX_W}" height="{height}" rx="4" '
            f'fill="#ffffff" stroke="#206bc4" stroke-width="1.5"/>'
        )
        parts.append(_text(cx, y + PAD + 12, task_lines))
        parts.append(_text(BOX_X - 12, y + PAD + 12, side_lines, anchor="end", size=12))
        time_lines = [duration_text(step)] if step.duration is not None else []
        if step.output:
            time_lines += _lines(step.output, 22)
        parts.append(
            _text(BOX_X + BOX_W + 12, y + PAD + 12, time_lines[:4], anchor="start", size=12)
        )
        y += height
    parts.append(_arrow(cx, y, y + GAP))
    y += GAP
    parts.append(_oval(y, _("End")))
    y += OVAL_H + 10
    label = escape(title or _("Flowchart"))
    return mark_safe(  # noqa: S308  (every text above went through escape())
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {int(y)}" '
        f'width="100%" role="img" aria-label="{label}" class="documents-flowchart">'
        f"<title>{label}</title>{''.join(parts)}</svg>"
    )


def table_rows(steps: Sequence) -> list[tuple[str, str, str]]:
    """(responsible, flow, time) rows drawing the flow in text for the official renderer."""
    rows = [("", "( Bắt đầu )\n▼", "")]
    for step in steps:
        rows.append(
            (
                step.responsible,
                f"[ B{step.order}. {step.task} ]\n▼",
                duration_text(step, vietnamese=True),
            )
        )
    rows.append(("", "( Kết thúc )", ""))
    return rows
