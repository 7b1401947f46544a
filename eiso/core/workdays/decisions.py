"""Known government decisions on days off for public servants, as calendar data.

`holidays` 0.108 already gives every 2026 date below (checked by the tests), so `seed_calendar`
adds nothing with it; the table is what makes an installation with an older package (or a future
package that drops a decision) still compute 2026 deadlines correctly. Add next year's decisions
here as they are published, or enter them in the calendar page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eiso.core.models import CalendarException

OFF = CalendarException.Kind.DAY_OFF
WORK = CalendarException.Kind.WORKING_DAY


@dataclass(frozen=True)
class Decision:
    date: dt.date
    kind: str
    note: str


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


_TET_2026 = (
    "Tết Nguyên đán Bính Ngọ: công chức, viên chức nghỉ từ thứ Hai 16/02 đến thứ Sáu 20/02/2026"
)
_QUOC_KHANH_2026 = (
    "Quốc khánh 2026: nghỉ 01/09 và 02/09; nghỉ thứ Hai 31/08, làm bù thứ Bảy 22/08/2026"
)

KNOWN_DECISIONS: tuple[Decision, ...] = (
    Decision(dt.date(2026, 1, 1), OFF, "Tết Dương lịch 2026"),
    *(Decision(day, OFF, _TET_2026) for day in _days(dt.date(2026, 2, 16), dt.date(2026, 2, 20))),
    Decision(
        dt.date(2026, 4, 27),
        OFF,
        "Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng Chủ nhật 26/04/2026: nghỉ bù thứ Hai 27/04",
    ),
    Decision(dt.date(2026, 4, 30), OFF, "Ngày Chiến thắng 30/4/2026"),
    Decision(dt.date(2026, 5, 1), OFF, "Ngày Quốc tế Lao động 01/5/2026"),
    Decision(dt.date(2026, 8, 22), WORK, _QUOC_KHANH_2026),
    *(
        Decision(day, OFF, _QUOC_KHANH_2026)
        for day in _days(dt.date(2026, 8, 31), dt.date(2026, 9, 2))
    ),
    Decision(
        dt.date(2026, 11, 24),
        OFF,
        "Ngày Văn hóa Việt Nam 24/11, ngày nghỉ hưởng nguyên lương từ năm 2026",
    ),
)
