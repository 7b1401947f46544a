"""In a browser: the ISO coordinator drafts a TTHC procedure with its steps, the unit head returns
it with a comment, the coordinator fixes it and submits again, the unit head reviews, the agency
head approves (effective today), a staff member confirms "Đã đọc và hiểu"; the DOCX and PDF are
downloaded and read back, page 1 of the PDF rendered to PNG. Bad input (a duplicate code, a step
time that is not a number, an executable named .pdf, another agency's document id) gets a clear
message and changes nothing. Screenshots: artifacts/documents/*.png (desktop and phone)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from eiso.documents import services
from eiso.documents.models import Document, Edition, Kind, State
from tests.support.browser import login
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "documents"
TITLE = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"
STEPS = [
    ("Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0,5"),
    ("Thẩm định hồ sơ, dự thảo bản sao", "Chuyên viên Phòng GDPT", "1,5"),
    ("Ký duyệt bản sao văn bằng", "Lãnh đạo Sở", "0,5"),
    ("Trả kết quả cho người dân", "Bộ phận Một cửa", "0,5"),
]


def shot(tab, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path


def _as(tab, live_server, user) -> None:
    tab.context.clear_cookies()
    login(tab, live_server.url, user.username, PASSWORD)


def _no_horizontal_scroll(tab) -> None:
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _create(tab, live_server, personas) -> None:
    agency = personas.world.agency
    tab.goto(live_server.url + reverse("documents:index") + f"?agency={agency.pk}")
    tab.get_by_test_id("new-document").click()
    form = tab.locator("main form")
    form.locator("select[name=kind]").select_option("procedure_tthc")
    form.get_by_label("Tên tài liệu").fill(TITLE)
    form.get_by_label("Mã hiệu").fill("QT.01")  # taken by the system procedure made in setup
    unit = form.locator("select[name=owner_unit] option", has_text="Phòng Giáo dục phổ thông")
    form.locator("select[name=owner_unit]").select_option(value=unit.first.get_attribute("value"))
    form.get_by_test_id("save").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Mã hiệu QT.01 đã được dùng cho một tài liệu khác").is_visible()
    assert tab.get_by_label("Tên tài liệu").input_value() == TITLE
    shot(tab, "create-duplicate-code")
    tab.get_by_label("Mã hiệu").fill("")
    tab.locator("main form").get_by_test_id("save").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Đã tạo tài liệu QT.02.").is_visible()


def _fill_editor(tab) -> None:
    tab.get_by_label("1. Mục đích").fill("Quy định trình tự cấp bản sao văn bằng từ sổ gốc.")
    tab.get_by_label("2. Phạm vi").fill("Áp dụng đối với Phòng GDPT và Bộ phận Một cửa.")
    tab.get_by_label("Thành phần hồ sơ").fill("Đơn đề nghị cấp bản sao; giấy tờ tùy thân.")
    tab.get_by_label("Số lượng hồ sơ").fill("01 bộ")
    tab.get_by_label("Thời hạn giải quyết").fill("03 ngày làm việc")
    tab.get_by_label("Phí, lệ phí").fill("Không")
    tab.get_by_label("Nơi tiếp nhận và trả kết quả").fill("Trung tâm Phục vụ hành chính công")
    for _ in STEPS:
        tab.get_by_test_id("add-step").click()
    rows = tab.locator("#steps-body tr")
    rows.nth(len(STEPS) - 1).wait_for()
    for index, (task, responsible, days) in enumerate(STEPS):
        row = rows.nth(index)
        row.locator("textarea[name=step_task]").fill(task)
        row.locator("input[name=step_responsible]").fill(responsible)
        row.locator("input[name=step_duration]").fill("abc" if index == 1 else days)
    # Reorder with the buttons: move the last step up and back down.
    rows.nth(3).locator("[data-row-up]").click()
    assert rows.nth(2).locator("input[name=step_responsible]").input_value() == "Bộ phận Một cửa"
    rows.nth(2).locator("[data-row-down]").click()
    assert rows.nth(0).locator("[data-row-number]").inner_text() == "B1"
    tab.get_by_test_id("save-close").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_test_id("editor-errors").is_visible()
    assert tab.get_by_text("Nhập thời gian, ví dụ 2 hoặc 0,5.").is_visible()
    # Nothing was lost: every typed value is still there.
    assert tab.locator("textarea[name=step_task]").nth(3).input_value() == STEPS[3][0]
    shot(tab, "editor-row-error")
    tab.locator("input[name=step_duration]").nth(1).fill(STEPS[1][2])
    tab.get_by_test_id("save-close").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Đã lưu dự thảo.").is_visible()


def _action(tab, test_id: str, **fields) -> None:
    for selector, value in fields.items():
        tab.locator(selector).fill(value)
    tab.get_by_test_id(test_id).click()
    tab.wait_for_load_state("networkidle")


def _download(tab, test_id: str) -> bytes:
    with tab.expect_download() as info:
        tab.get_by_test_id(test_id).click()
    return Path(info.value.path()).read_bytes()


def _check_documents(docx_bytes: bytes, pdf_bytes: bytes) -> None:
    import docx
    from pypdf import PdfReader

    word = docx.Document(io.BytesIO(docx_bytes))
    tables = list(word.tables)
    for section in word.sections:
        tables += list(section.header.tables) + list(section.first_page_header.tables)
    cells = [cell.text for table in tables for row in table.rows for cell in row.cells]
    text = "\n".join([p.text for p in word.paragraphs] + cells)
    assert "QT.02" in text and TITLE.upper() in text.upper()
    assert "Thẩm định hồ sơ, dự thảo bản sao" in text and "Lưu đồ" in text
    assert "Phạm Văn Giám" in text  # the approver signed
    reader = PdfReader(io.BytesIO(pdf_bytes))
    first = reader.pages[0].extract_text()
    assert "QT.02" in first and "Trang: 1/" in first
    body = "\n".join(page.extract_text() for page in reader.pages)
    assert "Bắt đầu" in body and "Kết thúc" in body and "Bộ phận Một cửa" in body
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / "QT.02.pdf"
    pdf_path.write_bytes(pdf_bytes)
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: run scripts/ensure_browser.py (poppler-utils)")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(pdf_path), str(ARTIFACTS / "QT.02-page")], check=True
    )
    assert (ARTIFACTS / "QT.02-page-1.png").exists()


def test_tthc_procedure_from_draft_to_acknowledgement(page, live_server, personas):
    world = personas.world
    services.document_create(
        actor=personas.iso,
        agency=world.agency,
        kind=Kind.PROCEDURE_SYSTEM,
        title="Quy trình kiểm soát thông tin dạng văn bản",
        owner_unit=world.office,
    )
    tab = page
    _as(tab, live_server, personas.iso)
    _create(tab, live_server, personas)
    _fill_editor(tab)
    assert tab.get_by_test_id("flowchart").locator("svg").is_visible()
    shot(tab, "edition-draft")
    _action(tab, "submit")
    assert tab.get_by_text("Đã trình xem xét.").is_visible()
    edition = Edition.objects.get(document__code="QT.02")
    edition_url = live_server.url + reverse("documents:edition", args=[edition.pk])

    _as(tab, live_server, personas.unit_head)
    tab.goto(edition_url)
    _action(tab, "return", **{"#return-comment": "Bổ sung hồ sơ cần lưu."})
    assert tab.get_by_text("Đã trả lại người soạn thảo để sửa.").is_visible()

    _as(tab, live_server, personas.iso)
    tab.goto(edition_url)
    assert tab.get_by_test_id("return-comment").inner_text().endswith("Bổ sung hồ sơ cần lưu.")
    tab.get_by_test_id("edit-draft").click()
    tab.get_by_role("button", name="Thêm hồ sơ").click()
    row = tab.locator("#records-body tr").first
    row.locator("input[name=record_name]").fill("Sổ theo dõi cấp bản sao văn bằng")
    row.locator("input[name=record_retention]").fill("Vĩnh viễn")
    tab.get_by_test_id("save-close").click()
    tab.wait_for_load_state("networkidle")
    _action(tab, "submit")

    _as(tab, live_server, personas.unit_head)
    tab.goto(edition_url)
    _action(tab, "review")
    assert tab.get_by_text("Đã xem xét; đã trình thủ trưởng cơ quan phê duyệt.").is_visible()

    _as(tab, live_server, personas.head)
    tab.goto(edition_url)
    shot(tab, "edition-to-approve")
    _action(tab, "approve")
    assert tab.get_by_test_id("edition-state").inner_text() == "Đang hiệu lực"
    edition.refresh_from_db()
    assert edition.state == State.EFFECTIVE and edition.approved_name == "Phạm Văn Giám"
    shot(tab, "edition-effective")
    docx_bytes = _download(tab, "download-docx")
    pdf_bytes = _download(tab, "download-pdf")
    _check_documents(docx_bytes, pdf_bytes)

    # A staff member of the agency confirms having read it (distribution module).
    _as(tab, live_server, personas.staff)
    url = reverse("documents:detail", args=[edition.document_id])
    tab.goto(live_server.url + url)
    tab.get_by_role("link", name="Phân phối và xác nhận đã đọc").click()
    tab.get_by_test_id("acknowledge").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_test_id("my-acknowledgement").is_visible()
    assert "đã đọc và hiểu" in tab.get_by_test_id("my-acknowledgement").inner_text().lower()
    assert not page.console_errors, page.console_errors


def test_bad_input_and_pages_on_phone(browser, page, phone_page, live_server, personas):
    world = personas.world
    document = services.document_create(
        actor=personas.iso,
        agency=world.agency,
        kind=Kind.PROCEDURE_TTHC,
        title=TITLE,
        owner_unit=world.division,
    )
    edition = document.latest_edition
    services.edition_save_steps(
        actor=personas.iso,
        edition=edition,
        rows=[{"task": t, "responsible": r, "duration": d} for t, r, d in STEPS],
    )
    services.edition_release_lock(actor=personas.iso, edition=edition)
    # An executable renamed .pdf is refused and nothing is created.
    tab = page
    _as(tab, live_server, personas.iso)
    tab.goto(live_server.url + reverse("documents:register") + f"?agency={world.agency.pk}")
    form = tab.locator("main form")
    form.get_by_label("Tên tài liệu").fill("Quy trình tiếp nhận văn bản đến")
    form.locator("input[type=file]").set_input_files(
        files=[
            {"name": "quy-trinh.pdf", "mimeType": "application/pdf", "buffer": b"MZ" + bytes(512)}
        ]
    )
    count = Document.objects.count()
    form.get_by_test_id("save").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_text("Tệp này là một chương trình, không phải tài liệu").is_visible()
    assert tab.get_by_label("Tên tài liệu").input_value() == "Quy trình tiếp nhận văn bản đến"
    assert Document.objects.count() == count
    shot(tab, "register-executable-refused")
    # Another agency's coordinator gets "not found" for this agency's document.
    _as(tab, live_server, personas.other_agency)
    response = tab.goto(live_server.url + reverse("documents:detail", args=[document.pk]))
    assert response is not None and response.status == 404
    # Desktop and phone screenshots of the main pages, no horizontal scroll on the phone.
    pages = {
        "list": reverse("documents:index") + f"?agency={world.agency.pk}",
        "detail": reverse("documents:detail", args=[document.pk]),
        "edition": reverse("documents:edition", args=[edition.pk]),
        "editor": reverse("documents:editor", args=[edition.pk]),
    }
    _as(tab, live_server, personas.iso)
    for name, url in pages.items():
        tab.goto(live_server.url + url)
        shot(tab, f"desktop-{name}")
    _as(phone_page, live_server, personas.iso)
    for name, url in pages.items():
        phone_page.goto(live_server.url + url)
        _no_horizontal_scroll(phone_page)
        shot(phone_page, f"phone-{name}")
