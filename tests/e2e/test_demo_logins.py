"""Every documented demo login (README table) works on the generated demo province and lands on
"Việc của tôi", the page a person who opens eiso twice a year must find their work on."""

import pytest

from eiso.accounts.models import User
from eiso.demo.logins import DEMO_LOGINS, DEMO_PASSWORD
from tests.support.browser import login, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_each_demo_persona_logs_in_and_reaches_my_work(live_server, page, committed_demo):
    assert len(DEMO_LOGINS) >= 9
    for demo in DEMO_LOGINS:
        page.context.clear_cookies()
        login(page, live_server.url, demo.username, DEMO_PASSWORD)
        assert page.url.endswith("/viec-cua-toi/"), (demo.username, page.url)
        assert page.get_by_role("heading", name="Việc của tôi").is_visible()
        # The header names the agency the person is working in (none for the global admin).
        user = User.objects.select_related("active_agency").get(username=demo.username)
        if demo.agency_key is None:
            assert user.active_agency is None
        else:
            agency = user.active_agency
            assert page.locator("header").get_by_text(agency.short_name or agency.name).count() >= 1
        screenshot(page, f"demo-my-work-{demo.username}")
    assert page.console_errors == []
