"""Body blocks (paragraphs, headings, lists, articles, tables) written into a python-docx container."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from docx.enum.text import WD_BREAK

from . import docx_parts as parts
from .docx_parts import BODY_SIZE, Style
from .labels import Labels
from .model import (
    Align,
    Article,
    Block,
    BulletList,
    CenteredLine,
    Heading,
    LegalBases,
    PageBreak,
    Paragraph,
    Run,
    Table,
)

# Word's "single" for Times New Roman is about 1.15 em, the line height of the PDF stylesheet.
BODY_LINE_SPACING = 1.0
BODY_AFTER = 6


BODY_STYLE = Style(
    size=BODY_SIZE,
    align=Align.JUSTIFY,
    indent=True,
    after=BODY_AFTER,
    line=BODY_LINE_SPACING,
)


def body_style(**changes: Any) -> Style:
    return replace(BODY_STYLE, **changes)


def write_blocks(container, blocks: Iterable[Block], *, width_mm: float, labels: Labels) -> None:
    for block in blocks:
        writer = _WRITERS[type(block)]
        writer(container, block, width_mm=width_mm, labels=labels)


def _paragraph(container, block: Paragraph, **_) -> None:
    style = body_style(align=block.align, indent=block.indent, bold=block.bold, italic=block.italic)
    parts.write(container, block.runs, style)


def _heading(container, block: Heading, **_) -> None:
    style = body_style(bold=block.level < 3, italic=block.level == 3, keep_with_next=True, before=0)
    parts.write(container, block.display, style)


def _legal_bases(container, block: LegalBases, **_) -> None:
    for line in block.lines:
        parts.write(container, line, body_style(italic=True))


def _bullets(container, block: BulletList, **_) -> None:
    for item in block.items:
        parts.write(container, (Run(f"{block.marker} "), *item), body_style())


def _article(container, block: Article, *, labels: Labels, **_) -> None:
    label = labels.article_label(block.number)
    paragraphs = list(block.paragraphs)
    if block.title:
        parts.write(container, f"{label} {block.title}", body_style(bold=True, keep_with_next=True))
    else:
        first = paragraphs.pop(0) if paragraphs else ()
        parts.write(container, (Run(label, bold=True), Run(" "), *first), body_style())
    for runs in paragraphs:
        parts.write(container, runs, body_style())


def _centered(container, block: CenteredLine, **_) -> None:
    style = body_style(
        align=Align.CENTER,
        indent=False,
        bold=block.bold,
        italic=block.italic,
        before=6,
        keep_with_next=True,
    )
    parts.write(container, block.text, style)


def _page_break(container, block: PageBreak, **_) -> None:
    container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table(container, block: Table, *, width_mm: float, **_) -> None:
    widths = [width_mm * share for share in block.relative_widths()]
    table = parts.add_table(container, len(block.rows) + 1, widths, borders=True)
    rows = table.rows
    cell_style = Style(size=block.font_size, align=Align.LEFT, before=2, after=2)
    header = rows[0]
    parts.keep_row_together(header, repeat_as_header=True)
    for cell, column in zip(header.cells, block.columns, strict=True):
        parts.center_vertically(cell)
        style = Style(size=block.font_size, bold=True, align=Align.CENTER, before=2, after=2)
        parts.write(cell, column.title, style, reuse=True)
    for row_model, row in zip(block.rows, rows[1:], strict=True):
        parts.keep_row_together(row)
        cells = row.cells
        if row_model.group:
            merged = cells[0].merge(cells[-1])
            text = " ".join(cell for cell in row_model.cells if cell)
            parts.write(merged, text, Style(**{**cell_style.__dict__, "bold": True}), reuse=True)
            continue
        for cell, text, column in zip(cells, row_model.cells, block.columns, strict=True):
            style = Style(**{**cell_style.__dict__, "align": column.align, "bold": row_model.bold})
            parts.write(cell, text, style, reuse=True)
    # A small gap after the table so following text does not touch its border.
    container.add_paragraph().paragraph_format.space_after = 0


# Keyed by the block's class; each writer takes its own block type (hence the loose signature).
_WRITERS: dict[type, Callable[..., None]] = {
    Paragraph: _paragraph,
    Heading: _heading,
    LegalBases: _legal_bases,
    BulletList: _bullets,
    Article: _article,
    CenteredLine: _centered,
    PageBreak: _page_break,
    Table: _table,
}
