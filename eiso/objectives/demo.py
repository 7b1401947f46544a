"""Demo quality objectives: the catalogue of realistic Vietnamese objectives and how their
measurements are drawn (on track, at risk, off track). Used by eiso/demo/steps/objectives.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Spec:
    statement: str
    indicator: str
    comparator: str
    target: int
    unit: str
    frequency: str
    actions: tuple[tuple[str, str, str, str], ...]  # (what, resources, when, how evaluated)


AGENCY_SPECS = (
    Spec(
        "100% hồ sơ TTHC được giải quyết đúng hạn",
        "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
        "gte",
        100,
        "%",
        "quarterly",
        (
            (
                "Rà soát, cập nhật quy trình giải quyết TTHC theo quy định mới",
                "Cán bộ, công chức các phòng",
                "Quý I",
                "Quy trình được ban hành, cập nhật trên hệ thống",
            ),
            (
                "Theo dõi tiến độ hồ sơ hằng tuần trên Hệ thống thông tin giải quyết TTHC",
                "Hệ thống thông tin giải quyết TTHC",
                "Thường xuyên",
                "Báo cáo tỷ lệ đúng hạn hằng quý",
            ),
        ),
    ),
    Spec(
        "Tỷ lệ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC đạt từ 95% trở lên",
        "Tỷ lệ người dân, tổ chức hài lòng",
        "gte",
        95,
        "%",
        "quarterly",
        (
            (
                "Khảo sát ý kiến người dân, tổ chức sau khi nhận kết quả",
                "Phiếu khảo sát điện tử",
                "Hằng quý",
                "Tổng hợp kết quả khảo sát",
            ),
            (
                "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa",
                "Kinh phí đào tạo năm",
                "Quý II",
                "Danh sách, kết quả tập huấn",
            ),
        ),
    ),
    Spec(
        "Không có phản ánh, kiến nghị về thái độ phục vụ của cán bộ, công chức",
        "Số phản ánh, kiến nghị về thái độ phục vụ",
        "lte",
        0,
        "phản ánh",
        "quarterly",
        (
            (
                "Công khai đường dây nóng, hòm thư góp ý tại Bộ phận Một cửa",
                "Văn phòng",
                "Quý I",
                "Biên bản kiểm tra việc niêm yết",
            ),
            (
                "Xử lý, trả lời 100% phản ánh, kiến nghị trong thời hạn quy định",
                "Lãnh đạo các phòng",
                "Thường xuyên",
                "Sổ theo dõi phản ánh, kiến nghị",
            ),
        ),
    ),
    Spec(
        "Tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết trực tuyến đạt từ 50% trở lên",
        "Tỷ lệ hồ sơ trực tuyến toàn trình",
        "gte",
        50,
        "%",
        "half_yearly",
        (
            (
                "Hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công",
                "Công chức Bộ phận Một cửa",
                "Thường xuyên",
                "Tỷ lệ hồ sơ trực tuyến 6 tháng",
            ),
        ),
    ),
)

SCHOOL_SPEC = Spec(
    "Tỷ lệ học sinh được lên lớp, hoàn thành chương trình đạt từ 98% trở lên",
    "Tỷ lệ học sinh lên lớp",
    "gte",
    98,
    "%",
    "half_yearly",
    (
        (
            "Tổ chức phụ đạo học sinh yếu, kém theo từng học kỳ",
            "Giáo viên bộ môn",
            "Học kỳ I, II",
            "Kết quả đánh giá cuối học kỳ",
        ),
    ),
)

UNIT_SPECS = (
    Spec(
        "Giải quyết 100% văn bản đến đúng thời hạn",
        "Tỷ lệ văn bản đến được xử lý đúng hạn",
        "gte",
        100,
        "%",
        "quarterly",
        (
            (
                "Phân công xử lý văn bản đến trong ngày trên hệ thống quản lý văn bản",
                "Hệ thống quản lý văn bản",
                "Thường xuyên",
                "Báo cáo văn bản quá hạn hằng quý",
            ),
        ),
    ),
    Spec(
        "Thời gian giải quyết trung bình một hồ sơ không quá 5 ngày làm việc",
        "Thời gian giải quyết trung bình một hồ sơ",
        "lte",
        5,
        "ngày",
        "quarterly",
        (
            (
                "Rà soát các bước xử lý kéo dài, đề xuất cắt giảm thời gian",
                "Công chức phòng",
                "Quý II",
                "Thời gian trung bình theo báo cáo quý",
            ),
        ),
    ),
)

PROFILES = ("on_track",) * 6 + ("at_risk",) * 3 + ("off_track",) * 2


def gaps(profile: str, count: int, rng) -> list[int]:
    """Distance from the target at each measurement (0 = target met)."""
    if count == 0:
        return []
    if profile == "on_track":
        return [rng.choice((0, 0, 1, 2)) for _ in range(count - 1)] + [0]
    if profile == "at_risk":
        start = rng.randint(count + 1, count + 5)
        return [start - i for i in range(count)]
    values = [rng.randint(1, 4) for _ in range(count)]
    if count > 1:
        values[-1] = values[-2] + rng.randint(0, 2)
    return values


def value_for(spec: Spec, gap: int) -> Decimal:
    if spec.comparator == "gte":
        return Decimal(max(spec.target - gap, 0))
    return Decimal(spec.target + gap)


def measured_days(slots: list[tuple[dt.date, dt.date]], today: dt.date) -> list[dt.date]:
    """One measurement per slot that ended before today, dated on its last day."""
    return [end for _start, end in slots if end < today]


# Years of history (benchmark scales) ------------------------------------------------------------
# Past years are measured more often than the demo's current year: the one-stop-shop figures come
# from the TTHC information system every month; each working unit follows its own objectives.

_MONTHLY, _QUARTERLY, _HALF = "monthly", "quarterly", "half_yearly"


def _with(spec: Spec, frequency: str) -> Spec:
    return Spec(
        spec.statement,
        spec.indicator,
        spec.comparator,
        spec.target,
        spec.unit,
        frequency,
        spec.actions,
    )


HISTORY_AGENCY_SPECS = (
    _with(AGENCY_SPECS[0], _MONTHLY),
    _with(AGENCY_SPECS[1], _QUARTERLY),
    _with(AGENCY_SPECS[2], _MONTHLY),
    _with(AGENCY_SPECS[3], _MONTHLY),
    Spec(
        "Không có hồ sơ TTHC quá hạn phải gửi văn bản xin lỗi người dân, tổ chức",
        "Số hồ sơ quá hạn phải xin lỗi",
        "lte",
        0,
        "hồ sơ",
        _MONTHLY,
        (
            (
                "Cảnh báo hồ sơ sắp đến hạn trên Hệ thống thông tin giải quyết TTHC",
                "Hệ thống thông tin giải quyết TTHC",
                "Thường xuyên",
                "Số hồ sơ quá hạn hằng tháng",
            ),
            (
                "Kiểm điểm trách nhiệm cá nhân để hồ sơ quá hạn",
                "Lãnh đạo các phòng",
                "Khi phát sinh",
                "Biên bản kiểm điểm",
            ),
        ),
    ),
    Spec(
        "100% cán bộ, công chức được phổ biến, tập huấn về HTQLCL theo TCVN ISO 9001:2015",
        "Tỷ lệ công chức được tập huấn về HTQLCL",
        "gte",
        100,
        "%",
        _HALF,
        (
            (
                "Tổ chức lớp tập huấn nhận thức về TCVN ISO 9001:2015 cho công chức mới",
                "Kinh phí cải cách hành chính",
                "Quý II",
                "Danh sách học viên, kết quả tập huấn",
            ),
        ),
    ),
)
HISTORY_SCHOOL_SPEC = SCHOOL_SPEC
# The online share asked of agencies grew year by year (Đề án 06, Quyết định 468/QĐ-TTg).
ONLINE_TARGETS = {2021: 30, 2022: 40, 2023: 50, 2024: 60}
ONLINE_TARGET_LATER = 70

HISTORY_UNIT_SPECS: dict[str, tuple[Spec, ...]] = {
    "office": (
        Spec(
            "Tham mưu ban hành 100% văn bản đúng thời hạn được giao",
            "Tỷ lệ văn bản tham mưu đúng hạn",
            "gte",
            100,
            "%",
            _MONTHLY,
            (
                (
                    "Theo dõi nhiệm vụ được giao trên hệ thống quản lý văn bản, nhắc hạn hằng tuần",
                    "Hệ thống quản lý văn bản và điều hành",
                    "Thường xuyên",
                    "Báo cáo nhiệm vụ quá hạn hằng tháng",
                ),
            ),
        ),
        Spec(
            "100% hồ sơ công việc được lập, lưu trữ đúng quy định",
            "Tỷ lệ hồ sơ công việc được lập đúng quy định",
            "gte",
            100,
            "%",
            _MONTHLY,
            (
                (
                    "Hướng dẫn lập hồ sơ điện tử theo danh mục hồ sơ của cơ quan",
                    "Công chức văn thư, lưu trữ",
                    "Quý I",
                    "Kết quả kiểm tra hồ sơ cuối năm",
                ),
            ),
        ),
    ),
    "division": (
        _with(UNIT_SPECS[0], _MONTHLY),
        Spec(
            "Thời gian giải quyết trung bình một hồ sơ không quá 5 ngày làm việc",
            "Thời gian giải quyết trung bình một hồ sơ",
            "lte",
            5,
            "ngày",
            _MONTHLY,
            UNIT_SPECS[1].actions,
        ),
    ),
    "one_door": (
        Spec(
            "100% hồ sơ được tiếp nhận, trả kết quả đúng hẹn tại Bộ phận Một cửa",
            "Tỷ lệ hồ sơ trả kết quả đúng hẹn",
            "gte",
            100,
            "%",
            _MONTHLY,
            (
                (
                    "Nhắc lịch hẹn trả kết quả qua tin nhắn cho người dân, tổ chức",
                    "Hệ thống thông tin giải quyết TTHC",
                    "Thường xuyên",
                    "Tỷ lệ trả kết quả đúng hẹn hằng tháng",
                ),
            ),
        ),
    ),
}

# A closed year: most objectives reached their target by the last measurement.
HISTORY_PROFILES = ("on_track",) * 7 + ("at_risk",) * 2 + ("off_track",)
_STEPS = {"%": Decimal("0.5"), "ngày": Decimal("0.5")}

NOT_ACHIEVED_EXPLANATIONS = (
    "Một số hồ sơ trễ hạn do phối hợp liên thông chưa kịp thời; đã đề ra biện pháp khắc phục "
    "trong kỳ sau.",
    "Khối lượng hồ sơ tăng cao vào cuối năm trong khi biên chế thiếu; đã đề xuất bổ sung nhân "
    "sự và điều chỉnh phân công.",
    "Hệ thống phần mềm gián đoạn trong quý III làm chậm xử lý; đã phối hợp đơn vị cung cấp khắc "
    "phục, theo dõi trong năm sau.",
    "Người dân chưa quen nộp hồ sơ trực tuyến; tiếp tục tuyên truyền, hướng dẫn tại Bộ phận Một "
    "cửa.",
)
SOURCES = {
    "%": "Hệ thống thông tin giải quyết TTHC tỉnh",
    "ngày": "Hệ thống thông tin giải quyết TTHC tỉnh",
    "hồ sơ": "Hệ thống thông tin giải quyết TTHC tỉnh",
    "phản ánh": "Sổ theo dõi phản ánh, kiến nghị",
}


def history_spec(spec: Spec, year: int) -> Spec:
    """The spec as set for a past year (the online share's target follows the year)."""
    if spec is not HISTORY_AGENCY_SPECS[3]:
        return spec
    target = ONLINE_TARGETS.get(year, ONLINE_TARGET_LATER)
    statement = f"Tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết trực tuyến đạt từ {target}% trở lên"
    return Spec(
        statement, spec.indicator, spec.comparator, target, spec.unit, spec.frequency, spec.actions
    )


def history_value(spec: Spec, gap: int) -> Decimal:
    """The reading `gap` steps away from the target (half points for percentages and days)."""
    step = _STEPS.get(spec.unit, Decimal(1))
    if spec.comparator == "gte":
        return max(Decimal(spec.target) - gap * step, Decimal(0))
    return Decimal(spec.target) + gap * step


def slot_label(start: dt.date, end: dt.date, frequency: str) -> str:
    if frequency == _MONTHLY:
        return f"tháng {end.month}/{end.year}"
    return f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
