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
