"""In a browser: the ISO coordinator types in the header search box without accents, sees the
highlighted result and opens it; the page and the header box work on a phone.
Screenshots: artifacts/search/*.png."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from eiso.documents.models import Kind
from eiso.documents.services import documents as document_services
from tests.support.browser import login
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "search"
TITLE = "Quy trình cấp bản sao văn bằng, chứng chỉ từ sổ gốc"


def _shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _no_horizontal_scroll(tab) -> None:
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_header_search_finds_and_opens_a_document(live_server, personas, page, phone_page):
    world = personas.world
    document = document_services.document_create(
        actor=personas.iso,
        agency=world.agency,
        kind=Kind.PROCEDURE_TTHC,
        title=TITLE,
        owner_unit=world.division,
        code="QT.05",
        purpose="Quy định trình tự cấp bản sao văn bằng, chứng chỉ cho người học.",
    )
    for number in range(3):
        document_services.document_create(
            actor=personas.iso,
            agency=world.agency,
            kind=Kind.FORM,
            title=f"Biểu mẫu đề nghị cấp bản sao số {number + 1}",
            parent=document,
        )
    login(page, live_server.url, personas.iso.username, PASSWORD)
    box = page.get_by_role("search").get_by_label("Tìm kiếm")
    box.fill("quy trinh cap ban sao")
    box.press("Enter")
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("search").get_by_label("Tìm kiếm").input_value() == (
        "quy trinh cap ban sao"
    )
    results = page.get_by_test_id("search-results")
    first = results.locator(".search-hit").first
    assert first.locator("mark").first.inner_text() == "Quy trình cấp bản sao"
    assert first.locator(".search-code").inner_text() == "QT.05"
    assert "Dự thảo" in first.inner_text()
    assert (
        page.get_by_test_id("kind-chips")
        .get_by_role("link", name="Tài liệu kiểm soát")
        .is_visible()
    )
    _shot(page, "search-results-desktop")
    assert not page.console_errors
    # Filter chip, then an empty search with hints.
    page.get_by_test_id("kind-chips").get_by_role("link", name="Thủ tục hành chính (TTHC)").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("search-empty").is_visible()
    _shot(page, "search-empty-desktop")
    page.get_by_role("link", name="Tìm trong mọi loại thay vì một loại.").click()
    page.wait_for_load_state("networkidle")
    page.get_by_test_id("search-results").get_by_role("link", name=TITLE).click()
    page.wait_for_load_state("networkidle")
    assert f"/tai-lieu/phien-ban/{document.latest_edition_id}/" in page.url
    assert page.get_by_text(TITLE).first.is_visible()

    # On a phone: the header box is on screen, results fit the width.
    login(phone_page, live_server.url, personas.iso.username, PASSWORD)
    phone_box = phone_page.get_by_role("search").get_by_label("Tìm kiếm")
    assert phone_box.is_visible()
    phone_box.fill("bieu mau de nghi")
    phone_box.press("Enter")
    phone_page.wait_for_load_state("networkidle")
    assert phone_page.get_by_test_id("search-results").locator(".search-hit").count() == 3
    _no_horizontal_scroll(phone_page)
    _shot(phone_page, "search-results-phone")
