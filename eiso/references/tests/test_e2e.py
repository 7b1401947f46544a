"""In a browser: the province administrator registers a new TTHC publication decision (a bad
date first: clear message, input kept), marks the old one replaced by it and sees the status
history and the chain; the ISO coordinator adds a line to a unit's records register and
establishes it. Screenshots: artifacts/e2e/references-*.png."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from eiso.records.models import RecordRegister
from eiso.records.tests.conftest import make_procedure
from eiso.references.models import ExternalDocument, ExternalStatusChange, Status
from eiso.references.tests.conftest import make_external
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NEW_NUMBER = "2411/QĐ-UBND"


def _switch(tab, live_server, user):
    tab.context.clear_cookies()
    login(tab, live_server.url, user.username, PASSWORD)


def test_replace_a_decision_and_establish_a_records_register(
    page, phone_page, live_server, personas
):
    world = personas.world
    old = make_external(
        personas.province_admin,
        number="1865/QĐ-UBND",
        kind="tthc_decision",
        issuer="Ủy ban nhân dân tỉnh Hưng Yên",
        province=world.province,
        issued_date=dt.date(2025, 8, 15),
        effective_date=dt.date(2025, 8, 15),
    )
    _switch(page, live_server, personas.province_admin)
    page.goto(live_server.url + reverse("references:index"))
    page.get_by_role("link", name="Thêm tài liệu bên ngoài").click()
    form = page.locator("main form")
    form.locator("select[name=scope]").select_option(value=f"province:{world.province.pk}")
    form.locator("select[name=kind]").select_option(value="tthc_decision")
    form.get_by_label("Số, ký hiệu").fill(NEW_NUMBER)
    form.get_by_label("Trích yếu").fill("Về việc công bố Danh mục thủ tục hành chính mới")
    form.get_by_label("Cơ quan ban hành").fill("Ủy ban nhân dân tỉnh Hưng Yên")
    form.get_by_label("Ngày ban hành").fill("10/11/2026")
    form.get_by_label("Ngày hiệu lực").fill("01/11/2026")
    form.get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Văn bản không thể có hiệu lực trước ngày ban hành.").is_visible()
    assert page.get_by_label("Số, ký hiệu").input_value() == NEW_NUMBER
    screenshot(page, "references-form-error")
    page.get_by_label("Ngày hiệu lực").fill("15/11/2026")
    page.locator("main form").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đã đăng ký tài liệu bên ngoài.").is_visible()
    new = ExternalDocument.objects.get(number=NEW_NUMBER)

    page.goto(live_server.url + reverse("references:detail", args=[old.pk]))
    page.get_by_role("link", name="Ghi nhận sửa đổi, thay thế, hết hiệu lực").click()
    status_form = page.locator("main form")
    status_form.locator("select[name=status]").select_option(value="replaced")
    status_form.get_by_label("Có hiệu lực từ ngày").fill("15/11/2026")
    status_form.get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Chọn văn bản thay thế văn bản này.").is_visible()
    page.locator("main form select[name=replaced_by]").select_option(value=str(new.pk))
    page.locator("main form").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#external-status").inner_text().startswith("Đã bị thay thế")
    assert NEW_NUMBER in page.locator("#replacement-chain").inner_text()
    assert "15/11/2026" in page.locator("#status-history").inner_text()
    screenshot(page, "references-replaced")
    change = ExternalStatusChange.objects.get()
    assert (change.to_status, change.effective_date) == (Status.REPLACED, dt.date(2026, 11, 15))

    phone_page.context.clear_cookies()
    login(phone_page, live_server.url, personas.staff.username, PASSWORD)
    phone_page.goto(live_server.url + reverse("references:index") + "?q=cong bo danh muc")
    link = phone_page.get_by_role("link", name=f"Quyết định công bố TTHC {NEW_NUMBER}")
    assert link.is_visible()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    screenshot(phone_page, "references-list-phone")

    make_procedure(world.agency, world.division, "QT.05")
    _switch(page, live_server, personas.iso)
    page.goto(live_server.url + reverse("records:index") + f"?agency={world.agency.pk}")
    page.get_by_role("link", name="Phòng Giáo dục phổ thông").click()
    page.get_by_role("link", name="Thêm hồ sơ").click()
    page.get_by_label("Tên hồ sơ").fill("Sổ theo dõi văn bản đến")
    page.get_by_label("Thời hạn lưu").fill("Vĩnh viễn")
    page.locator("main form").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert "Sổ theo dõi văn bản đến" in page.locator("#register-lines").inner_text()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Lập danh mục").click()
    page.wait_for_load_state("networkidle")
    assert "Đã lập ngày" in page.locator("#register-state").inner_text()
    screenshot(page, "records-established")
    register = RecordRegister.objects.get(unit=world.division)
    assert len(register.snapshot) == 3
