"""The corrective action request form: DOCX parsed back, PDF read, page 1 rendered to PNG in
artifacts/nonconformities/ to look at."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from eiso.nonconformities import services
from eiso.nonconformities.tests.conftest import ROOT_CAUSE, WHYS, in_progress

pytestmark = pytest.mark.django_db
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "nonconformities"


@pytest.fixture
def closed(personas, clause):
    nc, action = in_progress(personas, clause=clause)
    services.action_set_status(
        actor=personas.staff,
        action=action,
        status="done",
        result_note="Đã ban hành quy trình sửa đổi lần 2, lập sổ giao nhận hồ sơ",
    )
    services.nonconformity_request_verification(actor=personas.iso, nonconformity=nc)
    services.nonconformity_verify(
        actor=personas.auditor,
        nonconformity=nc,
        effective=True,
        evidence="Kiểm tra 30 hồ sơ tháng 11: không còn hồ sơ trễ hạn do bàn giao",
    )
    services.nonconformity_close(actor=personas.head, nonconformity=nc)
    return nc


def test_docx_and_pdf(client, personas, closed):
    client.force_login(personas.dost)
    response = client.get(reverse("nonconformities:request_form", args=[closed.pk, "docx"]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    document = Document(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC" in text
    assert closed.number in text + cells
    assert "8.5.1 Kiểm soát sản xuất và cung cấp dịch vụ" in cells
    assert ROOT_CAUSE in text
    for why in WHYS:
        assert why in cells
    assert "Có hiệu lực" in cells and "Đã hoàn thành ngày" in cells
    assert "Đã kết thúc" in text

    response = client.get(reverse("nonconformities:request_form", args=[closed.pk, "pdf"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    content = b"".join(response.streaming_content) if response.streaming else response.content
    pdf_text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC" in pdf_text
    assert closed.number in pdf_text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / "phieu-yeu-cau.pdf"
    pdf_path.write_bytes(content)
    assert shutil.which("pdftoppm"), "pdftoppm is required to render the PDF"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf_path),
            str(ARTIFACTS / "phieu-yeu-cau"),
        ],
        check=True,
    )
    assert list(ARTIFACTS.glob("phieu-yeu-cau*.png"))
