"""Low-level python-docx helpers: styles, sections, paragraphs, rules, tables and fields."""

from __future__ import annotations

from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable

from .model import Align, Run
from .text import clean

FONT = "Times New Roman"
BODY_SIZE = 14
FIRST_LINE_INDENT_MM = 12.7
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20, 20, 30, 15
HEADER_DISTANCE_MM = 10

# Schema order of the children we add (Word rejects out-of-order properties).
_TBL_PR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")
_TBL_PR_AFTER_LAYOUT = ("w:tblCellMar", "w:tblLook", "w:tblCaption")
_TBL_PR_AFTER_MARGINS = ("w:tblLook", "w:tblCaption", "w:tblDescription")
_P_PR_AFTER_BORDERS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_SECT_PR_AFTER_PAGE_NUMBERS = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)

_ALIGN = {
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}


def text_width(landscape: bool) -> float:
    width = PAGE_HEIGHT_MM if landscape else PAGE_WIDTH_MM
    return width - MARGIN_LEFT_MM - MARGIN_RIGHT_MM


def _declare_font(rpr) -> None:
    """Times New Roman for every script slot, without theme fonts (which would win over it)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def new_document():
    """A blank document whose defaults and every style use Times New Roman 14 pt, Vietnamese."""
    document = Document()
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _declare_font(rpr)
    for tag, value in (("w:sz", str(BODY_SIZE * 2)), ("w:szCs", str(BODY_SIZE * 2))):
        element = rpr.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            rpr.append(element)
        element.set(qn("w:val"), value)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
    for fonts in styles_element.iter(qn("w:rFonts")):
        _declare_font(fonts.getparent())
    normal = document.styles["Normal"]
    normal.font.name = FONT
    _declare_font(normal.element.get_or_add_rPr())
    normal.font.size = Pt(BODY_SIZE)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    return document


def setup_section(section, *, landscape: bool = False, top_mm: float = MARGIN_TOP_MM) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (
        (PAGE_HEIGHT_MM, PAGE_WIDTH_MM) if landscape else (PAGE_WIDTH_MM, PAGE_HEIGHT_MM)
    )
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(top_mm), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(HEADER_DISTANCE_MM)


def restart_page_numbers(section) -> None:
    sect_pr = section._sectPr
    number_type = sect_pr.find(qn("w:pgNumType"))
    if number_type is None:
        number_type = OxmlElement("w:pgNumType")
        sect_pr.insert_element_before(number_type, *_SECT_PR_AFTER_PAGE_NUMBERS)
    number_type.set(qn("w:start"), "1")


def add_field(paragraph, instruction: str, *, size: float, bold: bool = False) -> None:
    """A Word field (PAGE, NUMPAGES) whose cached result is "1" until Word updates it."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("", "1")):
        run = paragraph.add_run()
        run.font.size = Pt(size)
        run.bold = bold
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
        elif kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            run.text = text
    end = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._r.append(char)


def page_number_header(section, *, size: float = 13) -> None:
    """Page number top centre, hidden on the section's first page (NĐ 30 Appendix I, I.7)."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(paragraph, "PAGE", size=size)
    first = section.first_page_header
    first.is_linked_to_previous = False


@dataclass(frozen=True)
class Style:
    size: float = BODY_SIZE
    bold: bool = False
    italic: bool = False
    align: Align = Align.JUSTIFY
    indent: bool = False
    before: float = 0
    after: float = 0
    line: float = 1.0
    keep_with_next: bool = False


def format_paragraph(paragraph, style: Style) -> None:
    fmt = paragraph.paragraph_format
    paragraph.alignment = _ALIGN[style.align]
    fmt.first_line_indent = Mm(FIRST_LINE_INDENT_MM) if style.indent else None
    fmt.space_before = Pt(style.before)
    fmt.space_after = Pt(style.after)
    if style.line == 1.0:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        fmt.line_spacing = style.line
    if style.keep_with_next:
        fmt.keep_with_next = True


def add_runs(paragraph, runs: tuple[Run, ...], style: Style) -> None:
    for item in runs:
        # Line breaks inside user text become Word line breaks, never paragraph markup.
        for index, line in enumerate(clean(item.text).split("\n")):
            if index:
                paragraph.add_run().add_break()
            if not line:
                continue
            run = paragraph.add_run(line)
            run.font.size = Pt(style.size)
            run.bold = True if (style.bold or item.bold) else None
            run.italic = True if (style.italic or item.italic) else None
            if item.underline:
                run.underline = True


def write(container, runs: tuple[Run, ...] | str, style: Style, *, reuse: bool = False):
    """Append a paragraph (or fill the container's first, empty one when ``reuse``)."""
    if isinstance(runs, str):
        runs = (Run(runs),)
    paragraph = container.paragraphs[0] if reuse else container.add_paragraph()
    format_paragraph(paragraph, style)
    add_runs(paragraph, runs, style)
    return paragraph


def add_rule(container, width_mm: float, box_width_mm: float, *, after: float = 0) -> None:
    """A centred horizontal rule of ``width_mm`` (an empty paragraph with a bottom border)."""
    paragraph = container.add_paragraph()
    side = max(0.0, (box_width_mm - width_mm) / 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)
    fmt.line_spacing = Pt(3)
    run = paragraph.add_run()
    run.font.size = Pt(2)
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.insert_element_before(borders, *_P_PR_AFTER_BORDERS)


def _set_borders(table: DocxTable, value: str) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "nil":
            element.set(qn("w:sz"), "4")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "000000")
        borders.append(element)
    tbl_pr.insert_element_before(borders, *_TBL_PR_AFTER_BORDERS)


def _set_cell_margins(table: DocxTable, side_mm: float, vertical_mm: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (
        ("top", vertical_mm),
        ("left", side_mm),
        ("bottom", vertical_mm),
        ("right", side_mm),
    ):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(round(value * 56.7)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, *_TBL_PR_AFTER_MARGINS)


def add_table(
    container,
    rows: int,
    widths_mm: list[float],
    *,
    borders: bool,
    side_margin_mm: float = 1.5,
    vertical_margin_mm: float = 0.5,
) -> DocxTable:
    """A fixed-layout table with exact column widths (Word and LibreOffice both honour them)."""
    total = Mm(sum(widths_mm))
    if hasattr(container, "add_table") and container.__class__.__name__ == "Document":
        table = container.add_table(rows=rows, cols=len(widths_mm))
    elif container.__class__.__name__ == "_Cell":
        table = container.add_table(rows, len(widths_mm))
    else:
        table = container.add_table(rows, len(widths_mm), total)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _set_borders(table, "single" if borders else "nil")
    _set_cell_margins(table, side_margin_mm, vertical_margin_mm)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.insert_element_before(layout, *_TBL_PR_AFTER_LAYOUT)
    width = table._tbl.tblPr.find(qn("w:tblW"))
    width.set(qn("w:w"), str(round(sum(widths_mm) * 56.7)))
    width.set(qn("w:type"), "dxa")
    for grid_col, width_mm in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        grid_col.w = Mm(width_mm)
    for row in table.rows:
        for cell, width_mm in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width_mm)
    return table


def keep_row_together(row, *, repeat_as_header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if repeat_as_header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def center_vertically(cell) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_properties(document, *, title: str, author: str) -> None:
    props = document.core_properties
    title, author = clean(title).replace("\n", " "), clean(author).replace("\n", " ")
    props.title = title[:250]
    props.author = author[:250]
    props.language = "vi-VN"
    props.comments = ""
    props.last_modified_by = author[:250]
