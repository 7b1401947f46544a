"""Plausible QMS status histories (QMSStatusChange rows) for generated ISO units.

The dates follow the real calendar of ISO in Vietnamese public administration: agencies moved from
TCVN ISO 9001:2008 to TCVN ISO 9001:2015 after QĐ 101/2018/QĐ-TTg; the 2025 reorganisation merged
departments (March 2025) and created the new communes (1 July 2025), whose QMS starts from zero.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

NOT_STARTED, BUILDING, APPLIED, DECLARED, MAINTAINING = (
    "not_started",
    "building",
    "applied",
    "declared",
    "maintaining",
)

_REASONS = {
    BUILDING: "Thành lập Ban chỉ đạo ISO, xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.",
    APPLIED: "Ban hành chính sách, mục tiêu chất lượng và các quy trình; áp dụng HTQLCL vào hoạt động của cơ quan.",
    DECLARED: "Người đứng đầu ký quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015, gửi Sở Khoa học và Công nghệ.",
    MAINTAINING: "Duy trì, cải tiến HTQLCL: đánh giá nội bộ và họp xem xét của lãnh đạo định kỳ hằng năm.",
}
_TRANSITION = (
    "Chuyển đổi HTQLCL từ TCVN ISO 9001:2008 sang TCVN ISO 9001:2015 theo Quyết định số "
    "101/2018/QĐ-TTg."
)
_EXPANDING = (
    "Mở rộng phạm vi áp dụng HTQLCL cho các thủ tục hành chính và nhiệm vụ được tiếp nhận khi sắp "
    "xếp, hợp nhất cơ quan năm 2025."
)
_REORGANISED = "Cơ quan được tổ chức lại từ 01/03/2025; HTQLCL phải được xây dựng lại cho chức năng, nhiệm vụ mới."
_NEW_COMMUNE = "Đơn vị hành chính cấp xã mới được thành lập từ 01/07/2025; chưa xây dựng HTQLCL."
_ENCOURAGED = "Đơn vị sự nghiệp công lập được khuyến khích, chưa xây dựng HTQLCL."


@dataclass(frozen=True)
class Change:
    from_status: str
    to_status: str
    changed_on: dt.date
    reason: str
    expanding_scope: bool = False
    transitioning_edition: bool = False


def _day(rng: random.Random, year: int, month: int, span_months: int = 2) -> dt.date:
    start = dt.date(year, month, 1)
    return start + dt.timedelta(days=rng.randrange(span_months * 28))


def _climb(
    rng: random.Random, start: str, steps: list[tuple[str, dt.date]], first_reason: str = ""
) -> list[Change]:
    changes: list[Change] = []
    current = start
    for to_status, on in steps:
        reason = _REASONS[to_status]
        transitioning = False
        if not changes and first_reason:
            reason, transitioning = first_reason, first_reason == _TRANSITION
        changes.append(Change(current, to_status, on, reason, transitioning_edition=transitioning))
        current = to_status
    return changes


def _veteran(rng: random.Random) -> list[Change]:
    return _climb(
        rng,
        "",
        [
            (BUILDING, _day(rng, 2019, 2)),
            (APPLIED, _day(rng, 2019, 7)),
            (DECLARED, _day(rng, 2020, 1)),
            (MAINTAINING, _day(rng, 2021, 3)),
        ],
        first_reason=_TRANSITION,
    )


def _new_2025(rng: random.Random, depth: int) -> list[Change]:
    changes = [Change("", NOT_STARTED, dt.date(2025, 3, 1), _REORGANISED)]
    plan = [
        (BUILDING, _day(rng, 2025, 4)),
        (APPLIED, _day(rng, 2025, 9)),
        (DECLARED, _day(rng, 2026, 1)),
    ]
    return changes + _climb(rng, NOT_STARTED, plan[:depth])


def _commune(rng: random.Random, final: str | None) -> list[Change]:
    changes = [Change("", NOT_STARTED, dt.date(2025, 7, 1), _NEW_COMMUNE)]
    if final is None:
        final = rng.choices([NOT_STARTED, BUILDING, APPLIED, DECLARED], weights=[5, 7, 5, 3])[0]
    plan = [
        (BUILDING, _day(rng, 2025, 8)),
        (APPLIED, _day(rng, 2025, 11)),
        (DECLARED, _day(rng, 2026, 2)),
    ]
    depth = [NOT_STARTED, BUILDING, APPLIED, DECLARED].index(final)
    return changes + _climb(rng, NOT_STARTED, plan[:depth])


def status_history(plan: str, rng: random.Random, *, final: str | None = None) -> list[Change]:
    """The changes of one ISO unit, oldest first. `final` forces a commune's end status."""
    if plan == "veteran":
        return _veteran(rng)
    if plan == "veteran_expanding":
        changes = _veteran(rng)
        on = _day(rng, 2025, 8)
        return [*changes, Change(MAINTAINING, MAINTAINING, on, _EXPANDING, expanding_scope=True)]
    if plan == "new_2025":
        return _new_2025(rng, rng.choice([1, 2, 2, 3]))
    if plan == "applied_recently":
        return _climb(rng, "", [(BUILDING, _day(rng, 2024, 3)), (APPLIED, _day(rng, 2024, 10))])
    if plan == "encouraged":
        choice = rng.choices(["none", "building", "veteran"], weights=[4, 3, 3])[0]
        if choice == "veteran":
            return _veteran(rng)
        changes = [Change("", NOT_STARTED, _day(rng, 2019, 1), _ENCOURAGED)]
        if choice == "building":
            changes += _climb(rng, NOT_STARTED, [(BUILDING, _day(rng, 2025, 10))])
        return changes
    if plan == "commune":
        return _commune(rng, final)
    raise ValueError(f"unknown status plan {plan!r}")
