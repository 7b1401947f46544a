"""How the foundation pages look to the people who use them, on the generated demo province:
nothing scrolls sideways on a phone, no page logs a browser error (CSP violations included), the
menu marks where you are, a phone user can still switch agency, form errors are eiso's own
Vietnamese messages next to the fields (not the browser's bubbles).

Screenshots go to artifacts/e2e/ (look-*.png) for a person to review.
"""

import pytest
from django.urls import reverse

from eiso.accounts.models import User
from eiso.accounts.tokens import create_token
from eiso.demo.logins import DEMO_PASSWORD
from eiso.organizations.models import Agency, Membership, Unit
from tests.support.browser import login, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE_WIDTH = 390
USER_MENU = "header .nav-item.dropdown > a:has(.avatar)"


@pytest.fixture
def demo(committed_demo):
    agency = Agency.objects.get(symbol="SNNMT")
    # A token, so the API token page shows its (wide) table.
    create_token(actor=User.objects.get(username="quantri"), name="Máy chủ báo cáo")
    return {
        "agency": agency,
        "unit": Unit.objects.filter(agency=agency, parent__isnull=False).first()
        or Unit.objects.filter(agency=agency).first(),
        "membership": Membership.objects.filter(agency=agency).first(),
    }


def _foundation_pages(demo) -> dict[str, str]:
    agency, unit, membership = demo["agency"], demo["unit"], demo["membership"]
    on_agency = [agency.pk]
    return {
        "my-work": reverse("core:my_work"),
        "agencies": reverse("organizations:agency_list"),
        "agency": reverse("organizations:agency_detail", args=on_agency),
        "units": reverse("organizations:unit_tree", args=on_agency),
        "people": reverse("organizations:people", args=on_agency),
        "roles": reverse("organizations:roles", args=on_agency),
        "steering": reverse("organizations:steering", args=on_agency),
        "agency-edit": reverse("organizations:agency_edit", args=on_agency),
        "unit-create": reverse("organizations:unit_create", args=on_agency),
        "unit-move": reverse("organizations:unit_move", args=[agency.pk, unit.pk]),
        "person-create": reverse("organizations:person_create", args=on_agency),
        "membership-edit": reverse(
            "organizations:membership_edit", args=[agency.pk, membership.pk]
        ),
        "role-grant": reverse("organizations:role_grant", args=on_agency),
        "decision": reverse("organizations:steering_decision_issue", args=on_agency),
        "history": reverse("core:history", args=["organizations.agency", str(agency.pk)]),
        "audit-log": reverse("core:audit_log"),
        "calendar": reverse("core:calendar"),
        "calendar-exception": reverse("core:calendar_exception_create"),
        "notifications": reverse("notifications:inbox"),
        "notification-settings": reverse("notifications:preferences"),
        "profile": reverse("accounts:profile"),
        "api-tokens": reverse("accounts:api_tokens"),
        "password": reverse("accounts:password_change"),
    }


def _watch_console(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def test_foundation_pages_fit_a_phone_and_log_no_browser_errors(live_server, phone_page, demo):
    errors = _watch_console(phone_page)
    login(phone_page, live_server.url, "quantri", DEMO_PASSWORD)
    too_wide = {}
    for name, path in _foundation_pages(demo).items():
        response = phone_page.goto(live_server.url + path)
        phone_page.wait_for_load_state("networkidle")
        assert response.status == 200, (name, response.status)
        width = phone_page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE_WIDTH:
            too_wide[name] = width
        active_tab = phone_page.locator(".nav-tabs .nav-link.active")
        if active_tab.count():
            # The tab bar scrolls sideways; the current tab is brought into view.
            box = active_tab.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH, (name, box)
        screenshot(phone_page, f"look-phone-{name}")
    assert too_wide == {}, f"pages that scroll sideways on a phone: {too_wide}"
    assert errors == []


def test_menu_marks_the_current_section_and_keeps_the_user_menu_on_screen(live_server, page, demo):
    login(page, live_server.url, "danhgia", DEMO_PASSWORD)
    menu = page.locator("#navbar-menu")
    current = menu.locator(".nav-item.active")
    assert current.count() == 1 and "Việc của tôi" in current.inner_text()

    page.goto(live_server.url + reverse("organizations:people", args=[demo["agency"].pk]))
    current = menu.locator(".nav-item.active")
    assert current.count() == 1 and "Cơ quan, đơn vị" in current.inner_text()

    # However many modules add menu items, the agency switcher stays usable and the user menu
    # stays inside the window.
    switcher = page.locator("#agency-switcher").bounding_box()
    assert switcher is not None and switcher["width"] >= 120
    user_menu = page.locator(USER_MENU).bounding_box()
    assert user_menu["x"] + user_menu["width"] <= page.viewport_size["width"]
    screenshot(page, "look-header-two-agencies")
    assert page.console_errors == []


def test_a_phone_user_switches_agency_from_the_user_menu(live_server, phone_page, demo):
    login(phone_page, live_server.url, "danhgia", DEMO_PASSWORD)
    assert not phone_page.locator("#agency-switcher").is_visible()
    phone_page.locator(USER_MENU).click()
    switcher = phone_page.locator("#agency-switcher-menu")
    assert switcher.is_visible()
    screenshot(phone_page, "look-phone-user-menu")
    current = switcher.locator("option[selected]").inner_text()
    other = next(o for o in switcher.locator("option").all_inner_texts() if o != current)
    switcher.select_option(label=other)
    phone_page.wait_for_load_state("networkidle")
    assert phone_page.url.endswith(reverse("core:my_work"))
    phone_page.locator(USER_MENU).click()
    selected = phone_page.locator("#agency-switcher-menu option[selected]").inner_text()
    assert selected == other


def test_qms_status_form_shows_vietnamese_errors_next_to_the_fields(live_server, page, demo):
    login(page, live_server.url, "quantri", DEMO_PASSWORD)
    page.goto(live_server.url + reverse("organizations:agency_detail", args=[demo["agency"].pk]))
    form = page.locator("#qms-form")
    form.get_by_role("button", name="Ghi nhận").click()
    page.wait_for_load_state("networkidle")
    # The server answered (no browser bubble stopped the submit) and kept the form on the page.
    form = page.locator("#qms-form")
    assert form.locator(".invalid-feedback", has_text="Trường này là bắt buộc.").count() == 2
    screenshot(page, "look-qms-errors")
    assert page.console_errors == []
