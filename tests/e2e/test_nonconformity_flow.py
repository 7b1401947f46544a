"""In a browser: an internal audit finding becomes a nonconformity (the audit checklist's button),
the ISO coordinator analyses it (5 whys), plans a corrective action (a due date before the
detection date is refused and the input kept), starts the work; the owner finds the action in
"Việc của tôi" and marks it done; the coordinator sends it for verification, confirms
effectiveness and closes it; the corrective action request form is downloaded and parsed back.
Screenshots (desktop 1280 px and phone 390 px): artifacts/nonconformities/e2e-*.png."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from docx import Document

from eiso.nonconformities.models import Nonconformity, State
from tests.support.browser import login
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "nonconformities"
EVIDENCE = "05/40 hồ sơ mẫu không có phiếu kiểm soát quá trình giải quyết"
ROOT_CAUSE = "Quy trình tiếp nhận chưa quy định bước lập phiếu kiểm soát quá trình"
ACTION = "Sửa đổi quy trình tiếp nhận, bổ sung bước in phiếu kiểm soát"


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    assert width <= viewport, f"{name}: horizontal scroll ({width} > {viewport})"


def _as(page, live_server, user) -> None:
    page.context.clear_cookies()
    login(page, live_server.url, user.username, PASSWORD)


def _finding(personas):
    """An audit in progress led by the internal auditor with one major nonconformity found."""
    from eiso.audits.models import Audit, AuditProgramme, AuditStatus, ChecklistItem
    from eiso.standards.models import Clause, StandardEdition

    world = personas.world
    today = timezone.localdate()
    edition = StandardEdition.objects.create(
        code="TCVN ISO 9001:2015", title="TCVN ISO 9001:2015", year=2015
    )
    clause = Clause.objects.create(
        edition=edition,
        number="7.5.3",
        title_vi="Kiểm soát thông tin dạng văn bản",
        title_en="Control of documented information",
        order=1,
    )
    programme = AuditProgramme.objects.create(
        iso_unit=world.agency.iso_unit, agency=world.agency, year=today.year
    )
    audit = Audit.objects.create(
        programme=programme,
        sequence=1,
        title="Đánh giá nội bộ năm " + str(today.year),
        planned_month=today.month,
        status=AuditStatus.IN_PROGRESS,
        start_date=today - dt.timedelta(days=1),
        end_date=today,
        edition=edition,
        lead_auditor=personas.auditor,
    )
    item = ChecklistItem.objects.create(
        audit=audit,
        order=1,
        unit=world.division,
        clause=clause,
        question="Hồ sơ TTHC có phiếu kiểm soát quá trình không?",
        result="major_nc",
        evidence=EVIDENCE,
        assessed_by=personas.auditor,
    )
    return audit, item


def test_finding_to_closed_nonconformity(page, phone_page, live_server, personas):
    audit, _item = _finding(personas)
    today = timezone.localdate()

    # The auditor turns the finding into a nonconformity from the checklist.
    _as(page, live_server, personas.auditor)
    page.goto(live_server.url + reverse("audits:checklist", args=[audit.pk]))
    page.locator("[data-testid=item-nc-create]").click()
    page.wait_for_load_state("networkidle")
    nc = Nonconformity.objects.get()
    number = f"KPH-{today.year}-001"
    assert nc.number == number and nc.finding_id == _item.pk
    assert page.url.endswith(reverse("nonconformities:detail", args=[nc.pk]))
    assert page.get_by_text(EVIDENCE).first.is_visible()
    _shot(page, "1-recorded")

    # The ISO coordinator analyses it: correction, 5 whys, root cause.
    _as(page, live_server, personas.iso)
    detail = live_server.url + reverse("nonconformities:detail", args=[nc.pk])
    page.goto(detail)
    page.get_by_role("link", name="Phân tích (5 tại sao)").click()
    form = page.locator("main form")
    form.locator("[name=correction]").fill("Bổ sung phiếu kiểm soát cho 05 hồ sơ")
    form.locator("[name=why_1]").fill("Cán bộ không in phiếu khi tiếp nhận trực tiếp")
    form.locator("[name=why_2]").fill("Hệ thống không tự in phiếu với hồ sơ trực tiếp")
    form.locator("[name=why_3]").fill("Quy trình không quy định bước in phiếu")
    form.locator("[name=root_cause]").fill(ROOT_CAUSE)
    _shot(page, "2-five-whys")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#root-cause").inner_text() == ROOT_CAUSE

    # Gate: no work before an action exists.
    page.get_by_role("button", name="Bắt đầu thực hiện").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text(
        "Chưa thể bắt đầu thực hiện khi chưa có hành động khắc phục: hãy thêm ít nhất một hành động."
    ).is_visible()
    assert Nonconformity.objects.get().state == State.ANALYSED

    # A corrective action: a due date before the detection date is refused, the input is kept.
    page.get_by_role("link", name="Thêm hành động khắc phục").click()
    form = page.locator("main form")
    form.locator("[name=description]").fill(ACTION)
    form.locator("[name=owner]").select_option(label=personas.staff.full_name)
    early = (nc.detected_on - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    form.locator("[name=due_date]").fill(early)
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    message = (
        f"Hạn hoàn thành ({early}) không được trước ngày phát hiện sự không phù hợp "
        f"({nc.detected_on.strftime('%d/%m/%Y')})."
    )
    assert page.get_by_text(message).is_visible()
    assert page.locator("main form [name=description]").input_value() == ACTION
    _shot(page, "3-due-date-refused")
    page.locator("main form [name=due_date]").fill(today.strftime("%d/%m/%Y"))
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#action-table").get_by_text(ACTION).is_visible()
    page.get_by_role("button", name="Bắt đầu thực hiện").click()
    page.wait_for_load_state("networkidle")
    assert Nonconformity.objects.get().state == State.IN_PROGRESS

    # The owner finds it in "Việc của tôi" and marks it done.
    _as(page, live_server, personas.staff)
    page.goto(live_server.url + reverse("core:my_work"))
    page.get_by_role("link", name=ACTION).click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Báo hoàn thành").click()
    page.locator("main form [name=result_note]").fill("Đã ban hành quy trình sửa đổi lần 2")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert (
        page.locator("#action-table")
        .get_by_text("Đã ban hành quy trình sửa đổi lần 2")
        .is_visible()
    )

    # The coordinator sends it for verification, confirms effectiveness and closes it.
    _as(page, live_server, personas.iso)
    page.goto(detail)
    page.get_by_role("button", name="Đề nghị kiểm tra hiệu lực").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Kiểm tra hiệu lực").click()
    form = page.locator("main form")
    form.locator("[name=effective]").select_option("1")
    _shot(page, "4-verification")
    form.locator("[name=evidence]").fill("Kiểm tra 30 hồ sơ mới: đều có phiếu kiểm soát")
    form.locator("[name=evidence_file]").set_input_files(
        files=[
            {
                "name": "bien-ban-kiem-tra.pdf",
                "mimeType": "application/pdf",
                "buffer": b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n",
            }
        ]
    )
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Kết thúc sự không phù hợp").click()
    page.wait_for_load_state("networkidle")
    closed = Nonconformity.objects.get()
    assert closed.state == State.CLOSED and closed.effectiveness_confirmed
    assert page.get_by_text("Đã kết thúc sự không phù hợp.").is_visible()
    assert page.get_by_role("link", name="bien-ban-kiem-tra.pdf").is_visible()
    _shot(page, "5-closed")

    # The corrective action request form, downloaded and parsed back.
    page.get_by_role("button", name="Phiếu yêu cầu").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Phiếu yêu cầu hành động khắc phục (DOCX)").click()
    document = Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC" in text and ROOT_CAUSE in text
    assert number in cells and ACTION in cells and "Có hiệu lực" in cells
    assert "7.5.3 Kiểm soát thông tin dạng văn bản" in cells
    assert not page.console_errors

    # The same page on a phone, and the dashboard.
    _as(phone_page, live_server, personas.iso)
    phone_page.goto(detail)
    _shot(phone_page, "6-phone-detail")
    phone_page.goto(
        live_server.url
        + reverse("nonconformities:dashboard")
        + f"?agency={personas.world.agency.pk}"
    )
    phone_page.wait_for_load_state("networkidle")
    _shot(phone_page, "7-phone-dashboard")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(
        live_server.url
        + reverse("nonconformities:dashboard")
        + f"?agency={personas.world.agency.pk}"
    )
    page.wait_for_load_state("networkidle")
    _shot(page, "8-dashboard")


def test_improvement_proposal_becomes_a_tracked_action(page, phone_page, live_server, personas):
    """Staff propose (a missing title is refused, the text kept); the ISO coordinator accepts it
    as an action for the unit head, who finds it in "Việc của tôi" and marks it done."""
    from eiso.nonconformities.models import Proposal

    agency_q = f"?agency={personas.world.agency.pk}"
    _as(page, live_server, personas.staff)
    page.goto(live_server.url + reverse("nonconformities:proposals") + agency_q)
    page.get_by_role("link", name="Đề xuất cải tiến").first.click()
    form = page.locator("main form")
    form.locator("[name=description]").fill("Gửi tin nhắn SMS khi hồ sơ có kết quả")
    form.locator("[name=expected_benefit]").fill("Công dân không phải gọi điện hỏi kết quả")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đặt tiêu đề cho đề xuất.").is_visible()
    assert page.locator("main form [name=description]").input_value() == (
        "Gửi tin nhắn SMS khi hồ sơ có kết quả"
    )
    page.locator("main form [name=title]").fill("Nhắn tin SMS trả kết quả")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    proposal = Proposal.objects.get()
    assert proposal.state == "submitted" and proposal.proposed_by == personas.staff

    _as(page, live_server, personas.iso)
    page.goto(live_server.url + reverse("nonconformities:proposal_detail", args=[proposal.pk]))
    accept = page.locator("#accept-form")
    accept.locator("[name=owner]").select_option(label=personas.unit_head.full_name)
    due = (timezone.localdate() + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    accept.locator("[name=due_date]").fill(due)
    _shot(page, "9-proposal-accept")
    accept.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#proposal-state").inner_text() == "Đã chấp nhận"

    _as(page, live_server, personas.unit_head)
    page.goto(live_server.url + reverse("core:my_work"))
    page.get_by_role("link", name="Nhắn tin SMS trả kết quả").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Báo hoàn thành").click()
    page.locator("main form [name=result_note]").fill("Đã triển khai trên Hệ thống một cửa")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert (
        page.locator("#proposal-action")
        .get_by_text("Đã triển khai trên Hệ thống một cửa")
        .is_visible()
    )

    _as(phone_page, live_server, personas.staff)
    phone_page.goto(
        live_server.url + reverse("nonconformities:proposal_detail", args=[proposal.pk])
    )
    _shot(phone_page, "10-phone-proposal")
