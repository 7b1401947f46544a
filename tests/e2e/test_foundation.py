"""Foundation flows in a real browser: every persona logs in and reaches "Việc của tôi"."""

import pytest

from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LOGGED_IN = [
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
    "other_agency",
    "other_province",
]


def test_every_persona_logs_in_and_lands_on_my_work(live_server, page, personas):
    for name in LOGGED_IN:
        user = personas[name]
        page.context.clear_cookies()
        login(page, live_server.url, user.username, PASSWORD)
        assert page.url.endswith("/viec-cua-toi/"), (name, page.url)
        assert page.get_by_role("heading", name="Việc của tôi").is_visible()
        assert user.display_name in page.content()
        screenshot(page, f"my-work-{name}")
    assert page.console_errors == []


def test_wrong_password_keeps_username_and_says_why(live_server, page, personas):
    login(page, live_server.url, "gd.thuky", "sai-mat-khau")
    assert "/viec-cua-toi/" not in page.url
    assert page.get_by_label("Tên đăng nhập").input_value() == "gd.thuky"
    screenshot(page, "login-wrong-password")


def test_my_work_on_a_phone(live_server, phone_page, personas):
    login(phone_page, live_server.url, personas.staff.username, PASSWORD)
    assert phone_page.get_by_role("heading", name="Việc của tôi").is_visible()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page scrolls sideways on a phone ({width}px)"
    screenshot(phone_page, "my-work-phone")
