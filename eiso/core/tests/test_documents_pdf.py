"""PDF output parsed back with pypdf and rasterised with pdftoppm into artifacts/documents/."""

import re
import shutil
import subprocess
from io import BytesIO

import pytest
from django.conf import settings
from pypdf import PdfReader

from eiso.core import documents as docs
from eiso.core.documents import pdf_render, samples

A4 = (595.28, 841.89)
ARTIFACTS = settings.BASE_DIR / "artifacts" / "documents"


def read(content: bytes) -> PdfReader:
    assert content.startswith(b"%PDF-")
    return PdfReader(BytesIO(content))


def page_text(page) -> str:
    """Extracted text with runs of whitespace collapsed (line breaks depend on justification)."""
    return re.sub(r"\s+", " ", page.extract_text()).strip()


def lines_from_top(page) -> list[str]:
    """Text fragments ordered from the top of the page."""
    fragments = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            fragments.append((-(tm[5] * cm[3] + cm[5]), text.strip()))

    page.extract_text(visitor_text=visit)
    return [text for _, text in sorted(fragments, key=lambda item: item[0])]


def font_names(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+", 1)[1])
    return names


def rasterise(content: bytes, name: str) -> list:
    if not shutil.which("pdftoppm"):
        pytest.fail("poppler-utils (pdftoppm) is not installed: run scripts/ensure_browser.py")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(content)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", str(pdf_path), str(ARTIFACTS / name)], check=True
    )
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return docs.render_pdf(samples.plan_187())


def test_plan_pages_and_sizes(plan_pdf):
    reader = read(plan_pdf)
    assert len(reader.pages) == 3
    for page in reader.pages[:2]:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A4
    appendix = reader.pages[2].mediabox
    assert float(appendix.width) > float(appendix.height)  # landscape appendix


def test_plan_first_page_header_and_title(plan_pdf):
    text = page_text(read(plan_pdf).pages[0])
    for expected in (
        "UBND TỈNH HƯNG YÊN",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 187/KH-SGDĐT",
        "Hưng Yên, ngày 07 tháng 02 năm 2022",
        "KẾ HOẠCH",
        "Duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NHIỆM VỤ CỤ THỂ",
    ):
        assert expected in text


def test_page_numbers_top_centre_from_page_two(plan_pdf):
    reader = read(plan_pdf)
    first, second, appendix = (lines_from_top(page) for page in reader.pages)
    assert set(first[:2]) == {"UBND TỈNH HƯNG YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
    assert not any(fragment.isdigit() for fragment in first)
    assert second[0] == "2"
    # Appendices are numbered on their own, and their first page shows no number either.
    assert appendix[0] == "Phụ lục"


def test_plan_signature_and_recipients(plan_pdf):
    text = page_text(read(plan_pdf).pages[1])
    for expected in (
        "III. TỔ CHỨC THỰC HIỆN",
        "Nơi nhận:",
        "- Sở Khoa học và Công nghệ;",
        "- Phòng GDĐT các huyện/TP/TX;",
        "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Đỗ Văn Khải",
        "vanphong.sohungyen@moet.edu.vn",
    ):
        assert expected in text


def test_plan_appendix_table_rows(plan_pdf):
    text = page_text(read(plan_pdf).pages[2])
    assert "(Kèm theo Kế hoạch số 187/KH-SGDĐT ngày 07/02/2022 của Sở GDĐT)" in text
    assert "TT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện" in text
    for number, content, lead, support, timing in samples.PLAN_187_TASKS:
        assert f"{number} {content.split(' ')[0]}" in text
        for cell in (lead, support, timing):
            assert cell in text
    assert "Tổ chức họp xem xét của Lãnh đạo" in text
    assert "Tháng 01/8 đến 15/9/2022" in text


def test_tinos_is_embedded_in_every_style(plan_pdf):
    reader = read(plan_pdf)
    assert font_names(reader) == {"Tinos", "Tinos-Bold", "Tinos-Italic", "Tinos-Bold-Italic"}
    assert reader.metadata.title.startswith("KẾ HOẠCH Duy trì áp dụng")


def test_plan_is_rasterised_for_review(plan_pdf):
    pages = rasterise(plan_pdf, "plan-187")
    assert [page.name for page in pages] == ["plan-187-1.png", "plan-187-2.png", "plan-187-3.png"]
    assert all(page.stat().st_size > 10_000 for page in pages)


def test_steering_committee_decision_pdf():
    content = docs.render_pdf(samples.steering_committee_decision())
    reader = read(content)
    text = " ".join(page_text(page) for page in reader.pages)
    for expected in (
        "Số: 05/QĐ-SGDĐT",
        "Hưng Yên, ngày 05 tháng 3 năm 2026",
        "QUYẾT ĐỊNH Về việc kiện toàn Ban chỉ đạo",
        "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Theo đề nghị của Chánh Văn phòng Sở.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Kiện toàn Ban chỉ đạo",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        "- Lưu: VT, VP.",
        "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO ISO",
        "(Kèm theo Quyết định số 05/QĐ-SGDĐT ngày 05/03/2026 của Sở GDĐT)",
        "2 Ông Đỗ Văn Khải Phó Giám đốc Sở Phó Trưởng ban thường trực",
    ):
        assert expected in text
    assert len(reader.pages) >= 2
    rasterise(content, "steering-committee-decision")


def test_controlled_document_prints_page_x_of_y_in_the_control_block():
    content = docs.render_pdf(samples.procedure())
    reader = read(content)
    assert len(reader.pages) == 2
    first, second = (page_text(page) for page in reader.pages)
    for text, page in ((first, 1), (second, 2)):
        assert "QUY TRÌNH KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN" in text
        assert "Mã hiệu: QT.01" in text and "Lần ban hành: 02" in text
        assert "Ngày hiệu lực: 05/03/2026" in text
        assert f"Trang: {page}/2" in text
    assert "Soạn thảo Xem xét Phê duyệt" in first
    assert "Lê Thị Hoa Đỗ Văn Khải Nguyễn Văn An" in first
    assert "THEO DÕI SỬA ĐỔI TÀI LIỆU" in first
    assert "Cập nhật theo Nghị định 30/2020/NĐ-CP" in first
    assert "B1 Đề xuất soạn thảo, sửa đổi tài liệu" in second
    rasterise(content, "procedure")


def test_user_text_cannot_inject_markup():
    doc = docs.OfficialDocument(
        issuer=docs.Issuer("Sở <i>X</i>"),
        doc_type="Kế hoạch",
        summary='<b>Đậm</b> & "trích" <img src="file:///etc/passwd">',
        body=[docs.Paragraph("<style>body{display:none}</style>Nội dung\x00")],
        recipients=docs.Recipients(["<script>alert(1)</script>"]),
    )
    text = " ".join(page_text(page) for page in read(docs.render_pdf(doc)).pages)
    assert '<b>Đậm</b> & "trích" <img src="file:///etc/passwd">' in text
    assert "SỞ <I>X</I>" in text
    assert "<style>body{display:none}</style>Nội dung" in text
    assert "- <script>alert(1)</script>;" in text


def test_the_pdf_may_load_nothing_but_its_fonts():
    fetcher = pdf_render._font_fetcher()
    response = fetcher("eiso-font:tinos-400-normal.ttf")
    assert response.read()[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    for url in ("file:///etc/passwd", "http://127.0.0.1/", "eiso-font:../../etc/passwd"):
        with pytest.raises(ValueError):
            fetcher(url)


def test_hundred_row_table_renders():
    rows = [
        (str(i), f"Nhiệm vụ số {i}: rà soát quy trình", "Văn phòng", "Các phòng", "Quý I")
        for i in range(1, 101)
    ]
    doc = docs.OfficialDocument(
        issuer=samples.HUNG_YEN_DOET,
        doc_type="Kế hoạch",
        summary="Kiểm tra hiệu năng",
        appendices=[docs.Appendix("Nhiệm vụ", [docs.Table(samples.PLAN_187_TASK_COLUMNS, rows)])],
    )
    reader = read(docs.render_pdf(doc))
    assert len(reader.pages) >= 4
    last = page_text(reader.pages[-1])
    assert "100 Nhiệm vụ số 100: rà soát quy trình" in last
    # The header row repeats on every page of the table.
    assert all("TT Nội dung" in page_text(page) for page in reader.pages[1:])
