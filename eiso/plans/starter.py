""" "Start fast": the standard wording of an annual ISO plan and its annual cycle of tasks.

Modelled on plan 187/KH-SGDĐT (seed 002): plan early in the year, evaluate the objectives and
set new ones, new and revised processes, training, internal audit in June–July, corrective
action after it, management review before 30/9, external documents, and the annual report to
the DOST "Theo quy định" (the provincial plan asks for it by 15/10, seed 001). Lead: the office
(Văn phòng), which keeps the QMS in most agencies; coordination: the agency's divisions.
Document text is Vietnamese whatever the interface language (it is the plan's content).
"""

from __future__ import annotations

import datetime as dt

from eiso.organizations.models import Agency, AgencyKind, Unit, UnitKind
from eiso.plans.models import Plan, PlanScope, Rhythm, TimeframeKind

ISO = "TCVN ISO 9001:2015"
QD_19 = (
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng "
    "Hệ thống quản lý chất lượng theo Tiêu chuẩn TCVN ISO 9001:2008 (nay là tiêu chuẩn quốc gia "
    f"{ISO}) vào hoạt động của các cơ quan hành chính nhà nước,"
)
QD_101 = (
    "Căn cứ Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ trưởng Bộ Khoa học và Công nghệ "
    "công bố mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 "
    "cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương,"
)


def reference(agency: Agency) -> str:
    """How the agency calls itself inside its own documents ("Sở", "UBND huyện")."""
    if agency.kind == AgencyKind.DEPARTMENT:
        return "Sở"
    return agency.short_name or agency.name


def plan_title(agency: Agency, year: int, scope: str = PlanScope.AGENCY) -> str:
    if scope == PlanScope.PROVINCE:
        place = agency.place_name or agency.province.name
        return (
            f"Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia {ISO} vào "
            f"hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tỉnh {place} "
            f"năm {year}"
        )
    return (
        f"Duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia {ISO} "
        f"vào hoạt động của {agency.name} năm {year}"
    )


def _purposes(ref: str, year: int) -> list[str]:
    return [
        f"Tiếp tục duy trì áp dụng và cải tiến Hệ thống quản lý chất lượng (HTQLCL) theo tiêu "
        f"chuẩn quốc gia {ISO} vào hoạt động của {ref}; bảo đảm các quy trình giải quyết thủ tục "
        f"hành chính, công việc hành chính được cập nhật kịp thời.",
        f"Nâng cao chất lượng công tác đánh giá nội bộ, khắc phục, cải tiến HTQLCL; nâng cao hiệu "
        f"lực, hiệu quả công tác quản lý nhà nước, góp phần nâng cao chỉ số cải cách hành chính "
        f"năm {year}.",
        f"Việc duy trì, áp dụng các quy trình theo yêu cầu của HTQLCL theo tiêu chuẩn quốc gia "
        f"{ISO} là nhiệm vụ trọng tâm và thường xuyên.",
    ]


def _implementation(ref: str, office) -> list[dict]:
    office_name = office.name if office else "Văn phòng"
    return [
        {
            "heading": f"Các phòng, đơn vị thuộc {ref}",
            "paragraphs": [
                "Thủ trưởng các phòng, đơn vị có trách nhiệm quán triệt, triển khai thực hiện "
                "nghiêm Kế hoạch này đến cán bộ, công chức, viên chức, người lao động thuộc quyền "
                "quản lý; chủ động lồng ghép với nhiệm vụ công tác năm để tổ chức thực hiện đồng "
                "bộ và có hiệu quả."
            ],
        },
        {
            "heading": "",
            "paragraphs": [
                f"{office_name} có trách nhiệm theo dõi, đôn đốc, kiểm tra, tổng hợp tình hình "
                f"thực hiện công tác duy trì áp dụng và cải tiến HTQLCL theo tiêu chuẩn quốc gia "
                f"{ISO} tại {ref} và báo cáo định kỳ, đột xuất theo quy định."
            ],
        },
    ]


_LOOKUP = object()


def apply_texts(plan: Plan, *, office=_LOOKUP, oversight_name: str | None = None) -> Plan:
    """Fill a new plan's document parts with the standard wording.

    `office` (anything with `name` and `symbol`) and `oversight_name` (the DOST) are looked up
    in the database unless given (the demo generator passes them before anything is saved).
    """
    agency, year = plan.agency, plan.year
    if office is _LOOKUP:
        office = office_unit(agency)
    if oversight_name is None:
        oversight = agency.province.oversight_agency
        is_self = oversight is not None and oversight.pk == agency.pk
        oversight_name = oversight.name if oversight is not None and not is_self else ""
    ref = reference(agency)
    plan.title = plan_title(agency, year, plan.scope)
    plan.legal_bases = [QD_19, QD_101]
    plan.preamble_closing = (
        f"{agency.name} xây dựng Kế hoạch duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng "
        f"theo tiêu chuẩn quốc gia {ISO} năm {year}, cụ thể như sau:"
    )
    plan.purposes = _purposes(ref, year)
    plan.implementation = _implementation(ref, office)
    office_name = office.name if office else "Văn phòng"
    plan.closing = (
        f"Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời "
        f"phản ánh về {office_name} để tổng hợp, báo cáo lãnh đạo xem xét, điều chỉnh, "
        f"bổ sung cho phù hợp./."
    )
    recipients = [oversight_name] if oversight_name else []
    recipients += [f"Lãnh đạo {ref}", f"Các phòng, đơn vị thuộc {ref}"]
    plan.recipients = recipients
    plan.archive = ["VT", office.symbol] if office and office.symbol else ["VT"]
    plan.signer_title = (agency.head_title or "").upper()
    return plan


def office_unit(agency: Agency) -> Unit | None:
    units = Unit.objects.filter(agency=agency, is_active=True)
    return units.filter(kind=UnitKind.OFFICE).order_by("path").first()


def _d(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


def standard_tasks(agency: Agency, year: int, *, office=_LOOKUP):
    """The annual cycle as TaskData rows (lead: the office unit; coordination: the divisions)."""
    from eiso.plans.services import TaskData

    ref = reference(agency)
    if office is _LOOKUP:
        office = office_unit(agency)
    lead = {"lead_unit": office} if office else {"lead_label": f"Ban ISO {ref}"}
    divisions = f"Các phòng, đơn vị thuộc {ref}"
    period = f"năm học {year - 1}-{year}" if agency.school_year_objectives else f"năm {year - 1}"
    new_period = f"năm học {year}-{year + 1}" if agency.school_year_objectives else f"năm {year}"
    rows = [
        (
            f"Xây dựng kế hoạch duy trì, cải tiến HTQLCL theo tiêu chuẩn quốc gia {ISO} năm {year}",
            TimeframeKind.BEFORE,
            None,
            _d(year, 2, 15),
            "",
        ),
        (
            f"Đánh giá kết quả thực hiện mục tiêu chất lượng {period}; xây dựng mục tiêu chất lượng "
            f"{new_period}",
            TimeframeKind.MONTH,
            _d(year, 1, 1),
            None,
            "",
        ),
        ("Xây dựng mới các quy trình ISO (nếu có)", TimeframeKind.RECURRING, None, None, ""),
        (
            f"Rà soát, bổ sung, sửa đổi các quy trình ISO của {ref}",
            TimeframeKind.RECURRING,
            None,
            None,
            Rhythm.QUARTERLY,
        ),
        (
            f"Đào tạo, tập huấn về HTQLCL theo tiêu chuẩn quốc gia {ISO} cho cán bộ, công chức",
            TimeframeKind.QUARTER,
            _d(year, 4, 1),
            None,
            "",
        ),
        ("Đánh giá nội bộ", TimeframeKind.RANGE, _d(year, 6, 1), _d(year, 7, 30), ""),
        (
            "Tiến hành khắc phục sau đánh giá nội bộ",
            TimeframeKind.RANGE,
            _d(year, 8, 1),
            _d(year, 9, 15),
            "",
        ),
        ("Tổ chức họp xem xét của lãnh đạo", TimeframeKind.BEFORE, None, _d(year, 9, 30), ""),
        (
            "Rà soát, cập nhật tài liệu có nguồn gốc bên ngoài của các quy trình ISO",
            TimeframeKind.RECURRING,
            None,
            None,
            Rhythm.HALF_YEARLY,
        ),
        (
            f"Báo cáo kết quả thực hiện hoạt động duy trì, cải tiến HTQLCL theo tiêu chuẩn quốc gia "
            f"{ISO} năm {year}",
            TimeframeKind.REGULATORY,
            None,
            _d(year, 10, 15),
            "",
        ),
    ]
    return [
        TaskData(
            content=content,
            coordinating_label=divisions,
            timeframe_kind=kind,
            start_date=start,
            due_date=due,
            rhythm=rhythm,
            regulation="Báo cáo Sở Khoa học và Công nghệ trước 15/10"
            if kind == TimeframeKind.REGULATORY
            else "",
            **lead,
        )
        for content, kind, start, due, rhythm in rows
    ]
