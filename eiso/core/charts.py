"""Small charts drawn on the server as inline SVG (no JavaScript, no chart library).

Pages load no script for them and the CSP needs nothing: every colour, size and font is an SVG
presentation attribute, the width follows the container through the viewBox. Each chart is an
``<svg role="img">`` named by its ``<title>`` and described by a ``<desc>`` that reads the data out
in words; each bar or point also carries its own ``<title>`` (the full label and value, shown as a
tooltip), so a label shortened on the axis stays available in full. The data tables under the
charts on the pages stay the primary, exact record.

Pure functions: ``bar_chart`` (vertical or horizontal bars), ``stacked_bar`` (the share of each
part of a whole, with a legend) and ``line_chart`` (values over time against a target line).
Every text goes through ``escape()``; numbers are formatted the Vietnamese way (decimal comma,
dot between thousands).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

Number = int | float | Decimal

FONT = "Be Vietnam Pro, Arial, sans-serif"
# Tabler's palette: primary, red, orange, green, purple, cyan, grey.
COLOURS = ("#066fd1", "#d63939", "#f76707", "#2fb344", "#ae3ec9", "#17a2b8", "#667382")
PRIMARY, DANGER = COLOURS[0], COLOURS[1]
TEXT = "#182433"
MUTED = "#5b6677"
GRID = "#dce1e7"


class Scale(NamedTuple):
    """The value axis: from ``low`` to ``high`` in steps of ``step`` (``low`` ≤ every value)."""

    low: float
    high: float
    step: float

    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [_clean(self.low + i * self.step) for i in range(count + 1)]

    def position(self, value: float, start: float, length: float) -> float:
        """Where ``value`` falls on an axis drawn from ``start`` over ``length`` units."""
        return start + (value - self.low) / (self.high - self.low) * length


def _clean(value: float) -> float:
    """Drops the float noise of repeated sums (0.30000000000000004 -> 0.3)."""
    return round(value, 9) + 0.0


def nice_scale(
    values: Sequence[Number], *, zero: bool = True, integer: bool = False, ticks: int = 4
) -> Scale:
    """A readable axis covering ``values`` with about ``ticks`` steps of 1, 2, 2.5 or 5 × 10ⁿ.

    ``zero`` keeps 0 on the axis (bars grow from it); ``integer`` keeps whole steps (counts).
    No value, or only zeros, gives 0 to 1 (to 1 step of 1 for counts, 0.25 otherwise).
    """
    numbers = [float(v) for v in values]
    if zero:
        numbers.append(0.0)
    if not numbers:
        numbers = [0.0]
    low, high = min(numbers), max(numbers)
    if low == high:
        # One value (or all equal): an axis around it, from 0 where 0 is kept.
        if low == 0:
            high = 1.0
        elif zero:
            low, high = min(low, 0.0), max(high, 0.0)
        else:
            spread = abs(low) / 10 or 1.0
            low, high = low - spread, high + spread
    raw = (high - low) / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999999)
    if integer:
        step = max(1.0, float(math.ceil(step)))
    return Scale(
        _clean(math.floor(low / step + 1e-9) * step),
        _clean(math.ceil(high / step - 1e-9) * step),
        _clean(step),
    )


def format_number(value: Number, *, decimals: int | None = None) -> str:
    """1234.5 -> "1.234,5"; 100.00 -> "100"; -0.25 -> "-0,25" (Vietnamese separators)."""
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if decimals is not None:
        number = round(number, decimals)
    text = f"{number:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def shorten(text: str, limit: int) -> str:
    """The text cut to ``limit`` characters with "…" when longer."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _n(value: float) -> str:
    """A coordinate: at most one decimal, no trailing ".0"."""
    text = f"{round(value, 1) + 0.0:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _text(x: float, y: float, text: str, *, anchor="start", size=12, fill=TEXT, bold=False):
    weight = ' font-weight="600"' if bold else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" font-size="{size}"{weight} '
        f'fill="{fill}">{escape(text)}</text>'
    )


def _svg(ident: str, width: int, height: float, title: str, desc: str, body: str) -> SafeString:
    ident = escape(ident)
    return mark_safe(  # noqa: S308  (every text of body, title and desc went through escape())
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {_n(height)}" '
        f'width="100%" role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'class="eiso-chart" id="{ident}" font-family="{FONT}">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def _describe(items: Sequence[tuple[str, Number]], unit: str = "") -> str:
    suffix = f" {unit}" if unit else ""
    return "; ".join(f"{label}: {format_number(value)}{suffix}" for label, value in items)


def _no_data(ident: str, width: int, title: str, empty: str) -> SafeString:
    """The frame of a chart without data: ``empty`` (e.g. "No measurement yet.") in its middle."""
    body = _text(width / 2, 36, empty, anchor="middle", size=13, fill=MUTED)
    return _svg(ident, width, 56, title, empty, body)


def _wrap(text: str, limit: int) -> list[str]:
    """At most two lines of ``limit`` characters (the second shortened with "…")."""
    words, lines, line = str(text).split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [shorten(item, limit) for item in lines]


def bar_chart(
    items: Sequence[tuple[str, Number]],
    *,
    ident: str,
    title: str,
    horizontal: bool = False,
    integer: bool = True,
    colour: str = PRIMARY,
    label_limit: int = 22,
    empty: str = "—",
) -> SafeString:
    """Bars for (label, value) pairs, each with its value written at its end.

    Vertical bars suit a few short categories (labels on two lines below); horizontal bars suit
    names (units): one row per item, the name shortened to ``label_limit`` characters on the left.
    """
    if not items:
        return _no_data(ident, 320, title, empty)
    scale = nice_scale([v for _l, v in items], integer=integer)
    desc = _describe(items)
    parts: list[str] = []
    if horizontal:
        width, left, right, top, row = 320, 148, 24, 8, 28
        plot_w = width - left - right
        height = top + row * len(items) + 24
        zero_x = scale.position(0, left, plot_w)
        for tick in scale.ticks():
            x = scale.position(tick, left, plot_w)
            parts.append(
                f'<line x1="{_n(x)}" y1="{top}" x2="{_n(x)}" y2="{_n(height - 22)}" '
                f'stroke="{GRID}" stroke-width="1"/>'
            )
            parts.append(
                _text(x, height - 8, format_number(tick), anchor="middle", size=11, fill=MUTED)
            )
        for i, (label, value) in enumerate(items):
            y = float(top + i * row)
            x = scale.position(float(value), left, plot_w)
            x0, x1 = min(zero_x, x), max(zero_x, x)
            text = format_number(value)
            parts.append(
                f"<g><title>{escape(label)}: {escape(text)}</title>"
                + _text(left - 6, y + row / 2 + 4, shorten(label, label_limit), anchor="end")
                + f'<rect x="{_n(x0)}" y="{_n(y + 5)}" width="{_n(x1 - x0)}" '
                f'height="{row - 10}" rx="2" fill="{colour}"/>'
                + _text(
                    x1 + 4 if float(value) >= 0 else x0 - 4,
                    y + row / 2 + 4,
                    text,
                    anchor="start" if float(value) >= 0 else "end",
                    bold=True,
                )
                + "</g>"
            )
        parts.append(
            f'<line x1="{_n(zero_x)}" y1="{top}" x2="{_n(zero_x)}" y2="{_n(height - 22)}" '
            f'stroke="{MUTED}" stroke-width="1"/>'
        )
        return _svg(ident, width, height, title, desc, "".join(parts))

    width, height, left, right, top, bottom = 320, 220, 30, 4, 20, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(items)
    bar_w = min(56.0, slot * 0.6)
    zero_y = scale.position(0, top + plot_h, -plot_h)
    for tick in scale.ticks():
        y = scale.position(tick, top + plot_h, -plot_h)
        parts.append(
            f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(_text(left - 5, y + 4, format_number(tick), anchor="end", size=11, fill=MUTED))
    limit = max(6, int(slot / 6.5))
    for i, (label, value) in enumerate(items):
        cx = left + slot * (i + 0.5)
        y = scale.position(float(value), top + plot_h, -plot_h)
        y0, y1 = min(zero_y, y), max(zero_y, y)
        text = format_number(value)
        lines = _wrap(label, limit)
        labels = "".join(
            _text(cx, top + plot_h + 16 + 14 * j, line, anchor="middle", size=11)
            for j, line in enumerate(lines)
        )
        value_y = y0 - 5 if float(value) >= 0 else y1 + 14
        parts.append(
            f"<g><title>{escape(label)}: {escape(text)}</title>"
            f'<rect x="{_n(cx - bar_w / 2)}" y="{_n(y0)}" width="{_n(bar_w)}" '
            f'height="{_n(y1 - y0)}" rx="2" fill="{colour}"/>'
            + _text(cx, value_y, text, anchor="middle", bold=True)
            + labels
            + "</g>"
        )
    parts.append(
        f'<line x1="{left}" y1="{_n(zero_y)}" x2="{width - right}" y2="{_n(zero_y)}" '
        f'stroke="{MUTED}" stroke-width="1"/>'
    )
    return _svg(ident, width, height, title, desc, "".join(parts))


def stacked_bar(
    items: Sequence[tuple[str, Number]],
    *,
    ident: str,
    title: str,
    label_limit: int = 28,
    empty: str = "—",
) -> SafeString:
    """One bar split into the parts of a whole (zero and negative parts left out), then a legend:
    a colour, the label, the count and its share in per cent."""
    parts_in = [(label, value) for label, value in items if float(value) > 0]
    if not parts_in:
        return _no_data(ident, 320, title, empty)
    width, bar_h, row = 320, 28, 24
    total = sum(float(v) for _l, v in parts_in)
    parts: list[str] = []
    x = 0.0
    legend_top = bar_h + 22
    for i, (label, value) in enumerate(parts_in):
        colour = COLOURS[i % len(COLOURS)]
        share = float(value) / total
        segment = share * width
        text = format_number(value)
        percent = format_number(round(share * 100), decimals=0) + " %"
        tip = f"<title>{escape(label)}: {escape(text)} ({escape(percent)})</title>"
        parts.append(
            f'<g>{tip}<rect x="{_n(x)}" y="0" width="{_n(segment)}" height="{bar_h}" '
            f'fill="{colour}" stroke="#ffffff" stroke-width="1"/></g>'
        )
        y = legend_top + i * row
        parts.append(
            f'<g>{tip}<rect x="0" y="{_n(y - 10)}" width="12" height="12" rx="2" '
            f'fill="{colour}"/>'
            + _text(18, y, shorten(label, label_limit), size=13)
            + _text(width - 46, y, text, anchor="end", size=13, bold=True)
            + _text(width, y, percent, anchor="end", size=13, fill=MUTED)
            + "</g>"
        )
        x += segment
    height = legend_top + (len(parts_in) - 1) * row + 8
    return _svg(ident, width, height, title, _describe(parts_in), "".join(parts))


def line_chart(
    points: Sequence[tuple[str, Number]],
    *,
    ident: str,
    title: str,
    target: Number | None = None,
    target_label: str = "",
    unit: str = "",
    unit_limit: int = 16,
    empty: str = "—",
) -> SafeString:
    """Values in order (label = the date) joined by a line, each written above its point, and a
    dashed red line across at ``target`` with ``target_label`` at its right end. The value axis
    covers the values and the target without forcing 0 (a trend near 95 % stays readable)."""
    if not points:
        return _no_data(ident, 460, title, empty)
    width, height, left, right, top, bottom = 460, 250, 44, 12, 40, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [float(v) for _l, v in points]
    covered = values + ([float(target)] if target is not None else [])
    # A little room above the highest and below the lowest point (never below 0 for data that
    # has no negative value), so no point sits on the frame.
    low, high = min(covered), max(covered)
    room = (high - low) * 0.08
    covered += [high + room, low - room if low < 0 or low - room >= 0 else 0.0]
    scale = nice_scale(covered, zero=False)
    slot = plot_w / len(points)
    parts: list[str] = []
    for tick in scale.ticks():
        y = scale.position(tick, top + plot_h, -plot_h)
        parts.append(
            f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(_text(left - 6, y + 4, format_number(tick), anchor="end", size=12, fill=MUTED))
    if unit:
        parts.append(
            f"<g><title>{escape(unit)}</title>"
            + _text(0, 14, shorten(unit, unit_limit), size=12, fill=MUTED)
            + "</g>"
        )
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" '
        f'stroke="{MUTED}" stroke-width="1"/>'
    )
    if target is not None:
        y = scale.position(float(target), top + plot_h, -plot_h)
        label = target_label or format_number(target)
        # The legend of the dashed line, top right (its width estimated from the text).
        key_x = width - right - len(label) * 7 - 30
        parts.append(
            f"<g><title>{escape(label)}</title>"
            f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" stroke="{DANGER}" '
            f'stroke-width="2" stroke-dasharray="6 4"/>'
            f'<line x1="{_n(key_x)}" y1="10" x2="{_n(key_x + 24)}" y2="10" stroke="{DANGER}" '
            f'stroke-width="2" stroke-dasharray="6 4"/>'
            + _text(width - right, 14, label, anchor="end", size=13, fill=DANGER, bold=True)
            + "</g>"
        )
    every = max(1, math.ceil(len(points) / max(1, int(plot_w // 80))))
    coords = []
    for i, (label, value) in enumerate(points):
        x = left + slot * (i + 0.5)
        y = scale.position(float(value), top + plot_h, -plot_h)
        coords.append((x, y))
        if i % every == 0:
            parts.append(_text(x, height - bottom + 18, label, anchor="middle", size=12))
    if len(coords) > 1:
        path = " ".join(f"{_n(x)},{_n(y)}" for x, y in coords)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{PRIMARY}" stroke-width="2.5" '
            f'stroke-linejoin="round"/>'
        )
    suffix = f" {unit}" if unit else ""
    for (label, value), (x, y) in zip(points, coords, strict=True):
        text = format_number(value)
        parts.append(
            f"<g><title>{escape(label)}: {escape(text + suffix)}</title>"
            f'<circle cx="{_n(x)}" cy="{_n(y)}" r="4.5" fill="#ffffff" stroke="{PRIMARY}" '
            f'stroke-width="2.5"/>'
            + (_text(x, y - 10, text, anchor="middle", size=13, bold=True) if every == 1 else "")
            + "</g>"
        )
    desc = _describe(points, unit)
    if target is not None:
        desc = f"{desc}. {target_label or format_number(target)}"
    return _svg(ident, width, height, title, desc, "".join(parts))
