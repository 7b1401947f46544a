"""The official document renderer: every document eiso generates goes through here.

Build a typed, format-independent document and render it to DOCX (python-docx, Times New Roman
declared for every script) or PDF (WeasyPrint, Tinos embedded) in the layout of NĐ 30/2020/NĐ-CP
(A4, margins 20/20/30/15 mm, two-column header with issuing body and Quốc hiệu/Tiêu ngữ, "Số:",
place and date, type and summary, body, signature block beside "Nơi nhận:", appendices on their own
section, page numbers top centre from page 2). ISO documents (procedures, manuals) use
:class:`ControlledDocument`, which prints the control block (Mã hiệu, Lần ban hành, Ngày hiệu lực,
Trang X/Y) on every page, the Soạn thảo / Xem xét / Phê duyệt table and the amendment log.

A later module only builds the model from its own data and returns the bytes::

    from eiso.core import documents as docs

    decision = docs.OfficialDocument(
        issuer=docs.Issuer("Sở Giáo dục và Đào tạo", parent="UBND tỉnh Hưng Yên"),
        doc_type="Quyết định",
        summary="Về việc kiện toàn Ban chỉ đạo ISO của Sở Giáo dục và Đào tạo",
        number_symbol=docs.format_number_symbol(5, "QĐ", "SGDĐT"),
        place="Hưng Yên",
        issued_on=date(2026, 3, 5),
        body=[
            docs.CenteredLine("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
            docs.LegalBases(["Căn cứ Quyết định số 19/2014/QĐ-TTg …", "Theo đề nghị của …"]),
            docs.CenteredLine("QUYẾT ĐỊNH:"),
            docs.Article(1, "Kiện toàn Ban chỉ đạo ISO … (danh sách kèm theo)."),
        ],
        signature=docs.Signature("Giám đốc", "Nguyễn Văn A"),
        recipients=docs.Recipients(["Như Điều 3", "Sở Khoa học và Công nghệ"], archive=["VT", "VP"]),
        appendices=[docs.Appendix("Danh sách thành viên Ban chỉ đạo ISO", [docs.Table(...)])],
    )
    return docs.render_response(decision, "pdf", "Quyết định kiện toàn BCĐ ISO")

See ``samples.py`` for complete examples (plan 187/KH-SGDĐT with its task appendix, the
steering-committee decision with its member list, an ISO procedure with its control block).

All text is user data: it is escaped in the PDF's HTML and written as plain runs in the DOCX, so a
"<b>" typed by a user prints literally. Fixed wording (Quốc hiệu, "Số:", "Nơi nhận:", …) always
prints in Vietnamese, whatever the interface language (see ``labels``).
"""

from .dates import (
    format_number_symbol,
    nd30_day,
    nd30_month,
    roman_numeral,
    short_date,
    vietnamese_date_line,
)
from .model import (
    Align,
    Amendment,
    AnyDocument,
    Appendix,
    ApprovalStep,
    Approver,
    Article,
    Block,
    BulletList,
    CenteredLine,
    Column,
    ControlledDocument,
    Heading,
    Issuer,
    LegalBases,
    OfficialDocument,
    PageBreak,
    Paragraph,
    Recipients,
    Run,
    Signature,
    Table,
    TableRow,
)
from .responses import DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, content_disposition, document_response


def render_docx(doc: AnyDocument) -> bytes:
    """The document as a .docx file (bytes)."""
    from .docx_render import render_docx as _render

    return _render(doc)


def render_pdf(doc: AnyDocument) -> bytes:
    """The document as a PDF file (bytes) with Tinos embedded."""
    from .pdf_render import render_pdf as _render

    return _render(doc)


RENDERERS = {"pdf": render_pdf, "docx": render_docx}


def render_response(doc: AnyDocument, kind: str, filename: str, *, as_attachment: bool = True):
    """Render ``doc`` as ``kind`` ("pdf" or "docx") and serve it as ``filename`` + extension."""
    if kind not in RENDERERS:
        raise ValueError(f"Unknown document format {kind!r}")
    content = RENDERERS[kind](doc)
    return document_response(content, f"{filename}.{kind}", as_attachment=as_attachment)


__all__ = [
    "DOCX_CONTENT_TYPE",
    "PDF_CONTENT_TYPE",
    "Align",
    "Amendment",
    "AnyDocument",
    "Appendix",
    "ApprovalStep",
    "Approver",
    "Article",
    "Block",
    "BulletList",
    "CenteredLine",
    "Column",
    "ControlledDocument",
    "Heading",
    "Issuer",
    "LegalBases",
    "OfficialDocument",
    "PageBreak",
    "Paragraph",
    "Recipients",
    "Run",
    "Signature",
    "Table",
    "TableRow",
    "content_disposition",
    "document_response",
    "format_number_symbol",
    "nd30_day",
    "nd30_month",
    "render_docx",
    "render_pdf",
    "render_response",
    "roman_numeral",
    "short_date",
    "vietnamese_date_line",
]
