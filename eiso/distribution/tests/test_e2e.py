"""In a browser: a document goes through the documents app's lifecycle and takes effect; a staff
member finds it in "Việc của tôi", opens it and confirms "Đã đọc và hiểu"; the ISO coordinator
sees it in the status list, the overview and a review task. Desktop and phone screenshots in
artifacts/distribution/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from eiso.distribution import services
from eiso.distribution.models import Acknowledgement, AckState
from eiso.documents import services as document_services
from eiso.documents.models import Kind
from tests.support.browser import login
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "distribution"
TITLE = "Hướng dẫn tiếp nhận và trả kết quả hồ sơ tại Bộ phận Một cửa"


@pytest.fixture(autouse=True)
def _only_our_subscribers():
    """Here every module's subscribers run, as in production (overrides the conftest one)."""


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _effective_document(personas):
    world = personas.world
    document = document_services.document_create(
        actor=personas.iso,
        agency=world.agency,
        kind=Kind.WORK_INSTRUCTION,
        title=TITLE,
        owner_unit=world.division,
        body="Tiếp nhận hồ sơ, kiểm tra thành phần, lập giấy tiếp nhận và hẹn trả kết quả.",
    )
    edition = document.latest_edition
    document_services.edition_release_lock(actor=personas.iso, edition=edition)
    edition.refresh_from_db()
    document_services.edition_submit(actor=personas.iso, edition=edition)
    document_services.edition_review(actor=personas.iso, edition=edition)
    document_services.edition_approve(actor=personas.head, edition=edition)
    document.refresh_from_db()
    return document


def test_staff_acknowledges_from_my_work_and_the_coordinator_sees_it(
    live_server, browser, page, personas
):
    world = personas.world
    document = _effective_document(personas)
    assert Acknowledgement.objects.filter(document=document).count() == 5
    services.review_task_open(
        document=document,
        due_date=dt.date(2026, 12, 4),
        reason="Xem xét định kỳ 12 tháng một lần.",
        kind="periodic",
    )

    # The staff member: "Việc của tôi" → the document → "Đã đọc và hiểu".
    login(page, live_server.url, personas.staff.username, PASSWORD)
    page.goto(live_server.url + reverse("core:my_work"))
    assert page.get_by_text("Tài liệu cần đọc và xác nhận").first.is_visible()
    _shot(page, "my-work-staff")
    page.get_by_role("link", name=f"{document.code} {TITLE}").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(reverse("distribution:document", args=[document.pk]))
    assert page.locator("[data-testid=ack-status]").count() == 0  # staff do not see the list
    _shot(page, "document-staff-before")
    page.locator("[data-testid=acknowledge]").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Cảm ơn bạn đã xác nhận đã đọc và hiểu tài liệu.").is_visible()
    assert (
        "Bạn đã xác nhận đã đọc và hiểu lúc"
        in page.locator("[data-testid=my-acknowledgement]").inner_text()
    )
    _shot(page, "document-staff-acknowledged")
    row = Acknowledgement.objects.get(document=document, user=personas.staff)
    assert row.state == AckState.ACKNOWLEDGED
    assert page.console_errors == []

    # The ISO coordinator: the status list, filtered by unit, the overview and the review task.
    coordinator = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    iso_page = coordinator.new_page()
    login(iso_page, live_server.url, personas.iso.username, PASSWORD)
    iso_page.goto(live_server.url + reverse("distribution:document", args=[document.pk]))
    status = iso_page.locator("[data-testid=ack-status]")
    assert status.locator("[data-testid=count-acknowledged]").inner_text() == "1 đã xác nhận"
    assert status.locator("[data-testid=count-pending]").inner_text() == "4 chưa xác nhận"
    staff_row = status.locator("tr", has_text=personas.staff.full_name)
    assert "Đã đọc và hiểu" in staff_row.inner_text()
    _shot(iso_page, "document-coordinator")
    iso_page.get_by_label("Đơn vị").select_option(label="— Tổ Kiểm định chất lượng")
    iso_page.get_by_role("button", name="Lọc").click()
    iso_page.wait_for_load_state("networkidle")
    assert status.locator("tbody tr").count() == 1
    iso_page.locator("[data-testid=edit-distribution]").click()
    iso_page.wait_for_load_state("networkidle")
    iso_page.locator("#id_units").select_option(label="Phòng Giáo dục phổ thông")
    _shot(iso_page, "distribution-edit")
    iso_page.locator("[data-testid=save-distribution]").click()
    iso_page.wait_for_load_state("networkidle")
    assert iso_page.get_by_text("Đã lưu nơi nhận tài liệu.").is_visible()
    assert "Phòng Giáo dục phổ thông" in iso_page.locator(".distribution-targets").inner_text()
    iso_page.goto(live_server.url + reverse("distribution:index"))
    rates = iso_page.locator("[data-testid=ack-rates]")
    assert "1/5" in rates.locator("tr", has_text=document.code).inner_text()
    assert iso_page.locator("[data-testid=open-reviews]").get_by_text(document.code).is_visible()
    _shot(iso_page, "index-coordinator")
    iso_page.locator("[data-testid=open-reviews]").get_by_role("link").first.click()
    iso_page.wait_for_load_state("networkidle")
    iso_page.get_by_label("Không thay đổi: tài liệu giữ nguyên").check()
    iso_page.get_by_label("Ý kiến").fill("Đã rà soát, nội dung vẫn phù hợp.")
    _shot(iso_page, "review-task-form")
    iso_page.locator("[data-testid=record-review]").click()
    iso_page.wait_for_load_state("networkidle")
    assert iso_page.get_by_text("Đã ghi nhận kết quả xem xét.").is_visible()
    _shot(iso_page, "review-task-recorded")

    # On a phone: the same pages fit the screen.
    phone = browser.new_context(
        locale="vi-VN", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone_page = phone.new_page()
    login(phone_page, live_server.url, personas.iso.username, PASSWORD)
    for name, url in (
        ("phone-index", reverse("distribution:index")),
        ("phone-document", reverse("distribution:document", args=[document.pk])),
    ):
        phone_page.goto(live_server.url + url)
        _shot(phone_page, name)
        assert _no_horizontal_scroll(phone_page), name
    coordinator.close()
    phone.close()
    assert world.agency.pk == document.agency_id
