"""The two official documents of quality objectives (NĐ 30/2020 layout, through eiso.core.documents):

- "MỤC TIÊU CHẤT LƯỢNG năm …": the agency's objectives and each unit's, with indicator, target,
  frequency and who is responsible, and the plan of implementation (6.2.2) as the appendix;
- "BÁO CÁO Kết quả thực hiện mục tiêu chất lượng năm …": objective, target, result, đạt/không
  đạt and explanation for each objective, and a summary count.
The wording is Vietnamese whatever the interface language: these are administrative texts.
"""

from __future__ import annotations

from eiso.core import documents as docs
from eiso.objectives.models import Frequency, Objective, Result, format_number
from eiso.objectives.periods import period_for
from eiso.organizations.models import Agency, RoleGrant
from eiso.organizations.roles import Role

FREQUENCY_TEXT: dict[str, str] = {
    Frequency.MONTHLY: "Hằng tháng",
    Frequency.QUARTERLY: "Hằng quý",
    Frequency.HALF_YEARLY: "6 tháng",
    Frequency.YEARLY: "Hằng năm",
}
RESULT_TEXT: dict[str, str] = {Result.ACHIEVED: "Đạt", Result.NOT_ACHIEVED: "Không đạt"}


def period_words(agency: Agency, year: int) -> str:
    """ "năm 2026" or "năm học 2025–2026"."""
    period = period_for(agency, year)
    return f"năm học {period.label}" if period.school_year else f"năm {period.label}"


def _issuer(agency: Agency) -> docs.Issuer:
    return docs.Issuer(agency.name, parent=agency.governing_body)


def _signature(agency: Agency) -> docs.Signature:
    head = (
        RoleGrant.objects.filter(agency=agency, role=Role.AGENCY_HEAD, is_active=True)
        .select_related("user")
        .order_by("created_at")
        .first()
    )
    return docs.Signature(agency.head_title, head.user.full_name if head else "")


def _responsible(objective: Objective) -> str:
    parts = []
    if objective.responsible_unit is not None:
        parts.append(objective.responsible_unit.name)
    if objective.responsible_person is not None:
        parts.append(objective.responsible_person.full_name)
    return "\n".join(parts)


def _groups(objectives: list[Objective]) -> list[tuple[str, list[Objective]]]:
    """Agency objectives first, then one group per unit in tree order."""
    groups: dict[str, list[Objective]] = {}
    for objective in objectives:
        name = objective.unit.name if objective.unit is not None else ""
        groups.setdefault(name, []).append(objective)
    return list(groups.items())


def _objectives_table(objectives: list[Objective]) -> docs.Table:
    rows: list = []
    for name, members in _groups(objectives):
        rows.append(docs.TableRow([name or "Mục tiêu chung của cơ quan"], group=True))
        for index, objective in enumerate(members, start=1):
            rows.append(
                (
                    str(index),
                    objective.statement,
                    objective.indicator,
                    objective.target_text,
                    FREQUENCY_TEXT.get(objective.frequency, ""),
                    _responsible(objective),
                )
            )
    return docs.Table(
        (
            docs.Column("TT", 0.4, docs.Align.CENTER),
            docs.Column("Mục tiêu", 2.4),
            docs.Column("Chỉ số đo lường", 1.6),
            docs.Column("Chỉ tiêu", 0.9, docs.Align.CENTER),
            docs.Column("Tần suất đo", 0.8, docs.Align.CENTER),
            docs.Column("Trách nhiệm", 1.3),
        ),
        rows,
        font_size=11,
    )


def _plan_table(objectives: list[Objective]) -> docs.Table:
    rows: list = []
    for number, objective in enumerate(objectives, start=1):
        rows.append(docs.TableRow([f"Mục tiêu {number}: {objective.statement}"], group=True))
        for index, item in enumerate(objective.actions.all(), start=1):
            rows.append(
                (
                    str(index),
                    item.action,
                    item.resources,
                    item.responsible,
                    item.timeframe,
                    item.evaluation_method,
                )
            )
    return docs.Table(
        (
            docs.Column("TT", 0.4, docs.Align.CENTER),
            docs.Column("Nội dung thực hiện", 2.6),
            docs.Column("Nguồn lực", 1.2),
            docs.Column("Người thực hiện", 1.3),
            docs.Column("Thời gian", 1.0, docs.Align.CENTER),
            docs.Column("Cách thức đánh giá", 1.5),
        ),
        rows,
        font_size=11,
    )


def build_objectives_document(agency: Agency, year: int, objectives: list[Objective]):
    words = period_words(agency, year)
    return docs.OfficialDocument(
        issuer=_issuer(agency),
        doc_type="Mục tiêu chất lượng",
        summary=f"{words[0].upper()}{words[1:]}",
        place=agency.place_name,
        body=(
            docs.Paragraph(
                f"Căn cứ Chính sách chất lượng và Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc "
                f"gia TCVN ISO 9001:2015, {agency.name} xác định mục tiêu chất lượng {words} "
                "như sau:"
            ),
            docs.Heading("Mục tiêu chất lượng", "I."),
            _objectives_table(objectives),
            docs.Heading("Tổ chức thực hiện", "II."),
            docs.Paragraph(
                "Các đơn vị, cá nhân được giao trách nhiệm tổ chức thực hiện mục tiêu theo Kế "
                "hoạch thực hiện tại Phụ lục kèm theo; định kỳ đo lường, cập nhật kết quả trên hệ "
                "thống ISO điện tử và báo cáo kết quả cuối kỳ."
            ),
        ),
        signature=_signature(agency),
        recipients=docs.Recipients(["Các phòng, đơn vị thuộc cơ quan"], archive=["VT"]),
        appendices=(
            docs.Appendix(
                f"Kế hoạch thực hiện mục tiêu chất lượng {words}",
                [_plan_table(objectives)],
                reference=f"(Kèm theo Mục tiêu chất lượng {words} của {agency.name})",
                landscape=True,
            ),
        ),
        author=agency.name,
    )


def _result_rows(objectives: list[Objective]) -> list:
    rows: list = []
    for index, objective in enumerate(objectives, start=1):
        evaluation = getattr(objective, "evaluation", None)
        value = evaluation.actual_value if evaluation else objective.latest_value
        result = RESULT_TEXT.get(evaluation.result, "") if evaluation else "Chưa đánh giá"
        label = objective.statement
        if objective.unit is not None:
            label = f"{objective.statement} ({objective.unit.name})"
        rows.append(
            (
                str(index),
                label,
                objective.target_text,
                f"{format_number(value)} {objective.measure_unit}" if value is not None else "",
                result,
                evaluation.explanation if evaluation else "",
            )
        )
    return rows


def build_results_report(agency: Agency, year: int, objectives: list[Objective]):
    words = period_words(agency, year)
    achieved = sum(
        1
        for objective in objectives
        if getattr(objective, "evaluation", None) is not None
        and objective.evaluation.result == Result.ACHIEVED
    )
    recipients = []
    oversight = agency.province.oversight_agency
    if oversight is not None:
        recipients.append(oversight.name)
    recipients.append("Lãnh đạo cơ quan")
    return docs.OfficialDocument(
        issuer=_issuer(agency),
        doc_type="Báo cáo",
        summary=f"Kết quả thực hiện mục tiêu chất lượng {words}",
        place=agency.place_name,
        body=(
            docs.Paragraph(
                f"{agency.name} báo cáo kết quả thực hiện mục tiêu chất lượng {words} như sau:"
            ),
            docs.Heading("Kết quả thực hiện mục tiêu", "I."),
            docs.Table(
                (
                    docs.Column("TT", 0.4, docs.Align.CENTER),
                    docs.Column("Mục tiêu", 2.2),
                    docs.Column("Chỉ tiêu", 1.0, docs.Align.CENTER),
                    docs.Column("Kết quả", 0.9, docs.Align.CENTER),
                    docs.Column("Đánh giá", 1.1, docs.Align.CENTER),
                    docs.Column("Giải thích", 1.6),
                ),
                _result_rows(objectives),
                font_size=11,
            ),
            docs.Heading("Đánh giá chung", "II."),
            docs.Paragraph(
                f"Tổng số mục tiêu: {len(objectives)}; số mục tiêu đạt: {achieved}; số mục tiêu "
                f"không đạt hoặc chưa đánh giá: {len(objectives) - achieved}."
            ),
        ),
        signature=_signature(agency),
        recipients=docs.Recipients(recipients, archive=["VT"]),
        author=agency.name,
    )


def filename(kind: str, agency: Agency, year: int) -> str:
    words = period_words(agency, year)
    if kind == "report":
        return f"Báo cáo kết quả mục tiêu chất lượng {words}"
    return f"Mục tiêu chất lượng {words}"
