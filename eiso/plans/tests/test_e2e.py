"""In a browser: the ISO coordinator creates this year's plan from the template, edits two tasks
and the signer (the head who signs), issues it and downloads it; the DOCX holds every task row
and the PDF is rendered to PNG (artifacts/). Screenshots: artifacts/e2e/plans-*.png."""

from io import BytesIO

import pytest
from django.utils import timezone
from docx import Document
from playwright.sync_api import expect

from eiso.plans.models import Plan, PlanStatus
from eiso.plans.tests.test_document import save_png
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def edit_task(tab, order: int, **labels) -> None:
    row = tab.locator("[data-testid=task-row]").nth(order - 1)
    row.locator("[data-testid=task-edit]").click()
    form = tab.locator("main form")
    for label, value in labels.items():
        form.get_by_label(label, exact=True).fill(value)
    form.get_by_role("button", name="Lưu").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text(f"Đã lưu nhiệm vụ {order}.").is_visible()


def test_coordinator_drafts_issues_and_downloads(live_server, request, personas, tmp_path):
    tab = request.getfixturevalue("page")
    year = timezone.localdate().year
    login(tab, live_server.url, personas.iso.username, PASSWORD)
    tab.get_by_role("link", name="Kế hoạch ISO").first.click()
    tab.get_by_role("link", name="Kế hoạch mới").click()
    form = tab.locator("main form")
    assert form.get_by_label("Năm", exact=True).input_value() == str(year)
    form.get_by_label("Bắt đầu từ").select_option(label="Chu trình năm chuẩn (mẫu)")
    screenshot(tab, "plans-create")
    form.get_by_role("button", name="Tạo dự thảo").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Đã tạo dự thảo kế hoạch.").is_visible()
    assert tab.locator("[data-testid=task-row]").count() == 10

    # A bad edit is refused with the field named, and the form keeps the input.
    tab.locator("[data-testid=task-row]").nth(5).locator("[data-testid=task-edit]").click()
    form = tab.locator("main form")
    form.get_by_label("Ngày bắt đầu (hoặc một ngày trong tháng/quý)").fill(f"30/07/{year}")
    form.get_by_label("Hạn / ngày kết thúc").fill(f"01/06/{year}")
    form.get_by_role("button", name="Lưu").click()
    assert tab.get_by_text(
        f"Ngày kết thúc 01/06/{year} trước ngày bắt đầu 30/07/{year}."
    ).is_visible()
    assert form.get_by_label("Hạn / ngày kết thúc").input_value() == f"01/06/{year}"
    screenshot(tab, "plans-task-refused")
    tab.get_by_role("link", name="Hủy", exact=True).click()

    edit_task(
        tab, 2, **{"Nội dung": "Đánh giá mục tiêu chất lượng năm trước; xây dựng mục tiêu năm nay"}
    )
    edit_task(
        tab,
        6,
        **{
            "Ngày bắt đầu (hoặc một ngày trong tháng/quý)": f"02/06/{year}",
            "Hạn / ngày kết thúc": f"31/07/{year}",
        },
    )
    rows = tab.locator("[data-testid=task-row]")
    assert "Đánh giá mục tiêu chất lượng năm trước" in rows.nth(1).inner_text()
    assert f"Từ 02/06/{year} đến 31/07/{year}" in rows.nth(5).inner_text()
    # htmx: move the last task up without a page load.
    rows.nth(9).get_by_role("button", name="Chuyển lên").click()
    expect(tab.locator("[data-testid=task-row]").nth(8)).to_contain_text("Báo cáo kết quả")
    expect(tab.locator("[data-testid=task-row]").nth(9)).to_contain_text("tài liệu có nguồn gốc")

    tab.locator("[data-testid=plan-edit]").click()
    form = tab.locator("main form")
    form.get_by_label("Thẩm quyền ký").fill("KT. GIÁM ĐỐC")
    form.get_by_label("Chức vụ người ký").fill("PHÓ GIÁM ĐỐC")
    form.get_by_label("Họ tên người ký").fill("Đỗ Văn Khải")
    form.get_by_role("button", name="Lưu").click()
    tab.wait_for_load_state("networkidle")
    screenshot(tab, "plans-draft")

    plan = Plan.objects.get()
    tab.locator("[data-testid=plan-issue]").click()
    tab.locator("main form").get_by_role("button", name="Ban hành").click()
    tab.wait_for_load_state("networkidle")
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ISSUED and plan.number_symbol == "01/KH-SGDĐT"
    assert tab.get_by_text("Đã ban hành kế hoạch số 01/KH-SGDĐT.").is_visible()
    assert tab.locator("[data-testid=task-edit]").count() == 0
    screenshot(tab, "plans-issued")

    with tab.expect_download() as download:
        tab.locator("[data-testid=download-docx]").click()
    docx_path = tmp_path / "plan.docx"
    download.value.save_as(docx_path)
    parsed = Document(BytesIO(docx_path.read_bytes()))
    table = parsed.tables[2]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    tasks = list(plan.tasks.order_by("order"))
    assert [r[0] for r in rows] == [str(t.order) for t in tasks]
    assert [r[1] for r in rows] == [t.content for t in tasks]
    assert [r[4] for r in rows] == [t.timeframe_text() for t in tasks]
    assert rows[1][1] == "Đánh giá mục tiêu chất lượng năm trước; xây dựng mục tiêu năm nay"
    assert rows[5][4] == f"Từ 02/06/{year} đến 31/07/{year}"
    assert rows[0][2] == "Văn phòng Sở"

    with tab.expect_download() as download:
        tab.locator("[data-testid=download-pdf]").click()
    pdf_path = tmp_path / "plan.pdf"
    download.value.save_as(pdf_path)
    save_png(pdf_path.read_bytes(), "plans-e2e")
    assert pdf_path.stat().st_size > 10_000
