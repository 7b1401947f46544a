"""Phiếu yêu cầu hành động khắc phục (the corrective action request form) of one nonconformity,
through the official renderer: the nonconformity, the correction and the 5-whys analysis, the
corrective actions and the effectiveness checks. Vietnamese whatever the interface language: it
is an administrative record."""

from __future__ import annotations

from eiso.core import documents as docs
from eiso.nonconformities.models import (
    ActionStatus,
    CorrectiveAction,
    Nonconformity,
    Severity,
    Source,
    State,
    Verification,
)

SOURCE_TEXT: dict[str, str] = {
    Source.INTERNAL_AUDIT: "Đánh giá nội bộ",
    Source.DOST_INSPECTION: "Kiểm tra của Sở Khoa học và Công nghệ",
    Source.COMPLAINT: "Phản ánh, kiến nghị, khiếu nại",
    Source.PROCESS_MONITORING: "Theo dõi, đo lường quá trình",
    Source.OVERDUE_DOSSIERS: "Hồ sơ TTHC trễ hạn",
    Source.MANAGEMENT_REVIEW: "Xem xét của lãnh đạo",
    Source.OTHER: "Nguồn khác",
}
SEVERITY_TEXT: dict[str, str] = {Severity.MINOR: "Nhẹ", Severity.MAJOR: "Nặng"}
STATE_TEXT: dict[str, str] = {
    State.RECORDED: "Đã ghi nhận",
    State.ANALYSED: "Đã phân tích nguyên nhân",
    State.ACTION_PLAN: "Đã lập kế hoạch hành động",
    State.IN_PROGRESS: "Đang thực hiện hành động khắc phục",
    State.VERIFICATION: "Đang kiểm tra hiệu lực",
    State.CLOSED: "Đã kết thúc",
}


def _day(value) -> str:
    return docs.short_date(value) if value else ""


def _name(user) -> str:
    return (user.full_name or user.username) if user is not None else ""


def _facts(nc: Nonconformity) -> docs.Table:
    clause = f"{nc.clause.number} {nc.clause.title_vi}" if nc.clause else ""
    rows = [
        ("Số phiếu", nc.number),
        ("Nguồn phát hiện", SOURCE_TEXT.get(nc.source, "")),
        ("Đơn vị có sự không phù hợp", nc.unit.name if nc.unit else nc.agency.name),
        ("Điều khoản TCVN ISO 9001", clause),
        ("Mức độ", SEVERITY_TEXT.get(nc.severity, "")),
        ("Người phát hiện", _name(nc.detected_by)),
        ("Ngày phát hiện", _day(nc.detected_on)),
        ("Mô tả sự không phù hợp", nc.description),
        ("Bằng chứng khách quan", nc.evidence),
    ]
    return docs.Table(
        (docs.Column("Nội dung", 1.3), docs.Column("Thông tin", 3.2)), rows, font_size=12
    )


def _analysis(nc: Nonconformity) -> list:
    blocks: list = [
        docs.Paragraph(
            [docs.Run("Khắc phục tức thời: ", bold=True), docs.Run(nc.correction or "Không")]
        )
    ]
    if nc.whys:
        rows = [(f"Tại sao {i}?", answer) for i, answer in enumerate(nc.whys, start=1)]
        blocks.append(docs.Table((docs.Column("Câu hỏi", 1.0), docs.Column("Trả lời", 3.5)), rows))
    blocks.append(
        docs.Paragraph(
            [
                docs.Run("Nguyên nhân gốc rễ: ", bold=True),
                docs.Run(nc.root_cause or "Chưa xác định"),
            ]
        )
    )
    return blocks


def _actions(actions: list[CorrectiveAction]) -> docs.Table:
    rows: list[docs.TableRow | tuple[str, ...]] = []
    for index, action in enumerate(actions, start=1):
        if action.status == ActionStatus.DONE:
            result = f"Đã hoàn thành ngày {_day(action.done_on)}"
            if action.result_note:
                result += f": {action.result_note}"
        else:
            result = "Chưa hoàn thành"
        rows.append(
            (str(index), action.description, _name(action.owner), _day(action.due_date), result)
        )
    if not rows:
        rows.append(docs.TableRow(["Chưa có hành động khắc phục."], group=True))
    return docs.Table(
        (
            docs.Column("TT", 0.4, docs.Align.CENTER),
            docs.Column("Hành động khắc phục", 2.4),
            docs.Column("Người thực hiện", 1.2),
            docs.Column("Hạn hoàn thành", 0.9, docs.Align.CENTER),
            docs.Column("Kết quả", 1.6),
        ),
        rows,
        font_size=11,
    )


def _verifications(verifications: list[Verification]) -> docs.Table:
    rows: list[docs.TableRow | tuple[str, ...]] = [
        (
            _day(v.checked_on),
            "Có hiệu lực" if v.effective else "Không có hiệu lực",
            v.evidence,
            _name(v.checked_by),
        )
        for v in verifications
    ]
    if not rows:
        rows.append(docs.TableRow(["Chưa kiểm tra hiệu lực."], group=True))
    return docs.Table(
        (
            docs.Column("Ngày kiểm tra", 0.9, docs.Align.CENTER),
            docs.Column("Kết luận", 1.0, docs.Align.CENTER),
            docs.Column("Bằng chứng", 2.4),
            docs.Column("Người kiểm tra", 1.2),
        ),
        rows,
        font_size=11,
    )


def build_request_form(
    nc: Nonconformity, actions: list[CorrectiveAction], verifications: list[Verification]
) -> docs.OfficialDocument:
    agency = nc.agency
    status = STATE_TEXT.get(nc.state, "")
    if nc.state == State.CLOSED and nc.closed_on:
        status += f" ngày {_day(nc.closed_on)}" + (
            f" (người kết thúc: {_name(nc.closed_by)})" if nc.closed_by else ""
        )
    recipients = [nc.unit.name] if nc.unit else []
    recipients.append("Thư ký ISO")
    return docs.OfficialDocument(
        issuer=docs.Issuer(agency.name, parent=agency.governing_body),
        doc_type="Phiếu yêu cầu hành động khắc phục",
        summary=f"Sự không phù hợp số {nc.number}",
        number_symbol=nc.number,
        place=agency.place_name,
        issued_on=nc.detected_on,
        body=(
            docs.Heading("Mô tả sự không phù hợp", "I."),
            _facts(nc),
            docs.Heading("Khắc phục tức thời và nguyên nhân gốc rễ", "II."),
            *_analysis(nc),
            docs.Heading("Hành động khắc phục", "III."),
            _actions(actions),
            docs.Heading("Kiểm tra hiệu lực của hành động khắc phục", "IV."),
            _verifications(verifications),
            docs.Paragraph([docs.Run("Tình trạng: ", bold=True), docs.Run(status)]),
        ),
        signature=docs.Signature("Người lập phiếu", _name(nc.detected_by or nc.created_by)),
        recipients=docs.Recipients(recipients, archive=["VT", "Hồ sơ ISO"]),
        author=agency.name,
    )


def filename(nc: Nonconformity) -> str:
    return f"Phiếu yêu cầu hành động khắc phục {nc.number}"
