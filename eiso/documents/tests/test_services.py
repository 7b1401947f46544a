"""Services: codes, lifecycle, locks, gates, row validation, effective dates."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.documents import gates, services
from eiso.documents.models import Document, Edition, Kind, State
from eiso.documents.tests.conftest import STEPS, make_effective, make_procedure

pytestmark = pytest.mark.django_db


def test_codes_follow_the_agency_template_and_stay_unique(personas):
    world = personas.world
    first, _ = make_procedure(personas)
    second, _ = make_procedure(personas, title="Chuyển trường đối với học sinh THPT")
    assert (first.code, second.code) == ("QT.01", "QT.02")
    form = services.document_create(
        actor=personas.iso, agency=world.agency, kind=Kind.FORM, title="Đơn đề nghị", parent=first
    )
    assert form.code == "BM.01-QT.01"
    services.code_template_set(
        actor=personas.iso,
        agency=world.agency,
        kind=Kind.PROCEDURE_INTERNAL,
        pattern="QT-{nn}/{unit}",
    )
    internal = services.document_create(
        actor=personas.iso,
        agency=world.agency,
        kind=Kind.PROCEDURE_INTERNAL,
        title="Quản lý văn bản đến",
        owner_unit=world.office,
    )
    assert internal.code == "QT-01/VP"
    count = Document.objects.count()
    with pytest.raises(DomainError) as error:
        services.document_create(
            actor=personas.iso, agency=world.agency, kind=Kind.OTHER, title="X", code="qt.01"
        )
    assert error.value.field == "code"
    assert (
        str(error.value.message) == "Mã hiệu qt.01 đã được dùng cho một tài liệu khác của cơ quan."
    )
    assert Document.objects.count() == count
    # Another agency may use the same code.
    other = services.document_create(
        actor=personas.other_agency,
        agency=world.other_agency,
        kind=Kind.PROCEDURE_SYSTEM,
        title="Kiểm soát thông tin dạng văn bản",
    )
    assert other.code == "QT.01"


def test_full_lifecycle_fills_the_signature_block_and_supersedes(personas, procedure):
    document, edition = procedure
    services.edition_submit(actor=personas.unit_head, edition=edition)
    edition.refresh_from_db()
    assert edition.state == State.SUBMITTED and edition.drafted_name == "Vũ Văn Trưởng"
    with pytest.raises(PermissionDenied):
        services.edition_approve(actor=personas.iso, edition=edition)
    with pytest.raises(IllegalTransition) as error:
        services.edition_approve(actor=personas.head, edition=edition)
    assert str(error.value.message) == (
        "Chỉ tài liệu đã xem xét mới được phê duyệt; tài liệu này đang ở trạng thái “Đã trình xem xét”."
    )
    services.edition_return(actor=personas.iso, edition=edition, comment="Bổ sung bước lưu hồ sơ")
    edition.refresh_from_db()
    assert edition.state == State.DRAFT and edition.return_comment == "Bổ sung bước lưu hồ sơ"
    services.edition_submit(actor=personas.unit_head, edition=edition)
    services.edition_review(actor=personas.iso, edition=edition)
    services.edition_approve(actor=personas.head, edition=edition)
    edition.refresh_from_db()
    document.refresh_from_db()
    assert edition.state == State.EFFECTIVE
    assert edition.effective_date == timezone.localdate()
    assert (edition.reviewed_name, edition.approved_name) == ("Hoàng Thị Thư", "Phạm Văn Giám")
    assert document.effective_edition == edition
    # Effective edition is immutable.
    with pytest.raises(IllegalTransition):
        services.edition_update_content(actor=personas.iso, edition=edition, purpose="x")
    second = services.edition_start_draft(actor=personas.iso, document=document)
    assert second.issue_number == 2 and second.steps.count() == len(STEPS)
    with pytest.raises(DomainError):
        services.edition_start_draft(actor=personas.iso, document=document)
    make_effective(personas, second)
    edition.refresh_from_db()
    assert edition.state == State.SUPERSEDED and edition.ended_on == timezone.localdate()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"documents.edition_supersede", "documents.edition_effective"} <= actions


def test_future_effective_date_waits_for_the_daily_job(personas, procedure):
    _document, edition = procedure
    services.edition_submit(actor=personas.iso, edition=edition)
    services.edition_review(actor=personas.iso, edition=edition)
    later = timezone.localdate() + dt.timedelta(days=10)
    services.edition_approve(actor=personas.head, edition=edition, effective_date=later)
    edition.refresh_from_db()
    assert edition.state == State.APPROVED
    assert services.make_due_editions_effective(timezone.localdate()) == 0
    assert services.make_due_editions_effective(later) == 1
    edition.refresh_from_db()
    assert edition.state == State.EFFECTIVE
    with pytest.raises(DomainError):
        services.edition_approve(
            actor=personas.head, edition=edition, effective_date=timezone.localdate()
        )


def test_past_effective_date_is_refused(personas, procedure):
    _document, edition = procedure
    services.edition_submit(actor=personas.iso, edition=edition)
    services.edition_review(actor=personas.iso, edition=edition)
    with pytest.raises(DomainError) as error:
        services.edition_approve(actor=personas.head, edition=edition, effective_date="01/01/2020")
    assert error.value.field == "effective_date"
    edition.refresh_from_db()
    assert edition.state == State.REVIEWED


def test_submit_gates_and_built_in_checks(personas):
    world = personas.world
    empty = services.document_create(
        actor=personas.iso, agency=world.agency, kind=Kind.PROCEDURE_TTHC, title="Trống"
    )
    with pytest.raises(DomainError) as error:
        services.edition_submit(actor=personas.iso, edition=empty.latest_edition)
    assert "Quy trình phải có ít nhất một bước trong bảng các bước." in str(error.value.message)

    def over_time(edition):
        return ["Tổng thời gian 3,5 ngày vượt quá thời hạn luật định 3 ngày."]

    gates.register_submit_check(over_time)
    try:
        _doc, edition = make_procedure(personas, title="Thủ tục có hạn")
        with pytest.raises(DomainError) as error:
            services.edition_submit(actor=personas.iso, edition=edition)
        assert "vượt quá thời hạn luật định" in str(error.value.message)
        edition.refresh_from_db()
        assert edition.state == State.DRAFT
    finally:
        gates.unregister_submit_check(over_time)


def test_step_rows_are_all_or_nothing(personas, procedure):
    _document, edition = procedure
    bad = [dict(STEPS[0]), {"task": "", "responsible": "X"}, {**STEPS[1], "duration": "abc"}]
    with pytest.raises(services.RowErrors) as error:
        services.edition_save_steps(actor=personas.iso, edition=edition, rows=bad)
    assert set(error.value.rows) == {1, 2}
    assert edition.steps.count() == len(STEPS)


def test_editing_lock_refuses_a_second_author_until_it_lapses(personas, procedure):
    _document, edition = procedure
    services.edition_take_lock(actor=personas.iso, edition=edition)
    with pytest.raises(DomainError) as error:
        services.edition_update_content(actor=personas.unit_head, edition=edition, purpose="Khác")
    assert "Hoàng Thị Thư" in str(error.value.message)
    Edition.objects.filter(pk=edition.pk).update(
        locked_at=timezone.now() - dt.timedelta(minutes=31)
    )
    services.edition_update_content(actor=personas.unit_head, edition=edition, purpose="Khác")
    edition.refresh_from_db()
    assert edition.purpose == "Khác" and edition.locked_by == personas.unit_head


def test_dost_and_other_agency_change_nothing(personas, procedure):
    _document, edition = procedure
    for actor in (personas.dost, personas.other_agency, personas.auditor):
        with pytest.raises(PermissionDenied):
            services.edition_update_content(actor=actor, edition=edition, purpose="x")
        with pytest.raises(PermissionDenied):
            services.edition_submit(actor=actor, edition=edition)
    # A staff member writes only the documents of their unit.
    with pytest.raises(PermissionDenied):
        services.document_create(
            actor=personas.staff,
            agency=personas.world.agency,
            kind=Kind.OTHER,
            title="x",
            owner_unit=personas.world.office,
        )


def _pdf_bytes(text: str = "Quy trinh kiem soat thong tin dang van ban") -> bytes:
    """A one-page PDF with one line of text (built by hand: rendering one costs seconds)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_register_existing_pdf_extracts_text(personas):
    upload = SimpleUploadedFile("quy-trinh.pdf", _pdf_bytes(), content_type="application/pdf")
    document = services.document_register_file(
        actor=personas.iso,
        agency=personas.world.agency,
        kind=Kind.PROCEDURE_SYSTEM,
        title="Kiểm soát thông tin dạng văn bản",
        upload=upload,
        issue_number=3,
    )
    edition = document.latest_edition
    assert edition.issue_number == 3 and edition.file_kind == "pdf"
    assert "kiem soat thong tin" in edition.file_text.lower()
    services.edition_submit(actor=personas.iso, edition=edition)


def test_register_docx_extracts_text(personas):
    import docx

    buffer = io.BytesIO()
    word = docx.Document()
    word.add_paragraph("Quy trình tiếp nhận và xử lý văn bản đến")
    word.save(buffer)
    upload = SimpleUploadedFile("van-ban-den.docx", buffer.getvalue())
    document = services.document_register_file(
        actor=personas.iso,
        agency=personas.world.agency,
        kind=Kind.PROCEDURE_INTERNAL,
        title="Xử lý văn bản đến",
        upload=upload,
    )
    assert "xử lý văn bản đến" in document.latest_edition.file_text


def test_an_executable_named_pdf_is_refused(personas):
    count = Document.objects.count()
    upload = SimpleUploadedFile("quy-trinh.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    with pytest.raises(DomainError) as error:
        services.document_register_file(
            actor=personas.iso,
            agency=personas.world.agency,
            kind=Kind.OTHER,
            title="Giả mạo",
            upload=upload,
        )
    assert error.value.field == "file"
    assert str(error.value.message).startswith("Tệp này là một chương trình, không phải tài liệu")
    assert Document.objects.count() == count


def test_withdraw_needs_a_reason_and_clears_the_effective_edition(personas, procedure):
    document, edition = procedure
    make_effective(personas, edition)
    with pytest.raises(DomainError):
        services.edition_withdraw(actor=personas.head, edition=edition, reason=" ")
    services.edition_withdraw(actor=personas.head, edition=edition, reason="TTHC bị bãi bỏ")
    document.refresh_from_db()
    edition.refresh_from_db()
    assert edition.state == State.WITHDRAWN and document.effective_edition is None
