"""DOCX rendering of official documents (NĐ 30/2020 layout) and of ISO controlled documents."""

from __future__ import annotations

from io import BytesIO

from docx.enum.section import WD_SECTION
from docx.shared import Mm, Pt

from . import docx_parts as parts
from . import layout
from .dates import short_date
from .docx_blocks import body_style, write_blocks
from .docx_parts import Style
from .fonts import text_width_mm
from .labels import Labels, document_labels
from .model import (
    Align,
    AnyDocument,
    ApprovalStep,
    ControlledDocument,
    OfficialDocument,
    PageBreak,
)

# Header columns: issuing body on the left, Quốc hiệu and Tiêu ngữ on the right (165 mm in all).
HEADER_LEFT_MM, HEADER_RIGHT_MM = 70.0, 95.0
SIGNATURE_LEFT_MM, SIGNATURE_RIGHT_MM = 80.0, 85.0


def render_docx(doc: AnyDocument) -> bytes:
    labels = document_labels()
    document = parts.new_document()
    if isinstance(doc, ControlledDocument):
        _controlled(document, doc, labels)
        title = f"{doc.code} {doc.title}".strip()
    else:
        _official(document, doc, labels)
        title = doc.title
    parts.set_properties(document, title=title, author=doc.author or doc.issuer.name)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


# --- Official document -------------------------------------------------------------------------


def _official(document, doc: OfficialDocument, labels: Labels) -> None:
    section = document.sections[0]
    parts.setup_section(section)
    parts.page_number_header(section)
    _official_header(document, doc, labels)
    _title(document, doc, labels)
    write_blocks(document, doc.body, width_mm=parts.text_width(False), labels=labels)
    _signature_and_recipients(document, doc, labels)
    for appendix in doc.appendices:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        parts.setup_section(section, landscape=appendix.landscape)
        parts.restart_page_numbers(section)
        section.different_first_page_header_footer = True
        _appendix(document, doc, appendix, labels)


def _rule_under(text: str, size: float, box_mm: float, *, share: float) -> float:
    """Length of the short rule under a line: a share of the printed line, 15 mm at least."""
    line = min(text_width_mm(text, size, bold=True), box_mm)
    return max(15.0, line * share)


def _official_header(document, doc: OfficialDocument, labels: Labels) -> None:
    table = parts.add_table(
        document, 2, [HEADER_LEFT_MM, HEADER_RIGHT_MM], borders=False, side_margin_mm=0
    )
    left, right = table.rows[0].cells
    centered = Style(size=13, align=Align.CENTER)
    agency = layout.upper(doc.issuer.name)
    if doc.issuer.parent.strip():
        parts.write(left, layout.upper(doc.issuer.parent), centered, reuse=True)
        parts.write(left, agency, Style(size=13, bold=True, align=Align.CENTER))
    else:
        parts.write(left, agency, Style(size=13, bold=True, align=Align.CENTER), reuse=True)
    longest = max(agency.split("\n"), key=len)
    parts.add_rule(left, _rule_under(longest, 13, HEADER_LEFT_MM, share=0.4), HEADER_LEFT_MM)

    parts.write(
        right, labels.national_name, Style(size=12, bold=True, align=Align.CENTER), reuse=True
    )
    parts.write(right, labels.motto, Style(size=13, bold=True, align=Align.CENTER))
    motto_width = text_width_mm(labels.motto, 13, bold=True)
    parts.add_rule(right, motto_width, HEADER_RIGHT_MM)

    number_cell, date_cell = table.rows[1].cells
    parts.write(
        number_cell,
        layout.number_line(doc, labels),
        Style(size=13, align=Align.CENTER, before=6),
        reuse=True,
    )
    if not doc.doc_type.strip():
        parts.write(
            number_cell,
            layout.subject_line(doc, labels),
            Style(size=12, align=Align.CENTER, before=6),
        )
    date_style = Style(size=14, italic=True, align=Align.CENTER, before=6)
    parts.write(date_cell, layout.date_line(doc), date_style, reuse=True)


def _title(document, doc: OfficialDocument, labels: Labels) -> None:
    width = parts.text_width(False)
    if doc.doc_type.strip():
        title_style = Style(size=14, bold=True, align=Align.CENTER, before=18, keep_with_next=True)
        parts.write(document, layout.upper(doc.doc_type), title_style)
        summary_style = Style(size=14, bold=True, align=Align.CENTER, keep_with_next=True)
        parts.write(document, doc.summary.strip(), summary_style)
        rule = _rule_under(doc.summary.strip(), 14, width, share=1 / 3)
        parts.add_rule(document, rule, width, after=12)
    else:
        document.add_paragraph().paragraph_format.space_after = Pt(6)
    _addressees(document, doc, labels)


def _addressees(document, doc: OfficialDocument, labels: Labels) -> None:
    lines = layout.addressee_lines(doc)
    if not lines:
        return
    if len(lines) == 1:
        text = f"{labels.addressed_to} {lines[0]}"
        parts.write(document, text, Style(size=14, align=Align.CENTER, after=12))
        return
    parts.write(document, labels.addressed_to, body_style(after=0))
    for index, line in enumerate(lines):
        after = 12 if index == len(lines) - 1 else 0
        paragraph = parts.write(document, line, Style(size=14, align=Align.LEFT, after=after))
        paragraph.paragraph_format.left_indent = Mm(40)


def _signature_and_recipients(document, doc: OfficialDocument, labels: Labels) -> None:
    if doc.signature is None and doc.recipients is None:
        return
    # The closing lines of the body stay on the page of the signature.
    if document.paragraphs:
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)
    spacer.paragraph_format.keep_with_next = True
    table = parts.add_table(
        document, 1, [SIGNATURE_LEFT_MM, SIGNATURE_RIGHT_MM], borders=False, side_margin_mm=0
    )
    row = table.rows[0]
    parts.keep_row_together(row)
    left, right = row.cells
    if doc.recipients is not None:
        title_style = Style(size=12, bold=True, italic=True, align=Align.LEFT)
        parts.write(left, labels.recipients, title_style, reuse=True)
        for line in layout.recipient_lines(doc.recipients, labels):
            parts.write(left, line, Style(size=11, align=Align.LEFT))
    if doc.signature is not None:
        _signature(right, layout.signature_lines(doc.signature))


def _signature(cell, lines: layout.SignatureLines) -> None:
    strong = Style(size=14, bold=True, align=Align.CENTER)
    first = True
    for text in (lines.authority, lines.position):
        if text:
            parts.write(cell, text, strong, reuse=first)
            first = False
    note = lines.signed_note
    # Room for the signature and seal (about 30 mm), with the "(Đã ký)" note in its middle.
    gap_style = Style(size=14, italic=True, align=Align.CENTER, before=36 if note else 0)
    parts.write(cell, note, gap_style)
    parts.write(cell, lines.signer_name, Style(size=14, bold=True, align=Align.CENTER, before=40))


def _appendix(document, doc: OfficialDocument, appendix, labels: Labels) -> None:
    width = parts.text_width(appendix.landscape)
    parts.write(
        document,
        layout.appendix_heading(appendix, labels),
        Style(size=14, bold=True, align=Align.CENTER, keep_with_next=True),
    )
    if appendix.title.strip():
        parts.write(
            document,
            layout.upper(appendix.title),
            Style(size=14, bold=True, align=Align.CENTER, keep_with_next=True),
        )
    reference = layout.appendix_reference(doc, appendix, labels)
    if reference:
        parts.write(
            document,
            reference,
            Style(size=14, italic=True, align=Align.CENTER, keep_with_next=True),
        )
    parts.add_rule(document, 40, width, after=12)
    write_blocks(document, appendix.blocks, width_mm=width, labels=labels)


# --- Controlled (ISO) document -----------------------------------------------------------------

CONTROL_WIDTHS_MM = [54.0, 61.0, 50.0]
APPROVAL_WIDTHS_MM = [33.0, 44.0, 44.0, 44.0]
AMENDMENT_WIDTHS_MM = [10.0, 30.0, 25.0, 55.0, 20.0, 25.0]


def _controlled(document, doc: ControlledDocument, labels: Labels) -> None:
    section = document.sections[0]
    parts.setup_section(section, top_mm=45)
    _control_header(section, doc, labels)
    _controlled_cover(document, doc, labels)
    if doc.body:
        write_blocks(document, (PageBreak(),), width_mm=parts.text_width(False), labels=labels)
        write_blocks(document, doc.body, width_mm=parts.text_width(False), labels=labels)


def _control_header(section, doc: ControlledDocument, labels: Labels) -> None:
    header = section.header
    header.is_linked_to_previous = False
    table = parts.add_table(header, 1, CONTROL_WIDTHS_MM, borders=True)
    agency_cell, title_cell, info_cell = table.rows[0].cells
    for cell in (agency_cell, title_cell, info_cell):
        parts.center_vertically(cell)
    small = Style(size=11, align=Align.CENTER)
    reuse = True
    if doc.issuer.parent.strip():
        parts.write(agency_cell, layout.upper(doc.issuer.parent), small, reuse=True)
        reuse = False
    parts.write(
        agency_cell,
        layout.upper(doc.issuer.name),
        Style(size=11, bold=True, align=Align.CENTER),
        reuse=reuse,
    )
    parts.write(
        title_cell,
        layout.upper(doc.title),
        Style(size=12, bold=True, align=Align.CENTER),
        reuse=True,
    )
    info = Style(size=11, align=Align.LEFT)
    parts.write(info_cell, f"{labels.code} {doc.code}", info, reuse=True)
    parts.write(info_cell, f"{labels.issue_number} {doc.issue_number:02d}", info)
    parts.write(info_cell, f"{labels.effective_date} {short_date(doc.effective_on)}", info)
    page = parts.write(info_cell, f"{labels.page} ", info)
    parts.add_field(page, "PAGE", size=11)
    page.add_run("/").font.size = Pt(11)
    parts.add_field(page, "NUMPAGES", size=11)
    header.paragraphs[-1].paragraph_format.space_after = Pt(0)


def _controlled_cover(document, doc: ControlledDocument, labels: Labels) -> None:
    parts.write(
        document,
        layout.upper(doc.title),
        Style(size=16, bold=True, align=Align.CENTER, before=12, after=6),
    )
    if doc.subtitle.strip():
        parts.write(
            document,
            doc.subtitle.strip(),
            Style(size=13, italic=True, align=Align.CENTER, after=12),
        )
    _approval_table(document, doc, labels)
    parts.write(
        document,
        labels.amendment_log,
        Style(size=13, bold=True, align=Align.CENTER, before=18, after=6),
    )
    _amendment_table(document, doc, labels)


def _approval_table(document, doc: ControlledDocument, labels: Labels) -> None:
    table = parts.add_table(document, 4, APPROVAL_WIDTHS_MM, borders=True)
    steps = (ApprovalStep.DRAFTED, ApprovalStep.REVIEWED, ApprovalStep.APPROVED)
    heads = (labels.approval_role, labels.drafted, labels.reviewed, labels.approved)
    strong = Style(size=12, bold=True, align=Align.CENTER, before=3, after=3)
    plain = Style(size=12, align=Align.CENTER, before=3, after=3)
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        parts.center_vertically(cell)
        parts.write(cell, text, strong, reuse=True)
    approvers = [doc.approvals_by_step.get(step) for step in steps]
    row_labels = (labels.full_name, labels.position, labels.signature)
    for row, row_label in zip(table.rows[1:], row_labels, strict=True):
        parts.keep_row_together(row)
        cells = row.cells
        parts.center_vertically(cells[0])
        parts.write(cells[0], row_label, strong, reuse=True)
        for cell, approver in zip(cells[1:], approvers, strict=True):
            parts.center_vertically(cell)
            if row_label == labels.signature:
                note = approver.signed_note if approver else ""
                parts.write(
                    cell,
                    note,
                    Style(size=12, italic=True, align=Align.CENTER, before=24, after=24),
                    reuse=True,
                )
            else:
                value = (
                    ""
                    if approver is None
                    else (approver.name if row_label == labels.full_name else approver.position)
                )
                parts.write(cell, value, plain, reuse=True)


def _amendment_table(document, doc: ControlledDocument, labels: Labels) -> None:
    # Blank rows are kept under the recorded amendments for the ones written in by hand.
    blank_rows = max(3 - len(doc.amendments), 0)
    table = parts.add_table(
        document, 1 + len(doc.amendments) + blank_rows, AMENDMENT_WIDTHS_MM, borders=True
    )
    strong = Style(size=11, bold=True, align=Align.CENTER, before=2, after=2)
    plain = Style(size=11, align=Align.LEFT, before=2, after=2)
    centered = Style(size=11, align=Align.CENTER, before=2, after=2)
    parts.keep_row_together(table.rows[0], repeat_as_header=True)
    for cell, text in zip(table.rows[0].cells, labels.amendment_columns, strict=True):
        parts.center_vertically(cell)
        parts.write(cell, text, strong, reuse=True)
    for index, (amendment, row) in enumerate(
        zip(doc.amendments, table.rows[1:], strict=False), start=1
    ):
        values = (
            (str(index), centered),
            (amendment.request, plain),
            (amendment.location, plain),
            (amendment.description, plain),
            (f"{amendment.issue_number:02d}", centered),
            (short_date(amendment.effective_on), centered),
        )
        for cell, (text, style) in zip(row.cells, values, strict=True):
            parts.write(cell, text, style, reuse=True)
    for row in table.rows[1 + len(doc.amendments) :]:
        row.height = Mm(8)
