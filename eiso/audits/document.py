"""The internal audit report as an official document (NĐ 30/2020 layout, "BÁO CÁO").

I. Thông tin chung (objectives, scope, criteria, dates, team: a table), II. Kết quả đánh giá
(result counts table), III. Điểm mạnh, IV. Các phát hiện (table by unit and clause: TT, Đơn vị,
Điều khoản, Nội dung phát hiện, Phân loại), V. Kết luận; signed by the lead auditor ("TRƯỞNG ĐOÀN
ĐÁNH GIÁ"). An unapproved report prints without date.
"""

from __future__ import annotations

from django.utils import timezone, translation

from eiso.audits import selectors
from eiso.audits.models import Audit, Result
from eiso.audits.services.scope import team_of
from eiso.core import documents as docs

FINDING_COLUMNS = (
    docs.Column("TT", 0.5, docs.Align.CENTER),
    docs.Column("Đơn vị", 1.6),
    docs.Column("Điều khoản", 1.0, docs.Align.CENTER),
    docs.Column("Nội dung phát hiện và bằng chứng", 4.0),
    docs.Column("Phân loại", 1.4, docs.Align.CENTER),
)
COUNT_COLUMNS = (
    docs.Column("Kết quả", 3.0),
    docs.Column("Số nội dung", 1.0, docs.Align.CENTER),
)
INFO_COLUMNS = (docs.Column("Nội dung", 1.6), docs.Column("Thông tin", 4.4))


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _period(audit: Audit) -> str:
    if not audit.start_date:
        return f"Tháng {audit.planned_month}/{audit.programme.year}"
    if audit.end_date and audit.end_date != audit.start_date:
        return f"Từ ngày {_date(audit.start_date)} đến ngày {_date(audit.end_date)}"
    return f"Ngày {_date(audit.start_date)}"


def _info_rows(audit: Audit) -> list[tuple[str, str]]:
    lead = audit.lead_auditor.display_name if audit.lead_auditor else "—"
    auditors = ", ".join(p.display_name for p in team_of(audit) if p.pk != audit.lead_auditor_id)
    criteria = [str(audit.edition) if audit.edition else "", "Hệ thống tài liệu của cơ quan"]
    if audit.criteria:
        criteria.append(audit.criteria)
    units = "; ".join(u.name for u in audit.units.order_by("path"))
    procedures = "; ".join(f"{p.code} {p.title}" for p in audit.procedures.order_by("code"))
    return [
        ("Mục tiêu", audit.objectives or "—"),
        ("Đơn vị được đánh giá", units or "—"),
        ("Quy trình được đánh giá", procedures or "—"),
        ("Chuẩn mực đánh giá", "; ".join(c for c in criteria if c)),
        ("Thời gian", _period(audit)),
        ("Trưởng đoàn đánh giá", lead),
        ("Thành viên đoàn đánh giá", auditors or "—"),
    ]


def _count_rows(audit: Audit) -> list[tuple[str, str]]:
    counts = selectors.result_counts(audit)
    with translation.override("vi"):
        return [(str(choice.label), str(counts[choice.value])) for choice in Result]


def _finding_rows(audit: Audit) -> list[docs.TableRow]:
    rows: list[docs.TableRow] = []
    number = 0
    with translation.override("vi"):
        for group in selectors.findings_by_unit(audit):
            for item in group.items:
                number += 1
                text = item.question
                if item.evidence:
                    text += "\nBằng chứng: " + item.evidence
                rows.append(
                    docs.TableRow(
                        (
                            str(number),
                            group.unit or "—",
                            item.clause.number if item.clause_id else item.procedure_ref or "—",
                            text,
                            item.get_result_display(),
                        )
                    )
                )
    return rows


def _paragraphs(text: str, fallback: str) -> list[docs.Block]:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return [docs.Paragraph(line) for line in lines] or [docs.Paragraph(fallback, italic=True)]


def build(audit: Audit) -> docs.OfficialDocument:
    programme = audit.programme
    agency = programme.agency
    findings = _finding_rows(audit)
    body: list[docs.Block] = [
        docs.Paragraph(
            f"Thực hiện Chương trình đánh giá nội bộ năm {programme.year}, đoàn đánh giá nội bộ "
            f"báo cáo kết quả đánh giá đợt {audit.sequence} ({audit.title}) như sau:"
        ),
        docs.Heading("Thông tin chung", "I."),
        docs.Table(INFO_COLUMNS, _info_rows(audit)),
        docs.Heading("Tổng hợp kết quả", "II."),
        docs.Table(COUNT_COLUMNS, _count_rows(audit)),
        docs.Heading("Điểm mạnh", "III."),
        *_paragraphs(audit.strengths, "Không ghi nhận."),
        docs.Heading("Các phát hiện theo đơn vị và điều khoản", "IV."),
    ]
    if findings:
        body.append(docs.Table(FINDING_COLUMNS, findings, font_size=11))
    else:
        body.append(docs.Paragraph("Không có phát hiện.", italic=True))
    body += [docs.Heading("Kết luận", "V."), *_paragraphs(audit.conclusion, "Chưa có kết luận.")]
    lead = audit.lead_auditor.display_name if audit.lead_auditor else ""
    approved = audit.report_approved_at
    return docs.OfficialDocument(
        issuer=docs.Issuer(
            agency.name, parent=agency.governing_body, reference_name=agency.short_name
        ),
        doc_type="Báo cáo",
        summary=f"Kết quả đánh giá nội bộ đợt {audit.sequence} năm {programme.year}",
        place=agency.place_name,
        issued_on=timezone.localtime(approved).date() if approved else None,
        body=tuple(body),
        signature=docs.Signature(
            "Trưởng đoàn đánh giá", lead, signed_note="(Đã phê duyệt)" if approved else ""
        ),
        recipients=docs.Recipients(
            [f"{agency.head_title} (để báo cáo)", "Ban chỉ đạo ISO", "Các đơn vị được đánh giá"],
            archive=["VT", "Thư ký ISO"],
        ),
        author=agency.name,
    )


def filename(audit: Audit) -> str:
    return f"Báo cáo đánh giá nội bộ đợt {audit.sequence} năm {audit.programme.year}"


def render(audit: Audit, kind: str) -> bytes:
    document = build(audit)
    return docs.render_pdf(document) if kind == "pdf" else docs.render_docx(document)
