"""The two documents parsed back (DOCX with python-docx, PDF with pypdf), PDFs rendered to PNG in
artifacts/ to look at, and the Excel export read back."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from eiso.objectives import services
from eiso.objectives.tests.conftest import make_objective, measured_day

pytestmark = pytest.mark.django_db
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts"


@pytest.fixture
def period(personas):
    """Two agency objectives (one with a plan), one unit objective; one evaluated each way."""
    first = make_objective(personas)
    services.action_create(
        actor=personas.iso,
        objective=first,
        action="Rà soát, cập nhật quy trình giải quyết TTHC",
        resources="Cán bộ Văn phòng",
        responsible="Văn phòng Sở",
        timeframe="Quý I/2026",
        evaluation_method="Tỷ lệ hồ sơ đúng hạn trên hệ thống",
    )
    second = make_objective(
        personas,
        statement="Tỷ lệ hài lòng của người dân ≥ 95%",
        indicator="Tỷ lệ người dân hài lòng",
        target="95",
    )
    unit = make_objective(
        personas,
        unit=personas.world.division,
        parent=first,
        statement="Không có phản ánh, kiến nghị về thái độ phục vụ",
        indicator="Số phản ánh về thái độ",
        comparator="lte",
        target="0",
        measure_unit="phản ánh",
    )
    services.measurement_create(
        actor=personas.iso, objective=first, measured_on=measured_day(first), value="98,5"
    )
    services.evaluation_save(
        actor=personas.iso,
        objective=first,
        result="not_achieved",
        explanation="Hai hồ sơ trễ hạn do hệ thống gián đoạn",
        submit=True,
    )
    services.evaluation_save(
        actor=personas.iso, objective=second, result="achieved", actual_value="96"
    )
    return first, second, unit


def _get(client, personas, kind, extension, year):
    client.force_login(personas.iso)
    url = reverse("objectives:document", args=[kind, extension])
    response = client.get(url + f"?agency={personas.world.agency.pk}&year={year}")
    assert response.status_code == 200
    return response


def _docx(content: bytes) -> tuple[str, list]:
    doc = Document(io.BytesIO(content))
    texts = [p.text for p in doc.paragraphs]
    tables = [[[cell.text.strip() for cell in row.cells] for row in t.rows] for t in doc.tables]
    texts.extend(cell for table in tables for row in table for cell in row)
    return "\n".join(texts), tables


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _save_png(pdf: bytes, name: str) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: run scripts/ensure_browser.py (poppler-utils)")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(pdf_path), str(ARTIFACTS / name)], check=True
    )
    assert sorted(ARTIFACTS.glob(f"{name}-*.png"))


def test_objectives_document_lists_every_objective_and_the_plan(client, personas, period):
    first, _second, _unit = period
    text, tables = _docx(_get(client, personas, "muc-tieu", "docx", first.year).content)
    assert "MỤC TIÊU CHẤT LƯỢNG" in text
    assert f"Năm {first.year}" in text
    for objective in period:
        assert objective.statement in text
    assert "≥ 100 %" in text and "≤ 0 phản ánh" in text
    assert "Phòng Giáo dục phổ thông" in text
    assert "kế hoạch thực hiện mục tiêu chất lượng" in text.lower()
    assert "Rà soát, cập nhật quy trình giải quyết TTHC" in text
    header = ["TT", "Mục tiêu", "Chỉ số đo lường", "Chỉ tiêu", "Tần suất đo", "Trách nhiệm"]
    assert any(table[0] == header for table in tables)

    pdf = _get(client, personas, "muc-tieu", "pdf", first.year).content
    pdf_text = _pdf_text(pdf)
    assert "MỤC TIÊU CHẤT LƯỢNG" in pdf_text
    assert "Tỷ lệ hài lòng của người dân" in pdf_text
    assert "Rà soát, cập nhật quy trình" in pdf_text
    _save_png(pdf, "objectives-document")


def test_results_report_has_result_and_explanation_per_objective(client, personas, period):
    first, second, _unit = period
    text, tables = _docx(_get(client, personas, "bao-cao", "docx", first.year).content)
    assert "BÁO CÁO" in text
    assert f"Kết quả thực hiện mục tiêu chất lượng năm {first.year}" in text
    table = next(
        t for t in tables if t[0][:5] == ["TT", "Mục tiêu", "Chỉ tiêu", "Kết quả", "Đánh giá"]
    )
    rows = {row[1]: row for row in table[1:]}
    assert rows[first.statement][3:6] == [
        "98,5 %",
        "Không đạt",
        "Hai hồ sơ trễ hạn do hệ thống gián đoạn",
    ]
    assert rows[second.statement][3:5] == ["96 %", "Đạt"]
    assert any("Chưa đánh giá" in row[4] for row in table[1:])
    assert "số mục tiêu đạt: 1" in text

    pdf = _get(client, personas, "bao-cao", "pdf", first.year).content
    pdf_text = _pdf_text(pdf)
    flat = " ".join(pdf_text.split())
    assert "BÁO CÁO" in flat and "98,5 % Không đạt Hai hồ sơ trễ hạn" in flat
    _save_png(pdf, "objectives-report")


def test_school_year_document_title(client, personas):
    agency = personas.world.agency
    agency.school_year_objectives = True
    agency.save()
    make_objective(personas, year=2025)
    text, _tables = _docx(_get(client, personas, "muc-tieu", "docx", 2025).content)
    assert "Năm học 2025–2026" in text


def test_excel_export_reads_back(client, personas, period):
    first = period[0]
    client.force_login(personas.dost)
    response = client.get(
        reverse("objectives:export") + f"?agency={personas.world.agency.pk}&year={first.year}"
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert values[1][2] == "Mục tiêu"
    statements = [row[2] for row in values[2:]]
    assert set(statements) == {o.statement for o in period}
    row = next(r for r in values[2:] if r[2] == first.statement)
    assert row[6] == 98.5 and row[9] == "Không đạt"
