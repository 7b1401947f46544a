"""In a browser: the ISO coordinator builds the steering committee, issues its decision, and the
change trail shows in "Lịch sử" and in the administrator's audit log. Screenshots: artifacts/e2e/.
"""

import pytest
from django.urls import reverse

from eiso.organizations.models import SteeringDecision, SteeringMember
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LEGAL_BASES = (
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ\n"
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Hưng Yên"
)


def add_member(tab, *, person="", name="", position="", role):
    tab.get_by_role("link", name="Thêm thành viên").click()
    form = tab.locator("main form")
    if person:
        option = form.locator("select[name=user] option", has_text=person).first
        form.locator("select[name=user]").select_option(value=option.get_attribute("value"))
    if name:
        form.get_by_label("Họ và tên").fill(name)
    if position:
        form.get_by_label("Chức vụ").fill(position)
    form.get_by_label("Nhiệm vụ trong Ban").select_option(label=role)
    form.get_by_role("button", name="Thêm thành viên").click()
    tab.wait_for_load_state("networkidle")


def test_coordinator_builds_the_committee_and_issues_the_decision(live_server, request, personas):
    tab = request.getfixturevalue("page")
    agency = personas.world.agency
    login(tab, live_server.url, personas.iso.username, PASSWORD)
    tab.goto(live_server.url + reverse("organizations:agency_detail", args=[agency.pk]))
    tab.get_by_role("link", name="Ban chỉ đạo ISO").first.click()
    tab.wait_for_load_state("networkidle")

    add_member(tab, person="Phạm Văn Giám", position="Giám đốc Sở", role="Trưởng ban")
    add_member(tab, name="Đỗ Văn Khải", position="Phó Giám đốc Sở", role="Phó Trưởng ban")
    # A second head is refused with the rule, and the form keeps what was typed.
    add_member(tab, name="Trần Văn Hai", position="Phó Giám đốc Sở", role="Trưởng ban")
    assert tab.get_by_text("Ban chỉ đạo đã có Trưởng ban (Phạm Văn Giám)").is_visible()
    assert tab.get_by_label("Họ và tên").input_value() == "Trần Văn Hai"
    screenshot(tab, "steering-member-refused")
    tab.get_by_role("link", name="Hủy").click()
    assert tab.get_by_text("Ban chỉ đạo phải có ít nhất một Thư ký.").is_visible()
    add_member(tab, person="Hoàng Thị Thư", role="Thư ký")
    # Move the secretary above the deputy.
    secretary = tab.locator("[data-testid=steering-member]", has_text="Hoàng Thị Thư")
    secretary.get_by_role("button", name="Chuyển lên").click()
    tab.wait_for_load_state("networkidle")
    rows = tab.locator("[data-testid=steering-member]").all_inner_texts()
    assert [row.split("\t")[1] for row in rows] == ["Phạm Văn Giám", "Hoàng Thị Thư", "Đỗ Văn Khải"]
    screenshot(tab, "steering-committee")

    tab.get_by_role("link", name="Ban hành quyết định").click()
    form = tab.locator("main form")
    form.get_by_label("Căn cứ pháp lý").fill(LEGAL_BASES)
    screenshot(tab, "steering-decision-form")
    form.get_by_role("button", name="Ban hành quyết định").click()
    tab.wait_for_load_state("networkidle")
    decision = SteeringDecision.objects.get()
    assert tab.get_by_text(f"Đã ban hành Quyết định số {decision.symbol}.").is_visible()
    with tab.expect_download() as download:
        tab.get_by_role("link", name="PDF").first.click()
    assert download.value.suggested_filename.endswith(".pdf")
    screenshot(tab, "steering-with-decision")

    tab.get_by_role("link", name="Lịch sử").last.click()
    tab.wait_for_load_state("networkidle")
    events = tab.locator("[data-testid=history-event]")
    assert events.count() == 6  # 3 members added, 2 moved, 1 decision
    assert events.first.inner_text().startswith("Ban hành quyết định về Ban chỉ đạo ISO")
    assert decision.symbol in events.first.inner_text()
    screenshot(tab, "steering-history")
    assert SteeringMember.objects.filter(is_active=True).count() == 3


def test_administrator_filters_the_audit_log(live_server, request, personas):
    tab = request.getfixturevalue("page")
    from eiso.organizations.steering import services

    services.member_add(
        actor=personas.iso,
        agency=personas.world.agency,
        committee_role="head",
        user=personas.head,
        position="Giám đốc Sở",
    )
    login(tab, live_server.url, personas.admin.username, PASSWORD)
    tab.goto(live_server.url + reverse("core:audit_log"))
    tab.get_by_label("Người thực hiện").fill("Thư")
    tab.get_by_role("button", name="Lọc").click()
    tab.wait_for_load_state("networkidle")
    rows = tab.locator("[data-testid=audit-row]")
    assert rows.count() == 1
    assert "Phạm Văn Giám" in rows.first.inner_text()
    screenshot(tab, "audit-log")
    rows.first.get_by_role("link").first.click()
    tab.wait_for_load_state("networkidle")
    assert tab.locator("[data-testid=history-event]").count() == 1
    screenshot(tab, "history-member")
