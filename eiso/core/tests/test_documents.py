"""The document model, NĐ 30 dates and numbers, and the download response."""

from datetime import date

import pytest
from django.utils import translation

from eiso.core import documents as docs
from eiso.core.documents.labels import document_labels
from eiso.core.documents.layout import appendix_reference, recipient_lines
from eiso.core.documents.text import clean


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2022, 2, 7), "Hưng Yên, ngày 07 tháng 02 năm 2022"),
        (date(2026, 3, 5), "Hưng Yên, ngày 05 tháng 3 năm 2026"),
        (date(2026, 1, 15), "Hưng Yên, ngày 15 tháng 01 năm 2026"),
        (date(2026, 10, 9), "Hưng Yên, ngày 09 tháng 10 năm 2026"),
        (date(2025, 12, 31), "Hưng Yên, ngày 31 tháng 12 năm 2025"),
        (date(2024, 2, 29), "Hưng Yên, ngày 29 tháng 02 năm 2024"),
    ],
)
def test_date_line_pads_days_below_10_and_months_january_february(on, expected):
    assert docs.vietnamese_date_line("Hưng Yên", on) == expected


def test_date_line_is_vietnamese_whatever_the_interface_language():
    with translation.override("en"):
        line = docs.vietnamese_date_line("Hà Nội", date(2020, 1, 5))
    assert line == "Hà Nội, ngày 05 tháng 01 năm 2020"


def test_date_line_without_date_leaves_day_and_month_blank():
    blank = "\u00a0" * 6
    line = docs.vietnamese_date_line("Hưng Yên", None, year=2026)
    assert line == f"Hưng Yên, ngày {blank} tháng {blank} năm 2026"


def test_day_and_month_helpers():
    assert [docs.nd30_day(day) for day in (1, 9, 10, 31)] == ["01", "09", "10", "31"]
    assert [docs.nd30_month(month) for month in (1, 2, 3, 9, 12)] == ["01", "02", "3", "9", "12"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((187, "KH", "SGDĐT"), "187/KH-SGDĐT"),
        ((5, "QĐ", "UBND"), "05/QĐ-UBND"),
        ((9, "kh", "sgdđt"), "09/KH-SGDĐT"),
        ((12, "UBND", "VX"), "12/UBND-VX"),
        ((10, "BC", "SKHCN"), "10/BC-SKHCN"),
    ],
)
def test_number_symbol(args, expected):
    assert docs.format_number_symbol(*args) == expected


def test_number_symbol_without_number_leaves_it_blank_and_rejects_zero():
    assert docs.format_number_symbol(None, "QĐ", "UBND") == "\u00a0" * 6 + "/QĐ-UBND"
    with pytest.raises(ValueError):
        docs.format_number_symbol(0, "QĐ", "UBND")


def test_roman_numerals():
    assert [docs.roman_numeral(n) for n in (1, 2, 3, 4, 9, 14, 40)] == [
        "I",
        "II",
        "III",
        "IV",
        "IX",
        "XIV",
        "XL",
    ]


def test_legal_bases_end_with_semicolons_and_a_full_stop():
    bases = docs.LegalBases(["Căn cứ Luật A,", "Căn cứ Nghị định B;", "Theo đề nghị của C."])
    assert bases.lines == ("Căn cứ Luật A;", "Căn cứ Nghị định B;", "Theo đề nghị của C.")


def test_recipient_lines_follow_nd30_punctuation():
    recipients = docs.Recipients(["- Sở Nội vụ;", "Ban Giám đốc Sở", "  "], archive=["VT", "VP"])
    assert recipient_lines(recipients, document_labels()) == (
        "- Sở Nội vụ;",
        "- Ban Giám đốc Sở;",
        "- Lưu: VT, VP.",
    )


def test_appendix_reference_is_built_from_the_document():
    doc = docs.OfficialDocument(
        issuer=docs.Issuer("Sở Giáo dục và Đào tạo", reference_name="Sở GDĐT"),
        doc_type="KẾ HOẠCH",
        summary="x",
        number_symbol="187/KH-SGDĐT",
        issued_on=date(2022, 2, 7),
    )
    appendix = docs.Appendix("Nhiệm vụ", [])
    assert appendix_reference(doc, appendix, document_labels()) == (
        "(Kèm theo Kế hoạch số 187/KH-SGDĐT ngày 07/02/2022 của Sở GDĐT)"
    )
    given = docs.Appendix("Nhiệm vụ", [], reference="(Kèm theo văn bản khác)")
    assert appendix_reference(doc, given, document_labels()) == "(Kèm theo văn bản khác)"


def test_table_rows_must_match_the_columns():
    with pytest.raises(ValueError):
        docs.Table(["TT", "Nội dung"], [("1", "a", "b")])
    table = docs.Table(["TT", "Nội dung"], [("1", "a"), docs.TableRow(["A. Nhóm"], group=True)])
    assert [row.group for row in table.rows] == [False, True]
    assert table.relative_widths() == (0.5, 0.5)


def test_heading_levels():
    assert docs.Heading("Mục đích, yêu cầu", "I.").display == "I. MỤC ĐÍCH, YÊU CẦU"
    assert docs.Heading("Các phòng thuộc Sở", "1.", level=2).display == "1. Các phòng thuộc Sở"
    with pytest.raises(ValueError):
        docs.Heading("x", level=4)


def test_clean_text_composes_diacritics_and_drops_illegal_controls():
    decomposed = "Vie\u0323\u0302t Nam\x00\x07"
    assert clean(decomposed) == "Việt Nam"
    assert clean("a\r\nb\tc") == "a\nb\tc"


def test_content_disposition_has_ascii_fallback_and_utf8_name():
    header = docs.content_disposition("Kế hoạch 187/KH-SGDĐT.pdf")
    assert header == (
        'attachment; filename="Ke hoach 187-KH-SGDDT.pdf"; '
        "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20187-KH-SGD%C4%90T.pdf"
    )


def test_content_disposition_cannot_escape_the_header_or_a_directory():
    header = docs.content_disposition('../../etc/"passwd"\r\nX-Evil: 1.docx', as_attachment=False)
    assert header.startswith("inline; ")
    assert "\r" not in header and "\n" not in header
    assert "/" not in header.split("filename*=")[0]
    assert '"passwd"' not in header


def test_document_response_serves_bytes_with_the_content_type_of_the_extension():
    response = docs.document_response(b"%PDF-1.7 test", "Quyết định 05.pdf")
    assert response["Content-Type"] == docs.PDF_CONTENT_TYPE
    assert response["Content-Length"] == "13"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert (
        "filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2005.pdf"
        in response["Content-Disposition"]
    )
    assert response.content == b"%PDF-1.7 test"
    docx = docs.document_response(b"PK", "a.docx")
    assert docx["Content-Type"] == docs.DOCX_CONTENT_TYPE


def test_render_response_serves_either_format_under_a_vietnamese_name():
    doc = docs.OfficialDocument(
        issuer=docs.Issuer("Sở Giáo dục và Đào tạo"), doc_type="Báo cáo", summary="Kết quả"
    )
    response = docs.render_response(doc, "docx", "Báo cáo kết quả")
    assert response["Content-Type"] == docs.DOCX_CONTENT_TYPE
    assert response.content.startswith(b"PK")
    assert (
        "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3.docx"
        in response["Content-Disposition"]
    )
    with pytest.raises(ValueError):
        docs.render_response(doc, "odt", "x")
