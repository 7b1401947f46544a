"""The three real sources against the real models, indexed through their apps' services and
domain events: controlled documents (effective text, open draft, steps, records, uploaded file),
external documents and TTHC."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from docx import Document as DocxDocument

from eiso.documents.models import Kind as DocumentKind
from eiso.documents.services import documents as document_services
from eiso.documents.services import editions as edition_services
from eiso.documents.services import workflow
from eiso.procedures import importing
from eiso.procedures.parsing import COLUMNS
from eiso.references import services as reference_services
from eiso.references.models import Kind as ExternalKind
from eiso.search import indexing
from eiso.search.models import Audience, SearchEntry
from eiso.search.services import search
from eiso.search.tasks import catch_up

pytestmark = pytest.mark.django_db


def found(user, text: str, kind: str) -> list[tuple[str, str]]:
    """(plain title, state) of each hit."""
    results = search(user, text, kinds=[kind])
    return [
        (str(h.title).replace("<mark>", "").replace("</mark>", ""), h.state) for h in results.hits
    ]


@pytest.fixture
def procedure(personas, world, django_capture_on_commit_callbacks):
    """An internal procedure drafted by the ISO coordinator for the quality-control team."""
    with django_capture_on_commit_callbacks(execute=True):
        document = document_services.document_create(
            actor=personas.iso,
            agency=world.agency,
            kind=DocumentKind.PROCEDURE_INTERNAL,
            title="Quy trình kiểm định chất lượng giáo dục",
            owner_unit=world.subdivision,
            code="QT.12",
            purpose="Quy định trình tự đánh giá ngoài cơ sở giáo dục.",
        )
    with django_capture_on_commit_callbacks(execute=True):
        edition_services.edition_save_steps(
            actor=personas.iso,
            edition=document.latest_edition,
            rows=[
                {
                    "task": "Thành lập đoàn đánh giá ngoài",
                    "responsible": "Tổ Kiểm định chất lượng",
                    "duration": "5",
                    "duration_unit": "days",
                    "output": "Quyết định thành lập đoàn",
                }
            ],
        )
        edition_services.edition_save_records(
            actor=personas.iso,
            edition=document.latest_edition,
            rows=[{"name": "Báo cáo đánh giá ngoài", "owner": "Tổ KĐ", "retention": "10 năm"}],
        )
    return document


def _make_effective(personas, document, capture) -> None:
    edition = document.editions.get()
    with capture(execute=True):
        workflow.edition_submit(actor=personas.iso, edition=edition)
        workflow.edition_review(actor=personas.iso, edition=edition)
        workflow.edition_approve(
            actor=personas.head, edition=edition, effective_date=timezone.localdate()
        )


def test_a_draft_is_found_by_those_who_work_on_it_only(personas, procedure):
    entry = SearchEntry.objects.get(kind="document")
    assert (entry.part, entry.audience, entry.state) == ("draft", Audience.DRAFT, "draft")
    assert entry.url == f"/tai-lieu/phien-ban/{procedure.latest_edition.pk}/"
    for persona in ("iso", "head", "staff", "unit_head", "province_admin"):
        assert found(personas[persona], "danh gia ngoai", "document") == [
            ("Quy trình kiểm định chất lượng giáo dục", "draft")
        ], persona
    for persona in ("auditor", "dost", "other_agency", "other_province"):
        assert found(personas[persona], "kiem dinh chat luong", "document") == [], persona


def test_steps_records_and_sections_are_searched(personas, procedure):
    iso = personas.iso
    hit = search(iso, "quyet dinh thanh lap doan", kinds=["document"]).hits[0]
    assert "<mark>Quyết định thành lập đoàn</mark>" in str(hit.snippet)
    assert search(iso, "bao cao danh gia ngoai 10 nam", kinds=["document"]).total == 1
    assert search(iso, "QT.12").hits[0].code == "<mark>QT</mark>.<mark>12</mark>"


def test_once_effective_every_reader_of_the_agency_finds_it(
    personas, procedure, django_capture_on_commit_callbacks
):
    _make_effective(personas, procedure, django_capture_on_commit_callbacks)
    entry = SearchEntry.objects.get(kind="document")
    assert (entry.part, entry.audience, entry.state) == ("", Audience.AGENCY, "effective")
    assert entry.url == f"/tai-lieu/{procedure.pk}/"
    for persona in ("auditor", "dost", "inspector", "staff", "head"):
        assert found(personas[persona], "kiem dinh chat luong giao duc", "document") == [
            ("Quy trình kiểm định chất lượng giáo dục", "effective")
        ], persona
    for persona in ("other_agency", "other_province"):
        assert found(personas[persona], "kiem dinh chat luong giao duc", "document") == []
    # A new draft: readers keep finding the effective text, the authors find both.
    with django_capture_on_commit_callbacks(execute=True):
        draft = edition_services.edition_start_draft(actor=personas.iso, document=procedure)
        edition_services.edition_update_content(
            actor=personas.iso, edition=draft, scope="Áp dụng cho các trường trung học phổ thông."
        )
    assert found(personas.auditor, "trung hoc pho thong", "document") == []
    assert found(personas.iso, "trung hoc pho thong", "document") == [
        ("Quy trình kiểm định chất lượng giáo dục", "draft")
    ]
    assert len(found(personas.iso, "kiem dinh", "document")) == 2


def _docx(*paragraphs: str) -> bytes:
    document = DocxDocument()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_text_of_an_uploaded_word_file_is_searched(
    personas, world, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = str(tmp_path)
    upload = SimpleUploadedFile(
        "so-tay-chat-luong.docx",
        _docx("Sổ tay chất lượng", "Chính sách chất lượng: phục vụ người dân tận tâm."),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    with django_capture_on_commit_callbacks(execute=True):
        document_services.document_register_file(
            actor=personas.iso,
            agency=world.agency,
            kind=DocumentKind.MANUAL,
            title="Sổ tay chất lượng",
            upload=upload,
            code="STCL",
        )
    hit = search(personas.iso, "phuc vu nguoi dan tan tam").hits[0]
    assert "<mark>phục vụ người dân tận tâm</mark>" in str(hit.snippet)


def test_external_documents_follow_their_scope(personas, world, django_capture_on_commit_callbacks):
    # Registering publishes `references.external_saved`: indexed at once, no catch-up needed.
    with django_capture_on_commit_callbacks(execute=True):
        national = reference_services.external_create(
            actor=personas.admin,
            kind=ExternalKind.DECREE,
            number="30/2020/NĐ-CP",
            title="Nghị định về công tác văn thư",
            issuer="Chính phủ",
        )
        agency_document = reference_services.external_create(
            actor=personas.iso,
            agency=world.agency,
            kind=ExternalKind.DECISION,
            number="15/QĐ-SGDĐT",
            title="Quyết định ban hành quy chế văn thư của Sở",
            issuer="Sở Giáo dục và Đào tạo",
        )
    assert found(personas.other_province, "van thu", "external") == [
        ("Nghị định về công tác văn thư", "in_force")
    ]
    assert len(found(personas.staff, "van thu", "external")) == 2
    assert len(found(personas.dost, "van thu", "external")) == 2
    assert found(personas.other_agency, "quy che van thu", "external") == []
    assert search(personas.staff, "30/2020/ND-CP").hits[0].object_id == str(national.pk)
    # A status change is published and re-indexed at once.
    with django_capture_on_commit_callbacks(execute=True):
        reference_services.external_change_status(
            actor=personas.iso,
            document=agency_document,
            status="expired",
            effective_date=timezone.localdate() - dt.timedelta(days=1),
        )
    assert found(personas.staff, "quy che van thu", "external") == [
        ("Quyết định ban hành quy chế văn thư của Sở", "expired")
    ]


def _catalogue(*rows: dict) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for values in rows:
        writer.writerow([values.get(column, "") for column in COLUMNS])
    return buffer.getvalue().encode("utf-8")


def test_tthc_of_the_province_are_found_by_its_people(
    personas, world, django_capture_on_commit_callbacks
):
    content = _catalogue(
        {
            COLUMNS[0]: "1.001234",
            COLUMNS[1]: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
            COLUMNS[2]: "Giáo dục và Đào tạo",
            COLUMNS[3]: "Cấp tỉnh",
            COLUMNS[4]: "Sở Giáo dục và Đào tạo",
            COLUMNS[5]: "5",
            COLUMNS[6]: "ngày làm việc",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        record = importing.catalogue_import_submit(
            actor=personas.dost,
            province=world.province,
            content=content,
            file_name="danh-muc.csv",
        )
    assert record.state == "done", record.errors
    expected = [("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "active")]
    for persona in ("staff", "dost", "other_agency"):
        assert found(personas[persona], "cap ban sao van bang", "tthc") == expected
    assert found(personas.other_province, "cap ban sao van bang", "tthc") == []
    assert search(personas.staff, "1.001234").hits[0].kind_label == "Thủ tục hành chính (TTHC)"


def test_reindex_command_rebuilds_every_kind(personas, procedure, world):
    SearchEntry.objects.all().delete()
    assert indexing.reindex(batch_size=1)["document"] == 1
    assert search(personas.iso, "kiem dinh").total == 1


def test_the_catch_up_job_indexes_changes_whose_event_was_lost(personas, world):
    # Outside a captured commit the after-commit subscribers never run: as if the process had
    # stopped between the commit and the event. The periodic catch-up job repairs it.
    reference_services.external_create(
        actor=personas.admin,
        kind=ExternalKind.DECREE,
        number="30/2020/NĐ-CP",
        title="Nghị định về công tác văn thư",
        issuer="Chính phủ",
    )
    assert found(personas.staff, "van thu", "external") == []
    assert catch_up.call()["external"] == 1
    assert found(personas.staff, "van thu", "external") == [
        ("Nghị định về công tác văn thư", "in_force")
    ]
