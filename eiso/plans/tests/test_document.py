"""Seed 002 entered in eiso and generated: the DOCX parsed back gives back that plan."""

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from eiso.core.documents import samples
from eiso.plans import document
from eiso.plans.tests.seed import enter_plan_187, sample_parts

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts"


@pytest.fixture
def plan_187(personas, world):
    world.agency.short_name = "Sở GDĐT"
    world.agency.save()
    return enter_plan_187(drafter=personas.iso, head=personas.head, agency=world.agency)


def body_texts(parsed) -> list[str]:
    return [p.text for p in parsed.paragraphs if p.text]


def test_plan_187_is_issued_with_its_number(plan_187):
    assert plan_187.number_symbol == "187/KH-SGDĐT"
    assert plan_187.issued_number.symbol == "187/KH-SGDĐT"


def test_docx_gives_back_the_plan(plan_187):
    parsed = Document(BytesIO(document.render(plan_187, "docx")))
    texts = body_texts(parsed)
    parts = sample_parts()
    assert texts[0] == "KẾ HOẠCH"
    assert texts[1] == parts["title"]
    expected_body = [
        *parts["preamble"],
        *parts["legal_bases"],
        parts["preamble_closing"],
        "I. MỤC ĐÍCH, YÊU CẦU",
        *(f"{n}. {t}" for n, t in enumerate(parts["purposes"], start=1)),
        "II. NHIỆM VỤ CỤ THỂ",
        "(Chi tiết theo Phụ lục đính kèm).",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các phòng thuộc Sở",
        *parts["implementation"][0]["paragraphs"],
        "2. " + parts["implementation"][1]["paragraphs"][0],
        "3. " + parts["implementation"][2]["paragraphs"][0],
        parts["closing"],
    ]
    start = texts.index(parts["preamble"][0])
    assert texts[start : start + len(expected_body)] == expected_body
    # Every paragraph is the published one (same text as the hand-built sample).
    sample = body_texts(Document(BytesIO(samples_docx())))
    assert texts[start : start + len(expected_body)] == sample[start : start + len(expected_body)]
    header = parsed.tables[0]
    header_text = "\n".join(cell.text for row in header.rows for cell in row.cells)
    assert "Số: 187/KH-SGDĐT" in header_text
    assert "Hưng Yên, ngày 07 tháng 02 năm 2022" in header_text


def samples_docx() -> bytes:
    from eiso.core import documents as docs

    return docs.render_docx(samples.plan_187())


def test_docx_signature_recipients_and_every_appendix_row(plan_187):
    parsed = Document(BytesIO(document.render(plan_187, "docx")))
    recipients, signature = parsed.tables[1].rows[0].cells
    lines = [p.text for p in recipients.paragraphs if p.text]
    assert lines[-1] == "- Lưu: VT, VP."
    assert lines[1] == "- Sở Khoa học và Công nghệ;"
    assert [p.text for p in signature.paragraphs if p.text] == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Đỗ Văn Khải",
    ]
    rows = [[cell.text for cell in row.cells] for row in parsed.tables[2].rows]
    assert rows[0] == ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
    assert rows[1:] == [list(task) for task in samples.PLAN_187_TASKS]
    texts = body_texts(parsed)
    assert "(Kèm theo Kế hoạch số 187/KH-SGDĐT ngày 07/02/2022 của Sở GDĐT)" in texts


def test_pdf_renders_to_png(plan_187):
    pdf = document.render(plan_187, "pdf")
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) >= 3
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Số: 187/KH-SGDĐT" in text
    assert "Tháng 01/8 đến 15/9/2022" in text
    save_png(pdf, "plans-187")


def save_png(pdf: bytes, name: str) -> None:
    """Every page to artifacts/<name>-N.png, to look at (pdftoppm from poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: run scripts/ensure_browser.py (poppler-utils)")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(ARTIFACTS / name)], check=True)
    assert sorted(ARTIFACTS.glob(f"{name}-*.png"))
