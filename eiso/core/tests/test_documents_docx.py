"""DOCX output parsed back with python-docx: NĐ 30 layout, fonts, header, signature, appendix."""

from io import BytesIO

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from eiso.core import documents as docs
from eiso.core.documents import samples

FONT = "Times New Roman"


def parse(content: bytes):
    return Document(BytesIO(content))


def cell_lines(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def near(length, mm: float) -> bool:
    return abs(length - Mm(mm)) < Mm(0.1)


@pytest.fixture(scope="module")
def plan():
    return parse(docs.render_docx(samples.plan_187()))


def test_page_is_a4_portrait_with_nd30_margins(plan):
    section = plan.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert near(section.page_width, 210) and near(section.page_height, 297)
    assert near(section.top_margin, 20) and near(section.bottom_margin, 20)
    assert near(section.left_margin, 30) and near(section.right_margin, 15)


def test_page_number_top_centre_hidden_on_first_page(plan):
    section = plan.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    instructions = [node.text.strip() for node in header._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE"]
    assert all(not p.text for p in section.first_page_header.paragraphs)
    assert not list(section.first_page_header._element.iter(qn("w:instrText")))


def test_times_new_roman_is_declared_for_every_script(plan):
    styles = plan.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(slot)) == FONT
    # Theme fonts would override the explicit ones in Word: none may remain in any style.
    for element in styles.iter(qn("w:rFonts")):
        assert not [key for key in element.attrib if key.endswith("Theme") or key.endswith("theme")]
        assert element.get(qn("w:eastAsia")) == FONT
    assert plan.styles["Normal"].font.name == FONT
    # No run or paragraph mark overrides the font.
    body = plan.element.body
    assert all(el.get(qn("w:ascii")) in (None, FONT) for el in body.iter(qn("w:rFonts")))
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


def test_header_table_holds_issuer_national_name_number_and_date(plan):
    header = plan.tables[0]
    (issuer, nation), (number, dated) = (row.cells for row in header.rows)
    assert cell_lines(issuer) == ["UBND TỈNH HƯNG YÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert cell_lines(nation) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert cell_lines(number) == ["Số: 187/KH-SGDĐT"]
    assert cell_lines(dated) == ["Hưng Yên, ngày 07 tháng 02 năm 2022"]
    parent, agency = (p for p in issuer.paragraphs if p.text)
    assert parent.runs[0].font.size == Pt(13) and not parent.runs[0].bold
    assert agency.runs[0].font.size == Pt(13) and agency.runs[0].bold
    national_name, motto = (p for p in nation.paragraphs if p.text)
    assert national_name.runs[0].bold and national_name.runs[0].font.size == Pt(12)
    assert motto.runs[0].bold and motto.runs[0].font.size == Pt(13)
    date_run = next(p for p in dated.paragraphs if p.text).runs[0]
    assert date_run.italic and date_run.font.size == Pt(14)
    # The header table has no borders, and rules sit under the agency and the motto.
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}
    assert len(list(issuer._tc.iter(qn("w:pBdr")))) == 1
    assert len(list(nation._tc.iter(qn("w:pBdr")))) == 1


def body_texts(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text]


def test_type_summary_headings_and_body_paragraphs(plan):
    texts = body_texts(plan)
    assert texts[0] == "KẾ HOẠCH"
    assert texts[1].startswith("Duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng")
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ CỤ THỂ", "III. TỔ CHỨC THỰC HIỆN"):
        assert heading in texts
    assert "(Chi tiết theo Phụ lục đính kèm)." in texts
    paragraph = next(p for p in plan.paragraphs if p.text.startswith("Căn cứ Quyết định số 19"))
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert near(paragraph.paragraph_format.first_line_indent, 12.7)
    assert paragraph.paragraph_format.space_after == Pt(6)
    assert paragraph.runs[0].font.size == Pt(14)
    title = next(p for p in plan.paragraphs if p.text == "KẾ HOẠCH")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold


def test_signature_beside_recipients(plan):
    closing = plan.tables[1]
    recipients, signature = closing.rows[0].cells
    assert cell_lines(recipients) == [
        "Nơi nhận:",
        "- Sở Khoa học và Công nghệ;",
        "- Sở Nội vụ;",
        "- Ban Giám đốc Sở;",
        "- Các phòng chức năng Sở;",
        "- Phòng GDĐT các huyện/TP/TX;",
        "- Các đơn vị trực thuộc Sở;",
        "- Lưu: VT, VP.",
    ]
    title_run = recipients.paragraphs[0].runs[0]
    assert title_run.bold and title_run.italic and title_run.font.size == Pt(12)
    assert recipients.paragraphs[1].runs[0].font.size == Pt(11)
    assert cell_lines(signature) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Văn Khải"]
    for paragraph in signature.paragraphs:
        assert all(run.bold for run in paragraph.runs if run.text)


def test_appendix_is_a_landscape_section_numbered_from_one(plan):
    assert len(plan.sections) == 2
    appendix = plan.sections[1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert near(appendix.page_width, 297) and near(appendix.page_height, 210)
    assert near(appendix.left_margin, 30) and near(appendix.top_margin, 20)
    assert appendix._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert appendix.different_first_page_header_footer
    texts = body_texts(plan)
    assert "Phụ lục" in texts
    assert (
        "CÁC NHIỆM VỤ DUY TRÌ, CẢI TIẾN HTQLCL THEO TIÊU CHUẨN QUỐC GIA TCVN ISO 9001:2015" in texts
    )
    assert "(Kèm theo Kế hoạch số 187/KH-SGDĐT ngày 07/02/2022 của Sở GDĐT)" in texts


def test_appendix_table_has_every_task_row(plan):
    table = plan.tables[2]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
    assert rows[1:] == [list(task) for task in samples.PLAN_187_TASKS]
    assert rows[10] == [
        "10",
        "Báo cáo kết quả thực hiện hoạt động duy trì và áp dụng, cải tiến HTQLCL theo tiêu chuẩn "
        "quốc gia TCVN ISO 9001:2015 năm 2022",
        "Ban ISO",
        "Lãnh đạo Sở, Ban ISO, các phòng thuộc Sở",
        "Theo quy định",
    ]
    header_props = table.rows[0]._tr.trPr
    assert header_props.find(qn("w:tblHeader")) is not None
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    # Column widths follow the relative widths over the landscape text width (252 mm).
    widths = [cell.width for cell in table.rows[1].cells]
    assert abs(sum(widths) - Mm(252)) < Mm(1)
    assert widths[1] > widths[2] > widths[0]


def test_steering_committee_decision():
    document = parse(docs.render_docx(samples.steering_committee_decision()))
    texts = body_texts(document)
    assert texts[:2] == [
        "QUYẾT ĐỊNH",
        "Về việc kiện toàn Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý "
        "chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 của Sở Giáo dục và Đào tạo",
    ]
    assert "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO" in texts and "QUYẾT ĐỊNH:" in texts
    bases = [p for p in document.paragraphs if p.text.startswith(("Căn cứ", "Theo đề nghị"))]
    assert [p.text[-1] for p in bases] == [";", ";", "."]
    assert all(run.italic for p in bases for run in p.runs)
    articles = [p for p in document.paragraphs if p.text.startswith("Điều ")]
    assert [p.runs[0].text for p in articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert all(p.runs[0].bold and not p.runs[-1].bold for p in articles)
    assert articles[0].text.startswith("Điều 1. Kiện toàn Ban chỉ đạo")
    assert cell_lines(document.tables[1].rows[0].cells[1]) == ["GIÁM ĐỐC", "Nguyễn Văn An"]
    members = document.tables[2]
    assert [cell.text for cell in members.rows[0].cells] == [
        "TT",
        "Họ và tên",
        "Chức vụ",
        "Nhiệm vụ trong Ban",
    ]
    assert [[c.text for c in row.cells] for row in members.rows[1:]] == [
        list(member) for member in samples.STEERING_MEMBERS
    ]
    assert document.sections[1].orientation == WD_ORIENT.PORTRAIT


def test_official_letter_has_subject_under_the_number_and_addressees():
    letter = docs.OfficialDocument(
        issuer=docs.Issuer("Sở Khoa học và Công nghệ", parent="UBND tỉnh Hưng Yên"),
        doc_type="",
        summary="đôn đốc báo cáo tình hình áp dụng HTQLCL năm 2026",
        number_symbol=docs.format_number_symbol(7, "SKHCN", "TĐC"),
        place="Hưng Yên",
        addressees=["Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
        body=[docs.Paragraph("Nội dung.")],
        signature=docs.Signature("Giám đốc", "Trần Văn B"),
        recipients=docs.Recipients(["Như trên"], ["VT", "TĐC"]),
    )
    document = parse(docs.render_docx(letter))
    number_cell = document.tables[0].rows[1].cells[0]
    assert cell_lines(number_cell) == [
        "Số: 07/SKHCN-TĐC",
        "V/v đôn đốc báo cáo tình hình áp dụng HTQLCL năm 2026",
    ]
    texts = body_texts(document)
    assert "Kính gửi:" in texts
    assert "- Các sở, ban, ngành tỉnh;" in texts and "- UBND các xã, phường." in texts


def test_controlled_document_has_the_control_block_in_every_page_header():
    document = parse(docs.render_docx(samples.procedure()))
    section = document.sections[0]
    assert not section.different_first_page_header_footer
    control = section.header.tables[0]
    agency, title, info = control.rows[0].cells
    assert cell_lines(agency) == ["UBND TỈNH HƯNG YÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert cell_lines(title) == ["QUY TRÌNH KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN"]
    assert cell_lines(info) == [
        "Mã hiệu: QT.01",
        "Lần ban hành: 02",
        "Ngày hiệu lực: 05/03/2026",
        "Trang: 1/1",
    ]
    instructions = [node.text.strip() for node in info._tc.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    approvals = document.tables[0]
    assert [[c.text for c in row.cells] for row in approvals.rows] == [
        ["Trách nhiệm", "Soạn thảo", "Xem xét", "Phê duyệt"],
        ["Họ và tên", "Lê Thị Hoa", "Đỗ Văn Khải", "Nguyễn Văn An"],
        ["Chức vụ", "Thư ký ISO", "Phó Giám đốc", "Giám đốc"],
        ["Chữ ký", "(Đã ký)", "(Đã ký)", "(Đã ký)"],
    ]
    amendments = document.tables[1]
    assert [c.text for c in amendments.rows[1].cells] == [
        "1",
        "Văn phòng",
        "Mục 5",
        "Cập nhật theo Nghị định 30/2020/NĐ-CP",
        "02",
        "05/03/2026",
    ]
    assert len(amendments.rows) == 4  # header, one amendment, two blank rows to fill by hand
    assert "THEO DÕI SỬA ĐỔI TÀI LIỆU" in body_texts(document)
    steps = [[c.text for c in row.cells] for row in document.tables[2].rows]
    assert steps[1] == [
        "B1",
        "Đề xuất soạn thảo, sửa đổi tài liệu",
        "Các phòng",
        "01 ngày",
        "BM.01-QT.01",
    ]


def test_user_text_is_written_literally():
    hostile = '<b>Kế hoạch</b> & "trích" <script>alert(1)</script>\x00\x07'
    doc = docs.OfficialDocument(
        issuer=docs.Issuer("Sở <i>X</i>"),
        doc_type="Kế hoạch",
        summary=hostile,
        body=[docs.Paragraph("Dòng 1\nDòng 2"), docs.Table(["A"], [["<td>1</td>"]])],
    )
    document = parse(docs.render_docx(doc))
    texts = body_texts(document)
    assert '<b>Kế hoạch</b> & "trích" <script>alert(1)</script>' in texts
    assert "SỞ <I>X</I>" in cell_lines(document.tables[0].rows[0].cells[0])
    assert document.tables[1].rows[1].cells[0].text == "<td>1</td>"
    line_break = next(p for p in document.paragraphs if p.text.startswith("Dòng 1"))
    assert line_break.text == "Dòng 1\nDòng 2"


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
    document = parse(docs.render_docx(doc))
    table = document.tables[-1]
    assert len(table.rows) == 101
    assert table.rows[100].cells[1].text == "Nhiệm vụ số 100: rà soát quy trình"
