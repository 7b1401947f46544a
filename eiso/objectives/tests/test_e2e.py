"""In a browser: the ISO coordinator creates a unit objective with its plan, the unit head enters
a measurement with evidence (htmx form), the coordinator proposes the year-end evaluation and the
agency head approves it. Screenshots: artifacts/e2e/objectives-*.png."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from eiso.objectives import services
from eiso.objectives.models import Evaluation, EvaluationState, Measurement, Objective
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

STATEMENT = "Phòng GDPT giải quyết 100% hồ sơ TTHC đúng hạn"


def _switch(tab, live_server, user):
    tab.context.clear_cookies()
    login(tab, live_server.url, user.username, PASSWORD)


def _create_objective(tab, live_server, personas):
    tab.goto(live_server.url + reverse("objectives:list"))
    tab.get_by_role("link", name="Thêm mục tiêu").click()
    form = tab.locator("main form")
    unit = form.locator("select[name=unit] option", has_text="Phòng Giáo dục phổ thông").first
    form.locator("select[name=unit]").select_option(value=unit.get_attribute("value"))
    form.get_by_label("Mục tiêu", exact=True).fill(STATEMENT)
    form.get_by_label("Chỉ số đo lường", exact=True).fill("Tỷ lệ hồ sơ đúng hạn")
    form.get_by_label("Giá trị chỉ tiêu").fill("abc")
    form.get_by_role("button", name="Lưu").click()
    tab.wait_for_load_state("networkidle")
    # Bad target: a clear message, and the statement is still there.
    assert tab.get_by_text("Nhập một số, ví dụ 95 hoặc 12,5.").is_visible()
    assert tab.get_by_label("Mục tiêu", exact=True).input_value() == STATEMENT
    screenshot(tab, "objectives-form-error")
    tab.get_by_label("Giá trị chỉ tiêu").fill("100")
    responsible = tab.locator(
        "select[name=responsible_unit] option", has_text="Phòng Giáo dục phổ thông"
    ).first
    tab.locator("select[name=responsible_unit]").select_option(
        value=responsible.get_attribute("value")
    )
    tab.locator("main form").get_by_role("button", name="Lưu").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Đã tạo mục tiêu").is_visible()
    tab.get_by_role("link", name="Thêm hoạt động").click()
    tab.get_by_label("Nội dung thực hiện").fill("Rà soát quy trình, theo dõi hồ sơ hằng tuần")
    tab.get_by_label("Người thực hiện").fill("Trưởng phòng GDPT")
    tab.get_by_label("Thời gian", exact=True).fill("Thường xuyên")
    tab.get_by_label("Cách thức đánh giá kết quả").fill("Báo cáo quý")
    tab.locator("main form").get_by_role("button", name="Lưu").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Rà soát quy trình, theo dõi hồ sơ hằng tuần").is_visible()
    return Objective.objects.get(statement=STATEMENT)


def _enter_measurement(tab, live_server, objective, tmp_path):
    tab.goto(live_server.url + reverse("objectives:detail", args=[objective.pk]))
    tab.get_by_role("link", name="Nhập kết quả đo lường").click()
    form = tab.locator("#measurement-entry")
    form.wait_for()
    day = min(timezone.localdate(), objective.period_end).strftime("%d/%m/%Y")
    form.get_by_label("Ngày", exact=True).fill(day)
    form.get_by_label("Giá trị", exact=True).fill("98,5")
    evidence = tmp_path / "bao-cao-quy.pdf"
    evidence.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    form.get_by_label("Tệp minh chứng").set_input_files(str(evidence))
    form.get_by_label("Ghi chú").fill("Số liệu quý IV")
    screenshot(tab, "objectives-measurement-form")
    form.get_by_role("button", name="Lưu kết quả đo lường").click()
    tab.get_by_text("Đã lưu kết quả đo lường.").wait_for()
    tab.wait_for_load_state("networkidle")
    table = tab.locator("#measurement-table")
    assert "98,5 %" in table.inner_text() and "bao-cao-quy.pdf" in table.inner_text()
    # 90 → 95 → 98,5: below the target but closer each time.
    assert "Có nguy cơ" in tab.locator("#objective-status").inner_text()
    chart = tab.locator("svg#objective-chart")
    chart.wait_for()
    assert chart.locator("circle").count() == 3  # 90, 95 and 98,5
    screenshot(tab, "objectives-detail-measured")


def test_objective_from_creation_to_approved_evaluation(
    live_server, request, personas, tmp_path, settings
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    tab = request.getfixturevalue("page")
    _switch(tab, live_server, personas.iso)
    objective = _create_objective(tab, live_server, personas)

    # Two earlier quarters already measured: the chart shows a trend.
    for offset, value in ((60, "90"), (30, "95")):
        day = max(
            objective.period_start,
            min(timezone.localdate(), objective.period_end) - dt.timedelta(days=offset),
        )
        services.measurement_create(
            actor=personas.iso, objective=objective, measured_on=day, value=value
        )
    _switch(tab, live_server, personas.unit_head)
    _enter_measurement(tab, live_server, objective, tmp_path)
    latest = Measurement.objects.filter(objective=objective).order_by(
        "-measured_on", "-created_at"
    )[0]
    assert latest.created_by == personas.unit_head

    _switch(tab, live_server, personas.iso)
    tab.goto(live_server.url + reverse("objectives:evaluation", args=[objective.pk]))
    tab.get_by_label("Không đạt").check()
    tab.get_by_label("Giải thích").fill("Hai hồ sơ trễ hạn do phối hợp liên thông")
    tab.get_by_role("button", name="Trình phê duyệt").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Đã trình đánh giá lên lãnh đạo cơ quan.").is_visible()

    _switch(tab, live_server, personas.head)
    tab.goto(live_server.url + reverse("core:my_work"))
    tab.get_by_role("link", name=STATEMENT).first.click()
    tab.wait_for_load_state("networkidle")
    screenshot(tab, "objectives-evaluation-submitted")
    tab.locator("#evaluation").get_by_role("button", name="Phê duyệt").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Đã phê duyệt đánh giá.").is_visible()
    assert Evaluation.objects.get(objective=objective).state == EvaluationState.APPROVED
    screenshot(tab, "objectives-evaluation-approved")
    tab.goto(
        live_server.url
        + reverse("objectives:list")
        + f"?agency={objective.agency_id}&year={objective.year}"
    )
    screenshot(tab, "objectives-list")
