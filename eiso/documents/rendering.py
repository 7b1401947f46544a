"""An edition as an official ISO document (DOCX/PDF through eiso.core.documents).

Page 1 carries the control block (agency, title, Mã hiệu, Lần ban hành, Ngày hiệu lực,
Trang X/Y), the Soạn thảo / Xem xét / Phê duyệt table and the amendment log; the body follows the
standard sections of a procedure (DOMAIN.md §4). Fixed wording is Vietnamese whatever the
interface language. A registered Word/PDF edition prints its control page and points to its file.
"""

from __future__ import annotations

from eiso.core import documents as docs
from eiso.documents import flowchart
from eiso.documents.models import Edition, Kind

SIGNED = "(Đã ký)"


def _issuer(agency) -> docs.Issuer:
    return docs.Issuer(agency.name, parent=agency.governing_body, reference_name=agency.name)


def _approvals(edition: Edition) -> list[docs.Approver]:
    steps = (
        (docs.ApprovalStep.DRAFTED, edition.drafted_name, edition.drafted_position),
        (docs.ApprovalStep.REVIEWED, edition.reviewed_name, edition.reviewed_position),
        (docs.ApprovalStep.APPROVED, edition.approved_name, edition.approved_position),
    )
    return [
        docs.Approver(step, name, position, SIGNED if name else "")
        for step, name, position in steps
    ]


def _amendments(edition: Edition) -> list[docs.Amendment]:
    return [
        docs.Amendment(
            amendment.section,
            amendment.description,
            edition.issue_number,
            amendment.changed_on or edition.effective_date,
        )
        for amendment in edition.amendments.all()
    ]


def _paragraphs(text: str) -> list[docs.Block]:
    return [docs.Paragraph(line.strip()) for line in text.splitlines() if line.strip()]


def _references(edition: Edition) -> list[docs.Block]:
    items = [
        f"{c.external_document.number} — {c.external_document.title}"
        for c in edition.citations.all()
    ]
    items += [f"{d.code} — {d.title}" for d in edition.referenced_documents.all()]
    items += [line.strip() for line in edition.other_references.splitlines() if line.strip()]
    return [docs.BulletList(items)] if items else [docs.Paragraph("Không có.")]


def _tthc(edition: Edition) -> list[docs.Block]:
    rows = (
        ("a)", "Thành phần hồ sơ", edition.dossier_components),
        ("b)", "Số lượng hồ sơ", edition.dossier_copies),
        ("c)", "Thời hạn giải quyết", edition.processing_time),
        ("d)", "Phí, lệ phí", edition.fees),
        ("đ)", "Nơi tiếp nhận và trả kết quả", edition.submission_place),
    )
    blocks: list[docs.Block] = [docs.Heading("Điều kiện, hồ sơ và thời hạn", "5.1.", level=2)]
    for number, label, value in rows:
        blocks.append(docs.Heading(label, number, level=3))
        blocks.extend(_paragraphs(value) or [docs.Paragraph("Không.")])
    return blocks


def _steps(edition: Edition, steps) -> list[docs.Block]:
    if not steps:
        return []
    flow = docs.Table(
        (
            docs.Column("Trách nhiệm", 1.3),
            docs.Column("Lưu đồ", 3, docs.Align.CENTER),
            docs.Column("Thời gian", 1),
        ),
        flowchart.table_rows(steps),
        font_size=11,
    )
    table = docs.Table(
        (
            docs.Column("Bước", 0.75),
            docs.Column("Nội dung công việc", 2.6),
            docs.Column("Trách nhiệm", 1.4),
            docs.Column("Thời gian", 1),
            docs.Column("Biểu mẫu/Kết quả", 1.4),
        ),
        [
            (
                f"B{s.order}",
                s.task,
                s.responsible,
                flowchart.duration_text(s, vietnamese=True),
                s.output,
            )
            for s in steps
        ],
        font_size=11,
    )
    return [
        docs.Heading("Lưu đồ", "5.2.", level=2),
        flow,
        docs.Heading("Mô tả các bước", "5.3.", level=2),
        table,
    ]


def _records(edition: Edition) -> list[docs.Block]:
    records = list(edition.records.all())
    if not records:
        return [docs.Paragraph("Không có.")]
    return [
        docs.Table(
            (
                docs.Column("TT", 0.4),
                docs.Column("Tên hồ sơ", 2.4),
                docs.Column("Trách nhiệm lưu", 1.6),
                docs.Column("Nơi lưu", 1.4),
                docs.Column("Thời gian lưu", 1.2),
            ),
            [
                (
                    str(index),
                    r.name,
                    r.owner or (r.owner_unit.name if r.owner_unit else ""),
                    r.place,
                    r.retention,
                )
                for index, r in enumerate(records, start=1)
            ],
            font_size=11,
        )
    ]


def _forms(forms) -> list[docs.Block]:
    if not forms:
        return [docs.Paragraph("Không có.")]
    return [
        docs.Table(
            (docs.Column("TT", 0.4), docs.Column("Mã hiệu", 1.4), docs.Column("Tên biểu mẫu", 4)),
            [(str(i), f.code, f.title) for i, f in enumerate(forms, start=1)],
            font_size=11,
        )
    ]


def _procedure_body(edition: Edition, forms) -> list[docs.Block]:
    steps = list(edition.steps.all())
    blocks: list[docs.Block] = [
        docs.Heading("Mục đích", "1.", level=2),
        *(_paragraphs(edition.purpose) or [docs.Paragraph("")]),
        docs.Heading("Phạm vi", "2.", level=2),
        *(_paragraphs(edition.scope) or [docs.Paragraph("")]),
        docs.Heading("Tài liệu viện dẫn", "3.", level=2),
        *_references(edition),
        docs.Heading("Định nghĩa và chữ viết tắt", "4.", level=2),
        *(_paragraphs(edition.definitions) or [docs.Paragraph("Không có.")]),
        docs.Heading("Nội dung quy trình", "5.", level=2),
    ]
    if edition.document.kind == Kind.PROCEDURE_TTHC:
        blocks.extend(_tthc(edition))
    blocks.extend(_steps(edition, steps))
    blocks.append(docs.Heading("Biểu mẫu", "6.", level=2))
    blocks.extend(_forms(forms))
    blocks.append(docs.Heading("Hồ sơ cần lưu", "7.", level=2))
    blocks.extend(_records(edition))
    return blocks


def build(edition: Edition, forms=()) -> docs.ControlledDocument:
    """The ControlledDocument of an edition (rows prefetched by `selectors.edition_detail`)."""
    document = edition.document
    agency = document.agency
    if document.is_procedure and not (edition.file and not edition.steps.all()):
        body = _procedure_body(edition, list(forms))
    else:
        body = [
            *(
                [docs.Heading("Mục đích", "1.", level=2), *_paragraphs(edition.purpose)]
                if edition.purpose.strip()
                else []
            ),
            *_paragraphs(edition.body),
        ]
        if edition.file_name:
            body.append(
                docs.Paragraph(
                    f"Nội dung tài liệu: xem tệp đính kèm “{edition.file_name}”.", italic=True
                )
            )
    return docs.ControlledDocument(
        issuer=_issuer(agency),
        title=document.title,
        code=document.code,
        issue_number=edition.issue_number,
        effective_on=edition.effective_date,
        approvals=tuple(_approvals(edition)),
        amendments=tuple(_amendments(edition)),
        body=tuple(body),
        author=agency.name,
    )


def filename(edition: Edition) -> str:
    code = edition.document.code.replace("/", "-").replace(" ", "")
    return f"{code}_lan-{edition.issue_number}"
