"""The audit report generated through the official renderer: the DOCX parsed back gives the report,
the PDF reads the same and its pages are rendered to PNG (artifacts/audits/) to look at."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from eiso.audits import document, services
from eiso.audits.models import Result

pytestmark = pytest.mark.django_db

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "audits"

EVIDENCE = "Sổ theo dõi hồ sơ tháng 9 thiếu chữ ký người nhận kết quả."


@pytest.fixture
def reported(personas, running_audit):
    items = list(running_audit.items.order_by("order"))
    for item in items:
        services.item_record(actor=personas.auditor, item=item, result=Result.CONFORMS, evidence="")
    services.item_record(
        actor=personas.auditor, item=items[3], result=Result.MINOR_NC, evidence=EVIDENCE
    )
    services.item_record(
        actor=personas.auditor,
        item=items[6],
        result=Result.OFI,
        evidence="Có thể số hóa phiếu kiểm soát quá trình.",
    )
    services.audit_complete(actor=personas.auditor, audit=running_audit)
    services.report_save(
        actor=personas.auditor,
        audit=running_audit,
        strengths="Cán bộ nắm vững quy trình.\nHồ sơ được lưu đúng nơi quy định.",
        conclusion="Hệ thống quản lý chất lượng của phòng được duy trì phù hợp, còn 01 điểm không phù hợp nhẹ.",
    )
    services.report_approve(actor=personas.auditor, audit=running_audit)
    running_audit.refresh_from_db()
    return running_audit


def test_docx_gives_back_the_report(reported):
    parsed = Document(BytesIO(document.render(reported, "docx")))
    texts = [p.text for p in parsed.paragraphs if p.text]
    assert "BÁO CÁO" in texts
    assert "Kết quả đánh giá nội bộ đợt 1 năm 2026" in texts
    for heading in (
        "I. THÔNG TIN CHUNG",
        "II. TỔNG HỢP KẾT QUẢ",
        "III. ĐIỂM MẠNH",
        "IV. CÁC PHÁT HIỆN THEO ĐƠN VỊ VÀ ĐIỀU KHOẢN",
        "V. KẾT LUẬN",
    ):
        assert heading in texts
    assert "Cán bộ nắm vững quy trình." in texts
    assert texts.index("III. ĐIỂM MẠNH") < texts.index("Cán bộ nắm vững quy trình.")
    header = "\n".join(cell.text for row in parsed.tables[0].rows for cell in row.cells)
    assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO" in header and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header
    rows = {tuple(cell.text for cell in row.cells) for table in parsed.tables for row in table.rows}
    assert ("Trưởng đoàn đánh giá", "Đặng Thị Đánh") in rows
    assert ("Đơn vị được đánh giá", "Phòng Giáo dục phổ thông") in rows
    assert ("Không phù hợp nhẹ", "1") in rows and ("Phù hợp", "7") in rows
    findings = [r for r in rows if len(r) == 5 and r[0] in ("1", "2")]
    assert sorted(findings) == [
        (
            "1",
            "Phòng Giáo dục phổ thông",
            "8.5",
            reported.items.get(order=4).question + "\nBằng chứng: " + EVIDENCE,
            "Không phù hợp nhẹ",
        ),
        (
            "2",
            "Phòng Giáo dục phổ thông",
            "QT-GDPT-01 — bước 2",
            reported.items.get(order=7).question
            + "\nBằng chứng: Có thể số hóa phiếu kiểm soát quá trình.",
            "Cơ hội cải tiến",
        ),
    ]
    signature = "\n".join(cell.text for cell in parsed.tables[-1].rows[0].cells)
    assert "TRƯỞNG ĐOÀN ĐÁNH GIÁ" in signature and "Đặng Thị Đánh" in signature


def test_pdf_reads_the_same_and_renders(reported):
    pdf = document.render(reported, "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "BÁO CÁO" in text and "Kết quả đánh giá nội bộ đợt 1 năm 2026" in text
    assert "Không phù hợp nhẹ" in text and "Đặng Thị Đánh" in text
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: run scripts/ensure_browser.py (poppler-utils)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "bao-cao-danh-gia.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(path), str(ARTIFACTS / "bao-cao-danh-gia")],
        check=True,
    )
    assert sorted(ARTIFACTS.glob("bao-cao-danh-gia-*.png"))


def test_download_pages(client, personas, reported):
    client.force_login(personas.staff)
    draft = client.get(reverse("audits:report_download", args=[reported.pk, "docx"]))
    assert draft.status_code == 404  # a draft programme is not shown to staff
    services.programme_approve(actor=personas.head, programme=reported.programme)
    docx = client.get(reverse("audits:report_download", args=[reported.pk, "docx"]))
    assert docx.status_code == 200
    assert "Báo cáo đánh giá nội bộ đợt 1 năm 2026.docx" in docx["Content-Disposition"] or (
        "attachment" in docx["Content-Disposition"]
    )
    client.force_login(personas.other_agency)
    assert (
        client.get(reverse("audits:report_download", args=[reported.pk, "pdf"])).status_code == 404
    )
