"""Demo plans of past years (benchmark scales, used by eiso/demo/steps/plans.py).

Besides the annual maintenance plan (the starter's wording and cycle, as plan 187/KH-SGDĐT of
seed 002, with a review task for each working unit), an agency issues during the year the plan of
its internal audit (May: the audit team, the programme, one audit per unit in June–July, the
report) and the plan of corrective action after it (August: each audited unit's corrections, the
verification of their effect, the report to the management review).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from eiso.plans.models import Plan, TimeframeKind
from eiso.plans.services import TaskData
from eiso.plans.starter import ISO, QD_19, QD_101

AUDIT, CORRECTIVE = "audit", "corrective"


def stand_in(pk) -> Any:
    """A unit known by its id only (TaskData wants a unit; the generator has not saved it yet)."""
    return SimpleNamespace(id=pk)


# Day and month each kind of plan is issued on (moved to a working day by the generator).
ISSUED_ON = {"maintain": (2, 5), AUDIT: (5, 12), CORRECTIVE: (8, 4)}


def unit_review_task(unit, year: int, office) -> TaskData:
    """The maintenance plan's row for one working unit (seed 002, rows 4-5 and 9 by unit)."""
    return TaskData(
        content=(
            f"Rà soát, cập nhật quy trình ISO, biểu mẫu và tài liệu có nguồn gốc bên ngoài do "
            f"{unit.name} chủ trì năm {year}"
        ),
        lead_unit=stand_in(unit.id),
        coordinating_units=[office] if office else [],
        timeframe_kind=TimeframeKind.RANGE,
        start_date=dt.date(year, 3, 1),
        due_date=dt.date(year, 4, 30),
    )


def audit_texts(plan: Plan, ref: str, office_name: str) -> None:
    year = plan.year
    plan.title = (
        f"Đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia {ISO} tại "
        f"{plan.agency.name} năm {year}"
    )
    plan.legal_bases = [QD_19, QD_101]
    plan.preamble_closing = (
        f"{plan.agency.name} xây dựng Kế hoạch đánh giá nội bộ Hệ thống quản lý chất lượng theo "
        f"tiêu chuẩn quốc gia {ISO} năm {year}, cụ thể như sau:"
    )
    plan.purposes = [
        f"Xác định mức độ phù hợp của Hệ thống quản lý chất lượng (HTQLCL) tại {ref} với yêu cầu "
        f"của tiêu chuẩn quốc gia {ISO}, các quy định pháp luật và quy trình nội bộ.",
        "Phát hiện các điểm không phù hợp, cơ hội cải tiến để các phòng, đơn vị kịp thời khắc "
        "phục; làm đầu vào cho cuộc họp xem xét của lãnh đạo.",
        "Việc đánh giá phải khách quan, đúng chương trình; chuyên gia đánh giá không đánh giá "
        "công việc của chính mình.",
    ]
    plan.implementation = [
        {
            "heading": "Đoàn đánh giá nội bộ",
            "paragraphs": [
                "Xây dựng chương trình, danh mục câu hỏi đánh giá; tiến hành đánh giá tại các "
                "phòng, đơn vị theo lịch; lập báo cáo kết quả đánh giá trình Lãnh đạo."
            ],
        },
        {
            "heading": f"Các phòng, đơn vị thuộc {ref}",
            "paragraphs": [
                "Bố trí cán bộ, công chức làm việc với Đoàn đánh giá; chuẩn bị đầy đủ hồ sơ, tài "
                "liệu của các quy trình được đánh giá."
            ],
        },
        {
            "heading": "",
            "paragraphs": [
                f"{office_name} là đầu mối theo dõi, tổng hợp kết quả đánh giá nội bộ, báo cáo "
                f"Lãnh đạo {ref}."
            ],
        },
    ]
    plan.appendix_title = f"Chương trình đánh giá nội bộ HTQLCL theo tiêu chuẩn quốc gia {ISO}"


def audit_tasks(year: int, office, units: list, ref: str) -> list[TaskData]:
    lead = {"lead_unit": office} if office else {"lead_label": f"Ban ISO {ref}"}
    team = "Đoàn đánh giá nội bộ"
    rows = [
        TaskData(
            content=f"Ban hành Quyết định thành lập Đoàn đánh giá nội bộ HTQLCL năm {year}",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 5, 25),
            coordinating_label="Lãnh đạo, Ban ISO",
            **lead,
        ),
        TaskData(
            content="Xây dựng chương trình, danh mục câu hỏi đánh giá nội bộ",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 6, 5),
            lead_label=team,
            coordinating_label=f"Các phòng, đơn vị thuộc {ref}",
        ),
        TaskData(
            content="Họp khai mạc, thông báo lịch đánh giá đến các phòng, đơn vị",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 6, 10),
            lead_label=team,
            coordinating_label=f"Các phòng, đơn vị thuộc {ref}",
        ),
    ]
    for index, unit in enumerate(units):
        start = dt.date(year, 6, 11) + dt.timedelta(days=3 * index)
        rows.append(
            TaskData(
                content=f"Đánh giá nội bộ tại {unit.name}",
                lead_label=team,
                coordinating_units=[stand_in(unit.id)],
                timeframe_kind=TimeframeKind.RANGE,
                start_date=start,
                due_date=start + dt.timedelta(days=2),
            )
        )
    rows += [
        TaskData(
            content="Họp kết thúc, thống nhất các điểm không phù hợp với các phòng, đơn vị",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 7, 20),
            lead_label=team,
            coordinating_label=f"Các phòng, đơn vị thuộc {ref}",
        ),
        TaskData(
            content="Báo cáo kết quả đánh giá nội bộ trình Lãnh đạo xem xét",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 7, 30),
            coordinating_label=team,
            **lead,
        ),
    ]
    return rows


def corrective_texts(plan: Plan, ref: str, office_name: str) -> None:
    year = plan.year
    plan.title = (
        f"Khắc phục, cải tiến sau đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc "
        f"gia {ISO} tại {plan.agency.name} năm {year}"
    )
    plan.legal_bases = [QD_19, QD_101]
    plan.preamble_closing = (
        f"Căn cứ kết quả đánh giá nội bộ năm {year}, {plan.agency.name} xây dựng Kế hoạch khắc "
        f"phục, cải tiến Hệ thống quản lý chất lượng, cụ thể như sau:"
    )
    plan.purposes = [
        "Khắc phục triệt để các điểm không phù hợp phát hiện qua đánh giá nội bộ; loại bỏ nguyên "
        "nhân để không lặp lại.",
        f"Cải tiến các quy trình, biểu mẫu chưa phù hợp thực tế, nâng cao hiệu lực của HTQLCL tại "
        f"{ref}.",
    ]
    plan.implementation = [
        {
            "heading": f"Các phòng, đơn vị thuộc {ref}",
            "paragraphs": [
                "Phân tích nguyên nhân, đề xuất và thực hiện hành động khắc phục đối với từng điểm "
                "không phù hợp của đơn vị mình; báo cáo kết quả về Văn phòng đúng thời hạn."
            ],
        },
        {
            "heading": "",
            "paragraphs": [
                f"{office_name} theo dõi, kiểm tra hiệu lực của hành động khắc phục, tổng hợp báo "
                f"cáo tại cuộc họp xem xét của lãnh đạo."
            ],
        },
    ]
    plan.appendix_title = "Các nhiệm vụ khắc phục, cải tiến sau đánh giá nội bộ"


def corrective_tasks(year: int, office, units: list, ref: str) -> list[TaskData]:
    lead = {"lead_unit": office} if office else {"lead_label": f"Ban ISO {ref}"}
    rows = [
        TaskData(
            content=(
                f"Phân tích nguyên nhân, thực hiện hành động khắc phục các điểm không phù hợp tại "
                f"{unit.name}"
            ),
            lead_unit=stand_in(unit.id),
            coordinating_units=[office] if office else [],
            timeframe_kind=TimeframeKind.RANGE,
            start_date=dt.date(year, 8, 5),
            due_date=dt.date(year, 9, 5),
        )
        for unit in units
    ]
    rows += [
        TaskData(
            content="Cập nhật quy trình, biểu mẫu được sửa đổi sau khắc phục lên Hệ thống",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 9, 10),
            coordinating_label=f"Các phòng, đơn vị thuộc {ref}",
            **lead,
        ),
        TaskData(
            content="Kiểm tra, xác nhận hiệu lực của hành động khắc phục",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 9, 20),
            lead_label="Đoàn đánh giá nội bộ",
            coordinating_label=f"Các phòng, đơn vị thuộc {ref}",
        ),
        TaskData(
            content="Tổng hợp kết quả khắc phục, báo cáo tại cuộc họp xem xét của lãnh đạo",
            timeframe_kind=TimeframeKind.BEFORE,
            due_date=dt.date(year, 9, 28),
            coordinating_label="Ban ISO",
            **lead,
        ),
    ]
    return rows


# Progress notes of closed work (history).
STARTED_NOTES = (
    "Đã triển khai đến các phòng, đơn vị.",
    "Đang tổng hợp số liệu, hồ sơ của các phòng.",
    "Đã hoàn thành dự thảo, đang lấy ý kiến các phòng.",
)
DONE_NOTES = (
    "Đã hoàn thành, lưu hồ sơ tại Văn phòng.",
    "Đã hoàn thành, báo cáo Lãnh đạo.",
    "Hoàn thành đúng kế hoạch; hồ sơ lưu theo quy định.",
)
LATE_NOTE = "Hoàn thành chậm so với kế hoạch do trùng lịch công tác; đã báo cáo Lãnh đạo."
SHARE_DONE_NOTES = (
    "Đã gửi báo cáo về Sở Khoa học và Công nghệ.",
    "Đã hoàn thành, báo cáo kèm hồ sơ minh chứng.",
)
