"""Pages: every page renders for its readers, actions go through the workflow, bad input is kept."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from eiso.documents import services
from eiso.documents.models import Document, Edition, State
from eiso.documents.tests.conftest import make_effective, make_procedure

pytestmark = pytest.mark.django_db


def test_pages_render(client, personas):
    document, edition = make_procedure(personas)
    make_effective(personas, edition)
    draft = services.edition_start_draft(actor=personas.iso, document=document)
    client.force_login(personas.iso)
    agency = personas.world.agency
    urls = [
        reverse("documents:index") + f"?agency={agency.pk}",
        reverse("documents:index") + f"?agency={agency.pk}&q=ban+sao&kind=procedure_tthc",
        reverse("documents:create") + f"?agency={agency.pk}",
        reverse("documents:register") + f"?agency={agency.pk}",
        reverse("documents:code_templates") + f"?agency={agency.pk}",
        reverse("documents:detail", args=[document.pk]),
        reverse("documents:edit", args=[document.pk]),
        reverse("documents:compare", args=[document.pk]),
        reverse("documents:compare", args=[document.pk]) + "?only=1",
        reverse("documents:edition", args=[edition.pk]),
        reverse("documents:edition", args=[draft.pk]),
        reverse("documents:editor", args=[draft.pk]),
        reverse("documents:editor_row", args=[draft.pk, "step"]),
        reverse("documents:editor_row", args=[draft.pk, "record"]),
        reverse("documents:editor_row", args=[draft.pk, "amendment"]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    page = client.get(reverse("documents:edition", args=[edition.pk])).content.decode()
    assert "<svg" in page and "B2. Thẩm định hồ sơ" in page
    listing = client.get(reverse("documents:index") + f"?agency={agency.pk}&q=ban+sao").content
    assert b"QT.01" in listing


def test_editor_saves_everything_or_nothing(client, personas):
    _document, edition = make_procedure(personas)
    client.force_login(personas.iso)
    url = reverse("documents:editor", args=[edition.pk])
    data = {
        "purpose": "Mục đích mới",
        "scope": "Phạm vi",
        "definitions": "",
        "other_references": "",
        "dossier_components": "Đơn",
        "dossier_copies": "01 bộ",
        "processing_time": "03 ngày",
        "fees": "Không",
        "submission_place": "Một cửa",
        "body": "",
        "references": "1",
        "step_task": ["Tiếp nhận", ""],
        "step_responsible": ["Một cửa", "Lãnh đạo"],
        "step_duration": ["abc", "1"],
        "step_duration_unit": ["days", "days"],
        "step_output": ["", ""],
        "record_name": [],
        "amendment_section": [],
        "close": "1",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mục đích mới" in body and "abc" in body  # typed input kept
    edition.refresh_from_db()
    assert edition.purpose != "Mục đích mới" and edition.steps.count() == 4
    data.update(step_duration=["0,5", "1"], step_task=["Tiếp nhận", "Ký duyệt"])
    response = client.post(url, data)
    assert response.status_code == 302
    edition.refresh_from_db()
    assert edition.purpose == "Mục đích mới"
    assert [s.task for s in edition.steps.order_by("order")] == ["Tiếp nhận", "Ký duyệt"]
    assert edition.locked_by is None


def test_workflow_buttons(client, personas):
    _document, edition = make_procedure(personas)
    action = lambda name: reverse("documents:action", args=[edition.pk, name])  # noqa: E731
    client.force_login(personas.iso)
    assert client.post(action("submit")).status_code == 302
    client.force_login(personas.unit_head)
    response = client.post(action("return"), {"comment": ""}, follow=True)
    assert "Nêu nội dung cần chỉnh sửa." in response.content.decode()
    edition.refresh_from_db()
    assert edition.state == State.SUBMITTED
    client.post(action("return"), {"comment": "Thiếu bước lưu hồ sơ"})
    edition.refresh_from_db()
    assert edition.state == State.DRAFT
    client.force_login(personas.iso)
    client.post(action("submit"))
    client.post(action("review"))
    client.force_login(personas.head)
    client.post(action("approve"), {"effective_date": timezone.localdate().isoformat()})
    edition.refresh_from_db()
    assert edition.state == State.EFFECTIVE


def test_duplicate_code_keeps_the_form(client, personas):
    make_procedure(personas)
    client.force_login(personas.iso)
    agency = personas.world.agency
    count = Document.objects.count()
    response = client.post(
        reverse("documents:create") + f"?agency={agency.pk}",
        {
            "kind": "procedure_tthc",
            "title": "Thủ tục mới",
            "code": "QT.01",
            "review_interval_months": 12,
        },
    )
    assert response.status_code == 200
    assert "QT.01" in response.content.decode() and "Thủ tục mới" in response.content.decode()
    assert Document.objects.count() == count


def test_register_refuses_an_executable(client, personas):
    client.force_login(personas.iso)
    agency = personas.world.agency
    count = Edition.objects.count()
    response = client.post(
        reverse("documents:register") + f"?agency={agency.pk}",
        {
            "kind": "procedure_system",
            "title": "Kiểm soát tài liệu",
            "code": "",
            "review_interval_months": 12,
            "issue_number": 1,
            "file": SimpleUploadedFile("quy-trinh.pdf", b"MZ" + b"\0" * 300),
        },
    )
    assert response.status_code == 200
    assert Edition.objects.count() == count
    assert "Kiểm soát tài liệu" in response.content.decode()


def test_downloads(client, personas):
    _document, edition = make_procedure(personas)
    client.force_login(personas.staff)
    docx = client.get(reverse("documents:download", args=[edition.pk, "docx"]))
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    pdf = client.get(reverse("documents:download", args=[edition.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf.content[:5] == b"%PDF-"


def test_excel_export(client, personas):
    import io

    from openpyxl import load_workbook

    make_procedure(personas)
    client.force_login(personas.dost)
    agency = personas.world.agency
    response = client.get(reverse("documents:index") + f"?agency={agency.pk}&format=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["B3"].value == "QT.01" and sheet["C3"].value.startswith("Cấp bản sao")
