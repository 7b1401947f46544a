"""The server-drawn SVG charts: scales, number formats, exact geometry, escaping, edge cases."""

import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from eiso.core import charts
from eiso.core.charts import Scale, format_number, nice_scale, shorten

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup: str) -> ElementTree.Element:
    """The chart is well-formed XML (an unescaped "<" or "&" would fail here)."""
    return ElementTree.fromstring(str(markup))


def rects(root):
    return [{k: r.get(k) for k in ("x", "y", "width", "height")} for r in root.iter(f"{SVG}rect")]


@pytest.mark.parametrize(
    ("values", "kwargs", "expected"),
    [
        ([3, 1, 0, 2], {"integer": True}, Scale(0, 3, 1)),
        ([], {}, Scale(0, 1, 0.25)),
        ([0, 0, 0], {"integer": True}, Scale(0, 1, 1)),
        ([7], {"integer": True}, Scale(0, 8, 2)),
        ([90, 95, Decimal("98.5"), 100], {"zero": False}, Scale(90, 100, 2.5)),
        ([5], {"zero": False}, Scale(4.5, 5.5, 0.25)),
        ([-3, 7], {}, Scale(-5, 7.5, 2.5)),
        ([0.3, 0.7], {}, Scale(0, 0.8, 0.2)),
        ([-2, -8], {"zero": False}, Scale(-8, -2, 2)),
        ([1234], {"integer": True}, Scale(0, 1500, 500)),
    ],
)
def test_nice_scale(values, kwargs, expected):
    assert nice_scale(values, **kwargs) == expected


def test_scale_ticks_have_no_float_noise():
    assert nice_scale([0.3, 0.7]).ticks() == [0, 0.2, 0.4, 0.6, 0.8]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234.5, "1.234,5"),
        (Decimal("100.00"), "100"),
        (Decimal("98.50"), "98,5"),
        (-0.25, "-0,25"),
        (0, "0"),
        (1234567, "1.234.567"),
    ],
)
def test_format_number_is_vietnamese(value, text):
    assert format_number(value) == text


def test_shorten():
    assert shorten("Phòng Giáo dục phổ thông", 30) == "Phòng Giáo dục phổ thông"
    assert shorten("Phòng Giáo dục phổ thông", 12) == "Phòng Giáo…"


def test_vertical_bars_exact_geometry():
    svg = charts.bar_chart([("≤ 30 ngày", 3), ("31–90 ngày", 1)], ident="age", title="Theo tuổi")
    root = parse(svg)
    assert root.get("viewBox") == "0 0 320 220" and root.get("width") == "100%"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "age-title age-desc"
    assert root.find(f"{SVG}title").text == "Theo tuổi"
    assert root.find(f"{SVG}desc").text == "≤ 30 ngày: 3; 31–90 ngày: 1"
    # Plot from y=20 (value 3) to y=176 (value 0); two slots of 143 units, bars 56 wide.
    assert rects(root) == [
        {"x": "73.5", "y": "20", "width": "56", "height": "156"},
        {"x": "216.5", "y": "124", "width": "56", "height": "52"},
    ]
    titles = [g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g")]
    assert titles == ["≤ 30 ngày: 3", "31–90 ngày: 1"]
    assert "style=" not in svg and "<script" not in svg


def test_bars_all_zero_stay_on_the_baseline():
    root = parse(charts.bar_chart([("A", 0), ("B", 0)], ident="z", title="Z"))
    assert [r["height"] for r in rects(root)] == ["0", "0"]
    assert [r["y"] for r in rects(root)] == ["176", "176"]
    ticks = [t.text for t in root.iter(f"{SVG}text")][:2]
    assert ticks == ["0", "1"]


def test_negative_and_decimal_bars_hang_below_zero():
    root = parse(charts.bar_chart([("A", 2.5), ("B", -1)], ident="n", title="N", integer=False))
    # Scale -1..3 in steps of 1: zero at 176 - 156 / 4 = 137.
    assert rects(root) == [
        {"x": "73.5", "y": "39.5", "width": "56", "height": "97.5"},
        {"x": "216.5", "y": "137", "width": "56", "height": "39"},
    ]
    values = [t.text for t in root.iter(f"{SVG}text") if t.get("font-weight") == "600"]
    assert values == ["2,5", "-1"]


def test_horizontal_bars_shorten_long_names_and_keep_them_in_the_title():
    long_name = "Phòng Kiểm soát thủ tục hành chính và cải cách hành chính"
    svg = charts.bar_chart(
        [(long_name, 4), ("Văn phòng", 1)], ident="unit", title="Theo đơn vị", horizontal=True
    )
    root = parse(svg)
    assert root.get("viewBox") == "0 0 320 88"
    # Plot from x=148 (0) over 148 units to 4.
    assert rects(root) == [
        {"x": "148", "y": "13", "width": "148", "height": "18"},
        {"x": "148", "y": "41", "width": "37", "height": "18"},
    ]
    group = next(root.iter(f"{SVG}g"))
    assert group.find(f"{SVG}title").text == f"{long_name}: 4"
    assert group.find(f"{SVG}text").text == "Phòng Kiểm soát thủ t…"


def test_text_is_escaped():
    svg = charts.bar_chart(
        [('<script>alert("x")</script> & co', 1)], ident='a"b', title="<b>T</b>", horizontal=True
    )
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg and "&amp; co" in svg and 'id="a&quot;b"' in svg
    parse(svg)


def test_no_data_shows_the_given_text():
    root = parse(charts.bar_chart([], ident="e", title="T", empty="Không có dữ liệu."))
    assert root.get("viewBox") == "0 0 320 56"
    assert [t.text for t in root.iter(f"{SVG}text")] == ["Không có dữ liệu."]
    assert not rects(root)


def test_stacked_bar_shares_and_legend():
    svg = charts.stacked_bar(
        [("Phản ánh, kiến nghị", 3), ("Đánh giá nội bộ", 1), ("Khác", 0)], ident="s", title="S"
    )
    root = parse(svg)
    assert root.get("viewBox") == "0 0 320 82"
    assert rects(root) == [
        {"x": "0", "y": "0", "width": "240", "height": "28"},
        {"x": "0", "y": "40", "width": "12", "height": "12"},
        {"x": "240", "y": "0", "width": "80", "height": "28"},
        {"x": "0", "y": "64", "width": "12", "height": "12"},
    ]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == ["Phản ánh, kiến nghị", "3", "75 %", "Đánh giá nội bộ", "1", "25 %"]
    assert root.find(f"{SVG}desc").text == "Phản ánh, kiến nghị: 3; Đánh giá nội bộ: 1"


def test_stacked_bar_of_zeros_is_empty():
    root = parse(charts.stacked_bar([("A", 0)], ident="s", title="S", empty="—"))
    assert not rects(root)


def test_line_chart_against_the_target():
    svg = charts.line_chart(
        [("31/03/2026", Decimal("90")), ("30/06/2026", Decimal("95")), ("30/09/2026", 98.5)],
        ident="obj",
        title="Kết quả",
        target=Decimal("100.00"),
        target_label="Chỉ tiêu ≥ 100 %",
        unit="%",
    )
    root = parse(svg)
    assert root.get("viewBox") == "0 0 460 250"
    # 90..100 with some room: scale 85..105 (step 5) over y 214..40; three slots of 134.7
    # from x=44.
    line = root.find(f"{SVG}polyline")
    assert line.get("points") == "111.3,170.5 246,127 380.7,96.5"
    circles = [(c.get("cx"), c.get("cy")) for c in root.iter(f"{SVG}circle")]
    assert circles == [("111.3", "170.5"), ("246", "127"), ("380.7", "96.5")]
    target = [ln for ln in root.iter(f"{SVG}line") if ln.get("stroke-dasharray")]
    # The target across the plot, then its key in the legend.
    assert [(t.get("y1"), t.get("y2")) for t in target] == [("83.5", "83.5"), ("10", "10")]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Chỉ tiêu ≥ 100 %" in texts and "98,5" in texts and "30/06/2026" in texts
    assert root.find(f"{SVG}desc").text == (
        "31/03/2026: 90 %; 30/06/2026: 95 %; 30/09/2026: 98,5 %. Chỉ tiêu ≥ 100 %"
    )


def test_line_chart_of_one_value_on_its_target_is_centred():
    root = parse(
        charts.line_chart([("01/01/2026", 5)], ident="o", title="T", target=5, target_label="=5")
    )
    assert root.find(f"{SVG}polyline") is None  # one point: no line
    circle = next(root.iter(f"{SVG}circle"))
    assert (circle.get("cx"), circle.get("cy")) == ("246", "127")  # middle of the plot


def test_line_chart_shortens_a_long_unit_and_thins_out_dates():
    unit = "hồ sơ giải quyết đúng hạn trên tổng số hồ sơ"
    points = [(f"{day:02d}/01/2026", day) for day in range(1, 25)]
    root = parse(charts.line_chart(points, ident="o", title="T", unit=unit))
    groups = [g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}title").text == unit]
    assert groups[0].find(f"{SVG}text").text == "hồ sơ giải quyế…"
    dates = [t.text for t in root.iter(f"{SVG}text") if re.fullmatch(r"\d\d/01/2026", t.text)]
    assert dates == [f"{day:02d}/01/2026" for day in range(1, 25, 5)]
    # Too many points for a value over each: the values stay in each point's title.
    assert "24" not in [t.text for t in root.iter(f"{SVG}text")]


def test_line_chart_without_points():
    root = parse(charts.line_chart([], ident="o", title="T", empty="Chưa có kết quả đo lường."))
    assert [t.text for t in root.iter(f"{SVG}text")] == ["Chưa có kết quả đo lường."]
