"""Processing times as agencies write them (property-based: any amount round-trips)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from eiso.procedures.models import TimeUnit
from eiso.procedures.parsing import parse_time


def test_written_forms():
    assert parse_time("10") == (Decimal(10), TimeUnit.DAYS)
    assert parse_time("2,5 ngày làm việc") == (Decimal("2.5"), TimeUnit.DAYS)
    assert parse_time("04 giờ làm việc") == (Decimal(4), TimeUnit.HOURS)
    assert parse_time("Trong ngày") == (Decimal(8), TimeUnit.HOURS)
    assert parse_time("3", "giờ làm việc") == (Decimal(3), TimeUnit.HOURS)
    assert parse_time("mười ngày") is None
    assert parse_time("-1") is None


@given(
    st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["", " ngày", " ngày làm việc", " giờ", " giờ làm việc"]),
    st.booleans(),
)
def test_any_amount_round_trips(amount, suffix, comma):
    text = f"{amount:f}"
    if comma:
        text = text.replace(".", ",")
    parsed = parse_time(text + suffix)
    assert parsed is not None
    assert parsed[0] == amount
    assert parsed[1] == (TimeUnit.HOURS if "giờ" in suffix else TimeUnit.DAYS)
