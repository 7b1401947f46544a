"""Records register pages and API: permission matrix (denied writes change nothing), query counts
at two sizes, documents parsed back (DOCX, PDF rendered to PNG in artifacts/records), Excel."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from eiso.records import services
from eiso.records.models import ManualRecord, RecordRegister
from eiso.records.tests.conftest import make_procedure
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db
YEAR = 2026
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "records"
READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
KEEPERS = {"admin", "province_admin", "head", "iso", "unit_head"}


def _state():
    return (
        sorted(RecordRegister.objects.values_list("id", "established_on")),
        sorted(ManualRecord.objects.values_list("id", "name", "retention")),
    )


@pytest.fixture
def entry(personas, procedures):
    return services.manual_record_add(
        actor=personas.iso,
        unit=personas.world.division,
        year=YEAR,
        name="Sổ theo dõi văn bản đến",
        place="Tủ hồ sơ phòng",
        retention="Vĩnh viễn",
    )


def test_read_pages_and_api(personas, client, entry):
    unit = personas.world.division
    urls = [
        reverse("records:detail", args=[unit.pk, YEAR]),
        reverse("records:export", args=[unit.pk, YEAR]),
        reverse("records:document", args=[unit.pk, YEAR, "docx"]),
    ]
    for url in urls:
        check_matrix(personas, client, request=lambda c, p, u=url: c.get(u), allowed=READERS)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(f"/api/v1/record-registers/{unit.pk}/{YEAR}"),
        allowed=READERS,
        anonymous_statuses=(401,),
    )
    index = reverse("records:index") + f"?agency={personas.world.agency.pk}&year={YEAR}"
    check_matrix(personas, client, request=lambda c, p: c.get(index), allowed=READERS)


def test_writes(personas, client, entry):
    unit = personas.world.division
    args = [unit.pk, YEAR]
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("records:entry_add", args=args), {"name": f"Sổ {p}", "retention": "5 năm"}
        ),
        allowed=KEEPERS,
        state=_state,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("records:entry_edit", args=[*args, entry.pk]),
            {"name": f"Sổ sửa {p}", "retention": "10 năm"},
        ),
        allowed=KEEPERS,
        state=_state,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("records:establish", args=args)),
        allowed=KEEPERS,
        state=_state,
    )
    deletable = {
        name: services.manual_record_add(
            actor=personas.iso, unit=unit, year=YEAR, name=f"Xóa {name}", retention="1 năm"
        )
        for name in personas.names()
    }
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("records:entry_delete", args=[*args, deletable[p].pk])),
        allowed=KEEPERS,
        state=_state,
    )


def test_unit_head_keeps_only_their_units(personas, client, procedures):
    client.force_login(personas.unit_head)
    office = personas.world.office
    response = client.post(
        reverse("records:entry_add", args=[office.pk, YEAR]), {"name": "X", "retention": "1 năm"}
    )
    assert response.status_code == 403
    assert not ManualRecord.objects.exists()


def test_bad_input_keeps_what_was_typed(personas, client, procedures):
    client.force_login(personas.iso)
    unit = personas.world.division
    response = client.post(
        reverse("records:entry_add", args=[unit.pk, YEAR]),
        {"name": "Sổ nhật ký công tác", "retention": ""},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sổ nhật ký công tác" in body and "Nhập thời hạn lưu" in body
    assert not ManualRecord.objects.exists()


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _grow(personas, start: int, n: int) -> None:
    world = personas.world
    for i in range(start, start + n):
        make_procedure(world.agency, world.division if i % 2 else world.subdivision, f"QT.{i}")
        services.manual_record_add(
            actor=personas.iso, unit=world.division, year=YEAR, name=f"Sổ {i}", retention="5 năm"
        )


def test_query_counts_are_constant(personas, client, procedures):
    world = personas.world
    services.register_establish(actor=personas.iso, unit=world.division, year=YEAR)
    client.force_login(personas.staff)
    urls = [
        reverse("records:detail", args=[world.division.pk, YEAR]),
        reverse("records:index") + f"?agency={world.agency.pk}&year={YEAR}",
        f"/api/v1/record-registers/{world.division.pk}/{YEAR}",
    ]
    _grow(personas, 10, 2)
    small = [_count(client, url) for url in urls]
    _grow(personas, 20, 15)
    assert [_count(client, url) for url in urls] == small


def _png(pdf: bytes, name: str) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: run scripts/ensure_browser.py (poppler-utils)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(pdf)
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
            str(ARTIFACTS / name),
        ],
        check=True,
    )
    assert sorted(ARTIFACTS.glob(f"{name}-*.png"))


def test_documents_and_excel_parse_back(personas, client, entry):
    world = personas.world
    unit = world.division
    services.register_establish(actor=personas.iso, unit=unit, year=YEAR)
    client.force_login(personas.staff)
    docx = client.get(reverse("records:document", args=[unit.pk, YEAR, "docx"]))
    assert docx.status_code == 200
    parsed = DocxDocument(
        io.BytesIO(b"".join(docx.streaming_content) if docx.streaming else docx.content)
    )
    text = "\n".join(p.text for p in parsed.paragraphs)
    assert "DANH MỤC HỒ SƠ" in text.upper()
    table = next(t for t in parsed.tables if t.rows[0].cells[0].text.strip() == "STT")
    header = [cell.text.strip() for cell in table.rows[0].cells]
    assert header == ["STT", "Tên hồ sơ", "Đơn vị lưu", "Nơi lưu", "Thời hạn lưu", "Ghi chú"]
    body = [[cell.text.strip() for cell in row.cells] for row in table.rows[1:]]
    assert body[0] == [
        "1",
        "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        "Phòng Giáo dục phổ thông",
        "Bộ phận Một cửa",
        "05 năm",
        "Theo QT.01; Chuyên viên thụ lý",
    ]
    assert body[-1][1:5] == [
        "Sổ theo dõi văn bản đến",
        "Phòng Giáo dục phổ thông",
        "Tủ hồ sơ phòng",
        "Vĩnh viễn",
    ]
    pdf = client.get(reverse("records:document", args=[unit.pk, YEAR, "pdf"]))
    content = b"".join(pdf.streaming_content) if pdf.streaming else pdf.content
    reader = PdfReader(io.BytesIO(content))
    pdf_text = " ".join(page.extract_text() for page in reader.pages)
    assert "Sổ theo dõi văn bản đến" in pdf_text and "Thời hạn lưu" in pdf_text
    _png(content, "danh-muc-ho-so")
    xlsx = client.get(reverse("records:export", args=[unit.pk, YEAR]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert list(rows[0]) == ["STT", "Tên hồ sơ", "Đơn vị lưu", "Nơi lưu", "Thời hạn lưu", "Ghi chú"]
    assert rows[-1][1] == "Sổ theo dõi văn bản đến"
    assert len(rows) == 1 + 4


def test_history_page_follows_visibility(personas, client, entry):
    from eiso.core.history import url_for

    register = RecordRegister.objects.get()
    url = url_for(register) + "?sub=1"
    client.force_login(personas.staff)
    body = client.get(url).content.decode()
    assert "Sổ theo dõi văn bản đến" in body
    client.force_login(personas.other_agency)
    assert client.get(url).status_code == 404
