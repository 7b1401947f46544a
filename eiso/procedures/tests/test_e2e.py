"""In a browser: the ISO coordinator opens the TTHC catalogue from the menu, imports the agency's
list with a bad row, reads the report (nothing saved), fixes the file, imports it and sees the
agency's coverage; the DOST overseer sees the province's coverage table, also on a phone.
Screenshots: artifacts/procedures/*.png."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from eiso.procedures.models import TTHC, AgencyTTHC
from eiso.procedures.tests.conftest import csv_bytes, row, xlsx_bytes
from tests.support.browser import login
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "procedures"


def _shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _upload(tab, name: str, content: bytes, mime: str) -> None:
    tab.locator("select[name=target]").select_option(
        label="Danh mục TTHC của Sở Giáo dục và Đào tạo"
    )
    tab.locator("input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": content}]
    )
    tab.get_by_role("button", name="Nhập", exact=True).click()
    tab.wait_for_load_state("networkidle")


def _no_horizontal_scroll(tab) -> bool:
    return tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_coordinator_imports_with_an_error_fixes_it_and_sees_coverage(
    page, phone_page, live_server, personas
):
    login(page, live_server.url, personas.iso.username, PASSWORD)
    page.goto(live_server.url + "/")
    page.get_by_test_id("nav-documents").click()
    page.get_by_role("link", name="Thủ tục hành chính (TTHC)").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Nhập từ Excel/CSV").click()
    page.wait_for_load_state("networkidle")
    bad = csv_bytes(
        [
            row(code="1.001234"),
            row(code="1.001235", name="Chỉnh sửa nội dung văn bằng, chứng chỉ", time="năm ngày"),
        ]
    )
    _upload(page, "danh-muc-sgddt.csv", bad, "text/csv")
    errors = page.get_by_test_id("import-errors")
    assert errors.is_visible()
    assert (
        "Dòng 3, cột “Thời hạn giải quyết”: “năm ngày” không phải là số ngày hoặc giờ làm việc"
        in errors.inner_text()
    )
    assert not TTHC.objects.exists()
    _shot(page, "import-report")
    page.get_by_role("link", name="Sửa tệp và nhập lại").click()
    page.wait_for_load_state("networkidle")
    good = xlsx_bytes(
        [
            row(code="1.001234"),
            row(code="1.001235", name="Chỉnh sửa nội dung văn bằng, chứng chỉ", time="5"),
            row(
                code="1.001236", name="Chuyển trường đối với học sinh trung học phổ thông", time="3"
            ),
        ]
    )
    _upload(
        page,
        "danh-muc-sgddt.xlsx",
        good,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    assert page.get_by_test_id("import-done").is_visible()
    assert "TTHC mới: 3" in page.get_by_test_id("import-done").inner_text()
    _shot(page, "import-done")
    page.get_by_test_id("open-scope").click()
    page.wait_for_load_state("networkidle")
    coverage = page.get_by_test_id("agency-coverage").inner_text()
    assert "TTHC thuộc phạm vi\n3" in coverage
    assert "Chưa có quy trình\n3" in coverage
    assert page.get_by_test_id("scope-table").get_by_text("1.001236").is_visible()
    assert AgencyTTHC.objects.filter(agency=personas.world.agency, task_open=True).count() == 3
    _shot(page, "scope-desktop")
    # "Việc của tôi" lists the new TTHC with their due dates.
    page.goto(live_server.url + "/")
    assert page.get_by_text("TTHC mới đưa vào phạm vi").first.is_visible()
    _shot(page, "my-work")
    # The DOST overseer: the province's coverage table, drill down to the agency.
    page.context.clear_cookies()
    login(page, live_server.url, personas.dost.username, PASSWORD)
    page.goto(live_server.url + reverse("procedures:coverage"))
    table = page.get_by_test_id("coverage-table")
    assert "Sở Giáo dục và Đào tạo" in table.inner_text()
    _shot(page, "coverage-desktop")
    page.get_by_test_id("coverage-table").get_by_role("link", name="3").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("scope-table").get_by_text("1.001234").is_visible()
    # On a phone: no horizontal scroll on the catalogue, scope and coverage pages.
    login(phone_page, live_server.url, personas.dost.username, PASSWORD)
    for name, url in (
        ("catalogue-phone", reverse("procedures:index")),
        ("scope-phone", reverse("procedures:scope", args=[personas.world.agency.pk])),
        ("coverage-phone", reverse("procedures:coverage")),
    ):
        phone_page.goto(live_server.url + url)
        phone_page.wait_for_load_state("networkidle")
        _shot(phone_page, name)
        assert _no_horizontal_scroll(phone_page), name
    page.goto(live_server.url + reverse("procedures:index"))
    _shot(page, "catalogue-desktop")
    assert not page.console_errors
