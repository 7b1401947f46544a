"""The plan as an official document (NĐ 30/2020 layout, the structure of seed 002).

Header, "Số: …", place and date, KẾ HOẠCH, title, the "Thực hiện …" and "Căn cứ …" paragraphs and
the closing sentence of the preamble, I. MỤC ĐÍCH, YÊU CẦU (numbered paragraphs), II. NHIỆM VỤ
CỤ THỂ (with its introduction, by default "(Chi tiết theo Phụ lục đính kèm)."), III. TỔ CHỨC
THỰC HIỆN (numbered sections), the closing paragraph, Nơi nhận beside the signature, and the
PHỤ LỤC table TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện (landscape).
A draft prints without number and date.
"""

from __future__ import annotations

from eiso.core import documents as docs
from eiso.plans.models import Plan

TASK_COLUMNS = (
    docs.Column("TT", 0.6, docs.Align.CENTER),
    docs.Column("Nội dung", 4.2),
    docs.Column("Đơn vị chủ trì", 1.6, docs.Align.CENTER),
    docs.Column("Đơn vị phối hợp", 1.8, docs.Align.CENTER),
    docs.Column("Thời gian thực hiện", 1.6, docs.Align.CENTER),
)


def task_rows(plan: Plan) -> list[tuple[str, ...]]:
    tasks = plan.tasks.select_related("lead_unit", "lead_agency").prefetch_related(
        "coordinating_units"
    )
    return [
        (
            str(task.order),
            task.content,
            task.lead_text(),
            task.coordinating_text(list(task.coordinating_units.all())),
            task.timeframe_text(),
        )
        for task in tasks.order_by("order")
    ]


def _implementation(plan: Plan) -> list[docs.Block]:
    blocks: list[docs.Block] = []
    for number, section in enumerate(plan.implementation, start=1):
        paragraphs = list(section.get("paragraphs") or [])
        if section.get("heading"):
            blocks.append(docs.Heading(section["heading"], f"{number}.", level=2))
        elif paragraphs:
            paragraphs[0] = f"{number}. {paragraphs[0]}"
        blocks.extend(docs.Paragraph(text) for text in paragraphs)
    return blocks


def _body(plan: Plan) -> tuple[docs.Block, ...]:
    opening = [*plan.preamble, *plan.legal_bases]
    if plan.preamble_closing:
        opening.append(plan.preamble_closing)
    closing = [docs.Paragraph(plan.closing)] if plan.closing else []
    return (
        *(docs.Paragraph(text) for text in opening),
        docs.Heading("Mục đích, yêu cầu", "I."),
        *(docs.Paragraph(f"{n}. {text}") for n, text in enumerate(plan.purposes, start=1)),
        docs.Heading("Nhiệm vụ cụ thể", "II."),
        *([docs.Paragraph(plan.tasks_intro)] if plan.tasks_intro else []),
        docs.Heading("Tổ chức thực hiện", "III."),
        *_implementation(plan),
        *closing,
    )


def build(plan: Plan) -> docs.OfficialDocument:
    agency = plan.agency
    return docs.OfficialDocument(
        issuer=docs.Issuer(
            agency.name, parent=agency.governing_body, reference_name=agency.short_name
        ),
        doc_type="Kế hoạch",
        summary=plan.title,
        number_symbol=plan.number_symbol,
        place=agency.place_name,
        issued_on=plan.issued_on,
        body=_body(plan),
        signature=docs.Signature(
            plan.signer_title, plan.signer_name, authority=plan.signer_authority
        ),
        recipients=docs.Recipients(plan.recipients, archive=plan.archive or ["VT"]),
        appendices=(
            docs.Appendix(
                plan.appendix_title,
                [docs.Table(TASK_COLUMNS, task_rows(plan))],
                landscape=True,
            ),
        ),
        author=agency.name,
    )


def filename(plan: Plan) -> str:
    symbol = plan.number_symbol.replace("/", "-") if plan.number_symbol else "du-thao"
    return f"Kế hoạch {symbol} năm {plan.year}"


def render(plan: Plan, kind: str) -> bytes:
    document = build(plan)
    return docs.render_pdf(document) if kind == "pdf" else docs.render_docx(document)
