"""In a browser: the ISO coordinator drafts this year's audit programme, plans an audit of a
division (clauses and its procedure in scope: the coverage matrix shows what stays uncovered),
chooses the team (an auditor of the division is refused for independence, naming person and
unit), adds the timetable; the lead auditor generates the checklist, starts the audit and records
results on a tablet (htmx, no reload; a nonconformity without evidence is refused and the input
kept), turns the finding into a nonconformity with the button, closes the fieldwork, writes and
approves the report and downloads it (DOCX parsed back). Screenshots (desktop 1280 px, tablet
768 px, phone 390 px): artifacts/audits/e2e-*.png."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from docx import Document
from playwright.sync_api import expect

from eiso.audits import services
from eiso.audits.models import Audit, AuditStatus, Result
from eiso.audits.tests.conftest import make_procedure
from eiso.nonconformities.models import Nonconformity
from eiso.organizations.roles import Role
from eiso.standards.loader import load_standards
from tests.support.browser import login
from tests.support.world import PASSWORD, grant, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "audits"
EVIDENCE = "Sổ theo dõi hồ sơ tháng 9 thiếu chữ ký người nhận ở 3/20 hồ sơ."


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)
    # The page body must fit; the shared navigation bar is checked by the foundation's tests.
    wide = page.evaluate(
        "Array.from(document.querySelectorAll('main *')).filter(e => "
        "e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-responsive'))"
        ".slice(0, 8).map(e => e.tagName + '.' + e.className)"
    )
    assert not wide, f"{name}: wider than the screen: {wide}"


def _as(page, live_server, user) -> None:
    page.context.clear_cookies()
    login(page, live_server.url, user.username, PASSWORD)


def _click_and_wait(page, locator) -> None:
    locator.click()
    page.wait_for_load_state("networkidle")


@pytest.fixture
def audit_world(personas):
    """The standard loaded, a procedure of the division, an internal auditor of the division."""
    world = personas.world
    load_standards()
    make_procedure(world.agency, world.division, "QT-GDPT-01", "Cấp bản sao văn bằng")
    auditor2 = make_user("gd.danhgia2", "Lý Thị Kiểm", agency=world.agency, unit=world.division)
    grant(auditor2, Role.INTERNAL_AUDITOR, agency=world.agency)


def test_programme_plan_checklist_finding_report(live_server, request, personas, audit_world):
    page = request.getfixturevalue("page")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.on("dialog", lambda dialog: dialog.accept())
    year = timezone.localdate().year
    world = personas.world

    # The coordinator drafts the programme and plans an audit with its scope.
    _as(page, live_server, personas.iso)
    page.goto(live_server.url + "/danh-gia-noi-bo/")
    _click_and_wait(page, page.locator("[data-testid=programme-create]"))
    form = page.locator("main form")
    assert form.get_by_label("Năm", exact=True).input_value() == str(year)
    form.get_by_label("Mục tiêu của chương trình").fill("Đánh giá mọi điều khoản trong năm.")
    _click_and_wait(page, form.get_by_role("button", name="Lưu"))
    assert page.get_by_text("Đã lập dự thảo chương trình đánh giá.").is_visible()
    _click_and_wait(page, page.locator("[data-testid=audit-create]"))
    form = page.locator("main form")
    form.get_by_label("Tên đợt đánh giá").fill("Đánh giá Phòng Giáo dục phổ thông")
    form.get_by_label("Tháng dự kiến").select_option(str(timezone.localdate().month))
    form.get_by_label("Phòng Giáo dục phổ thông").check()
    form.get_by_label("7.5 ", exact=False).first.check()
    form.get_by_label("8.5 ", exact=False).first.check()
    form.get_by_label("QT-GDPT-01 Cấp bản sao văn bằng").check()
    _click_and_wait(page, form.get_by_role("button", name="Lưu"))
    assert page.get_by_text("Đã thêm đợt đánh giá vào chương trình.").is_visible()
    units = page.locator("[data-testid=coverage-units]")
    expect(units.locator("tr[data-uncovered]")).to_have_count(2)  # office and sub-team left
    assert "Văn phòng Sở" in units.locator("tr[data-uncovered]").first.inner_text()
    _shot(page, "programme-desktop")

    # The plan: an auditor of the division is refused, naming person and unit.
    _click_and_wait(page, page.get_by_role("link", name="Đánh giá Phòng Giáo dục phổ thông"))
    _click_and_wait(page, page.locator("[data-testid=team-edit]"))
    form = page.locator("main form")
    form.get_by_label("Trưởng đoàn đánh giá").select_option(label="Lý Thị Kiểm")
    _click_and_wait(page, form.get_by_role("button", name="Lưu"))
    assert page.get_by_text(
        "Lý Thị Kiểm thuộc Phòng Giáo dục phổ thông, là đơn vị được đánh giá: chuyên gia đánh "
        "giá không được đánh giá đơn vị của mình (tính độc lập).",
        exact=False,
    ).is_visible()
    assert Audit.objects.get().lead_auditor_id is None
    form = page.locator("main form")
    form.get_by_label("Trưởng đoàn đánh giá").select_option(label="Đặng Thị Đánh")
    _click_and_wait(page, form.get_by_role("button", name="Lưu"))
    assert page.get_by_text("Đã lưu đoàn đánh giá.").is_visible()
    _click_and_wait(page, page.locator("[data-testid=plan-edit]"))
    form = page.locator("main form")
    today = timezone.localdate().strftime("%d/%m/%Y")
    form.get_by_label("Ngày bắt đầu").fill(today)
    _click_and_wait(page, form.get_by_role("button", name="Lưu"))
    _click_and_wait(page, page.locator("[data-testid=session-add]"))
    form = page.locator("main form")
    form.get_by_label("Từ", exact=True).fill("08:00")
    form.get_by_label("Đến", exact=True).fill("10:30")
    form.get_by_label("Đơn vị", exact=True).select_option(label="Phòng Giáo dục phổ thông")
    form.get_by_label("Đặng Thị Đánh").check()
    form.get_by_label("Người được đánh giá").fill("Trưởng phòng GDPT, chuyên viên phụ trách")
    _click_and_wait(page, form.get_by_role("button", name="Lưu"))
    expect(page.locator("[data-testid=timetable]")).to_contain_text("08:00–10:30")
    _shot(page, "audit-desktop")
    services.programme_approve(actor=personas.head, programme=Audit.objects.get().programme)

    # The lead auditor, on a tablet: checklist, start, results saved per item without reload.
    page.set_viewport_size({"width": 768, "height": 1024})
    _as(page, live_server, personas.auditor)
    audit = Audit.objects.get()
    page.goto(live_server.url + f"/danh-gia-noi-bo/dot/{audit.pk}/danh-muc/")
    _click_and_wait(page, page.locator("[data-testid=checklist-generate]"))
    items = page.locator("[data-testid=checklist-item]")
    expect(items).to_have_count(9)
    page.goto(live_server.url + f"/danh-gia-noi-bo/dot/{audit.pk}/")
    _click_and_wait(page, page.locator("[data-testid=audit-start]"))
    assert page.get_by_text("Đã bắt đầu đánh giá").is_visible()
    page.evaluate("window.__noReload = true")
    first = items.nth(0)
    first.get_by_text("Phù hợp", exact=True).click()
    first.locator("textarea").fill("Đã xem 20 hồ sơ tháng 10.")
    first.locator("[data-testid=item-save]").click()
    expect(items.nth(0).locator("[data-testid=item-saved]")).to_be_visible()
    expect(page.locator("[data-testid=checklist-progress]")).to_contain_text("1/9")
    finding = items.nth(3)
    finding.get_by_text("Không phù hợp nhẹ", exact=True).click()
    finding.locator("[data-testid=item-save]").click()
    expect(items.nth(3).locator("[data-testid=item-error]")).to_contain_text(
        "Ghi bằng chứng của sự không phù hợp"
    )
    expect(items.nth(3).locator("input[value=minor_nc]")).to_be_checked()
    items.nth(3).locator("textarea").fill(EVIDENCE)
    items.nth(3).locator("[data-testid=item-save]").click()
    expect(items.nth(3).locator("[data-testid=item-saved]")).to_be_visible()
    assert page.evaluate("window.__noReload") is True  # saved by htmx, no page load
    items.nth(3).scroll_into_view_if_needed()
    _shot(page, "checklist-tablet")
    phone = request.getfixturevalue("phone_page")
    login(phone, live_server.url, personas.auditor.username, PASSWORD)
    phone.goto(live_server.url + f"/danh-gia-noi-bo/dot/{audit.pk}/danh-muc/")
    expect(phone.locator("[data-testid=checklist-item]")).to_have_count(9)
    _shot(phone, "checklist-phone")

    # The finding becomes a nonconformity in one step, prefilled.
    _click_and_wait(page, items.nth(3).locator("[data-testid=item-nc-create]"))
    nonconformity = Nonconformity.objects.get()
    assert nonconformity.finding.order == 4 and nonconformity.unit == world.division
    assert EVIDENCE in nonconformity.evidence
    assert "/su-khong-phu-hop/" in page.url or str(nonconformity.pk) in page.url

    # Remaining results (set here), fieldwork closed, report written, approved, downloaded.
    audit.refresh_from_db()
    for item in audit.items.filter(result=""):
        services.item_record(actor=personas.auditor, item=item, result=Result.CONFORMS, evidence="")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + f"/danh-gia-noi-bo/dot/{audit.pk}/")
    _click_and_wait(page, page.locator("[data-testid=audit-complete]"))
    _click_and_wait(page, page.locator("[data-testid=open-report]"))
    form = page.locator("main form")
    form.get_by_label("Điểm mạnh").fill("Cán bộ nắm vững quy trình.")
    form.get_by_label("Kết luận").fill("Phòng duy trì HTQLCL phù hợp; 01 điểm không phù hợp nhẹ.")
    _click_and_wait(page, page.locator("[data-testid=report-save]"))
    _click_and_wait(page, page.locator("[data-testid=report-approve]"))
    assert page.get_by_text("Đã phê duyệt báo cáo.").is_visible()
    _shot(page, "report-desktop")
    assert Audit.objects.get().status == AuditStatus.REPORTED
    with page.expect_download() as download:
        page.locator("[data-testid=report-docx]").click()
    parsed = Document(BytesIO(Path(download.value.path()).read_bytes()))
    texts = [p.text for p in parsed.paragraphs if p.text]
    assert f"Kết quả đánh giá nội bộ đợt 1 năm {year}" in texts
    assert "Phòng duy trì HTQLCL phù hợp; 01 điểm không phù hợp nhẹ." in texts
    cells = {c.text for t in parsed.tables for r in t.rows for c in r.cells}
    assert any(EVIDENCE in text for text in cells)
    assert not page.console_errors
