"""The administrator creates a unit and grants a role, then finds both in "Lịch sử"."""

import re

import pytest
from django.urls import reverse

from eiso.organizations.models import RoleGrant, Unit
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def select_containing(select, text: str) -> None:
    """Choose the option whose label contains `text` (labels carry indentation and positions)."""
    option = select.locator("option", has_text=text).first
    select.select_option(value=option.get_attribute("value"))


def test_admin_creates_a_unit_grants_a_role_and_sees_both_in_history(live_server, page, personas):
    agency = personas.world.agency
    login(page, live_server.url, personas.province_admin.username, PASSWORD)

    # Find the agency from the list, by searching.
    page.get_by_role("link", name="Cơ quan, đơn vị").first.click()
    page.get_by_placeholder(re.compile("Tên")).fill("Giáo dục")
    page.keyboard.press("Enter")
    page.get_by_role("link", name=agency.name).first.click()
    screenshot(page, "admin-agency-overview")

    # Create a unit under the division.
    page.get_by_role("link", name="Đơn vị", exact=True).click()
    page.get_by_role("link", name="Thêm đơn vị").click()
    page.get_by_label("Tên", exact=True).fill("Phòng Khảo thí và Kiểm định")
    page.get_by_label("Ký hiệu").fill("KTKĐ")
    page.get_by_label("Đơn vị cấp trên").select_option(label="Phòng Giáo dục phổ thông")
    screenshot(page, "admin-unit-form")
    page.get_by_role("button", name="Tạo đơn vị").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Phòng Khảo thí và Kiểm định").first.is_visible()
    screenshot(page, "admin-unit-tree")
    unit = Unit.objects.get(name="Phòng Khảo thí và Kiểm định")
    assert unit.parent == personas.world.division
    assert unit.path.startswith(personas.world.division.path)

    # Grant the staff member the unit-head role on the new unit.
    page.goto(live_server.url + reverse("organizations:roles", args=[agency.pk]))
    page.get_by_role("link", name="Cấp vai trò").click()
    form = page.locator("main form")
    select_containing(form.locator("select[name=user]"), "Bùi Văn Viên")
    select_containing(form.locator("select[name=role]"), "Trưởng đơn vị")
    select_containing(form.locator("select[name=node]"), "Phòng Khảo thí và Kiểm định")
    screenshot(page, "admin-grant-form")
    form.get_by_role("button", name="Cấp").click()
    page.wait_for_load_state("networkidle")
    grant = RoleGrant.objects.get(user=personas.staff, unit=unit, is_active=True)
    assert grant.role == "unit_head"
    screenshot(page, "admin-roles")

    # Both appear in the unit's history, with who did it.
    page.goto(live_server.url + reverse("core:history", args=["organizations.unit", unit.pk]))
    text = page.locator("main").inner_text()
    assert "Tạo đơn vị" in text
    assert personas.province_admin.full_name in text
    screenshot(page, "admin-unit-history")
    page.goto(live_server.url + reverse("core:history", args=["organizations.rolegrant", grant.pk]))
    text = page.locator("main").inner_text()
    assert "Cấp vai trò" in text
    assert "Trưởng đơn vị" in text
    screenshot(page, "admin-grant-history")
    assert page.console_errors == []
