"""The steering-committee decision as DOCX and PDF: parsed back, reproducible, looked at as PNG."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from eiso.core.documents import pdf_render
from eiso.core.tests.test_documents_line_breaks import body_lines, underfull_lines
from eiso.organizations.models import CommitteeRole, SteeringDecision
from eiso.organizations.steering import document, services
from eiso.organizations.tests.test_steering_services import add, full_committee, issue, issue_date

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts"
MEMBER_ROWS = [
    ["1", "Phạm Văn Giám", "Giám đốc Sở", "Trưởng ban"],
    ["2", "Đỗ Văn Khải", "Phó Giám đốc Sở", "Phó Trưởng ban"],
    ["3", "Hoàng Thị Thư", "Chuyên viên Văn phòng", "Thư ký"],
    ["4", "Phạm Minh Đức", "Trưởng phòng Kế hoạch - Tài chính", "Thành viên"],
]


def _date_line():
    day = issue_date()
    return f"Hưng Yên, ngày 05 tháng 3 năm {day.year}"


def _download(client, decision, extension):
    agency = decision.committee.agency
    response = client.get(
        reverse(
            "organizations:steering_decision_download", args=[agency.pk, decision.pk, extension]
        )
    )
    assert response.status_code == 200
    return response


def _docx_text(content: bytes) -> tuple[str, list[list[list[str]]]]:
    doc = Document(io.BytesIO(content))
    texts = [p.text for p in doc.paragraphs]
    tables = []
    for table in doc.tables:
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
        tables.append(rows)
        texts.extend(cell for row in rows for cell in row)
    for section in doc.sections:
        texts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(texts), tables


@pytest.fixture
def decision(personas):
    full_committee(personas)
    return issue(personas)


@pytest.mark.django_db
def test_docx_has_number_date_articles_recipients_and_every_member(client, personas, decision):
    client.force_login(personas.staff)
    response = _download(client, decision, "docx")
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert "Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2001-Q%C4%90-SG" in response["Content-Disposition"]
    text, tables = _docx_text(response.content)
    for expected in (
        "Số: 01/QĐ-SGDĐT",
        _date_line(),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý",
        "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;",
        "Xét đề nghị của Chánh Văn phòng Sở.",
        "Điều 1.",
        "Điều 2.",
        "Điều 3.",
        "Quyết định này có hiệu lực kể từ ngày ký.",
        "Lưu: VT, VP.",
        "Sở Khoa học và Công nghệ",
        "Phạm Văn Giám",
        "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO ISO",
    ):
        assert expected in text, expected
    member_table = next(t for t in tables if t and t[0][:2] == ["TT", "Họ và tên"])
    assert member_table[0] == ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Ban"]
    assert member_table[1:] == MEMBER_ROWS


@pytest.mark.django_db
def test_pdf_has_number_date_and_every_member(client, personas, decision):
    client.force_login(personas.dost)
    response = _download(client, decision, "pdf")
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Số: 01/QĐ-SGDĐT" in text
    assert _date_line() in text
    assert "Lưu: VT, VP." in text
    for row in MEMBER_ROWS:
        assert " ".join(row[1:]) in text or all(cell in text for cell in row[1:]), row
    _save_png(response.content, "steering-decision")


@pytest.mark.django_db
def test_pdf_lines_are_full_and_duty_a_keeps_chat_luong_together(decision):
    """No word alone on a line in Điều 2 a) (WeasyPrint#1051, see core test_documents_line_breaks)."""
    laid_out = pdf_render.layout_pdf(document.build_decision(decision))
    assert underfull_lines(laid_out) == []
    lines = body_lines(laid_out)
    assert "lượng" not in lines
    duty_a = lines.index("a) Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất")
    assert lines[duty_a + 1].startswith("lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015")


def _save_png(pdf: bytes, name: str) -> None:
    """Render every page to artifacts/<name>-N.png to look at (pdftoppm from poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: run scripts/ensure_browser.py (poppler-utils)")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(pdf_path), str(ARTIFACTS / name)], check=True
    )
    assert sorted(ARTIFACTS.glob(f"{name}-*.png"))


@pytest.mark.django_db
def test_past_decision_re_renders_from_its_snapshot(personas, decision):
    """Later changes to the committee or the agency do not change a past decision."""
    before = document.build_decision(decision)
    agency = personas.world.agency
    agency.name = "Sở Giáo dục"
    agency.save(update_fields=["name"])
    member = decision.committee.members.get(full_name="Phạm Minh Đức")
    services.member_remove(actor=personas.iso, member=member)
    add(personas, CommitteeRole.MEMBER, "Người Mới", "Chuyên viên")
    decision = SteeringDecision.objects.get(pk=decision.pk)
    after = document.build_decision(decision)
    assert after == before
    rows = after.appendices[0].blocks[0].rows
    assert [list(row.cells) for row in rows] == MEMBER_ROWS


@pytest.mark.django_db
def test_reorganisation_with_a_deputy_signing(personas, decision):
    second = issue(
        personas,
        kind=SteeringDecision.Kind.REORGANISE,
        signing_authority="KT.",
        signer_title="Phó Giám đốc",
        signer_name="Đỗ Văn Khải",
    )
    built = document.build_decision(second)
    assert built.summary.startswith("Về việc kiện toàn Ban chỉ đạo")
    assert built.signature.authority == "KT. Giám đốc"
    assert built.signature.position == "Phó Giám đốc"
    article_3 = "".join(run.text for run in built.body[-1].paragraphs[0])
    assert f"thay thế Quyết định số 01/QĐ-SGDĐT ngày {decision.issued_on:%d/%m/%Y}" in article_3
    article_1 = "".join(run.text for run in built.body[3].paragraphs[0])
    assert article_1.startswith("Kiện toàn Ban chỉ đạo")


@pytest.mark.django_db
def test_decision_stored_with_members_only_renders_with_the_agency_data(personas, decision):
    """The earliest decisions kept only their members: the content is empty after migration."""
    SteeringDecision.objects.filter(pk=decision.pk).update(
        members_snapshot=[
            {"full_name": "Nguyễn Văn An", "position": "Giám đốc Sở", "committee_role": "head"}
        ],
        content={},
    )
    decision.refresh_from_db()
    built = document.build_decision(decision)
    assert [list(r.cells) for r in built.appendices[0].blocks[0].rows] == [
        ["1", "Nguyễn Văn An", "Giám đốc Sở", "Trưởng ban"]
    ]
    assert built.issuer.name == "Sở Giáo dục và Đào tạo"
    duties = ["".join(run.text for run in runs) for runs in built.body[4].paragraphs]
    assert duties[1].startswith("a) Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến")
    assert duties[-1].startswith("Trưởng ban phân công nhiệm vụ cụ thể")
