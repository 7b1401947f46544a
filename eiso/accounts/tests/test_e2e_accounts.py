"""Account pages in a real browser: login card, profile, token creation, phone layout."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_login_page_and_language_switch(live_server, page, personas):
    page.goto(live_server.url + "/tai-khoan/dang-nhap/")
    assert page.get_by_role("heading", name="Đăng nhập vào tài khoản").is_visible()
    screenshot(page, "accounts-login")
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", name="Log in to your account").is_visible()
    page.get_by_role("button", name="Tiếng Việt").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("link", name="Quên mật khẩu?").is_visible()
    assert page.console_errors == []


def test_login_on_a_phone_fits_the_screen(live_server, phone_page, personas):
    phone_page.goto(live_server.url + "/tai-khoan/dang-nhap/")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"login page scrolls sideways on a phone ({width}px)"
    screenshot(phone_page, "accounts-login-phone")


def test_profile_and_token_creation(live_server, page, personas):
    login(page, live_server.url, personas.iso.username, PASSWORD)
    page.goto(live_server.url + "/tai-khoan/ho-so/")
    assert page.get_by_role("heading", name="Hồ sơ cá nhân").is_visible()
    screenshot(page, "accounts-profile")

    page.goto(live_server.url + "/tai-khoan/ma-api/")
    page.get_by_label("Tên").fill("Máy chủ báo cáo")
    page.get_by_role("button", name="Tạo mã truy cập").click()
    page.wait_for_load_state("networkidle")
    secret = page.locator("#new-token-secret").input_value()
    assert secret.startswith("eiso_")
    page.get_by_role("button", name="Sao chép").click()
    expect(page.get_by_role("button", name="Đã sao chép")).to_be_visible()
    screenshot(page, "accounts-api-token-created")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Thu hồi").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đã thu hồi mã truy cập “Máy chủ báo cáo”.").is_visible()
    assert page.console_errors == []
