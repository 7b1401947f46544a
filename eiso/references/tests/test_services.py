"""External-document services: scope rules, validation, status changes, history and the event."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from eiso.core import domain_events
from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.references import events, services
from eiso.references.models import ExternalDocument, ExternalStatusChange, Status
from eiso.references.permissions import visible_external_documents
from eiso.references.tests.conftest import make_external

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(monkeypatch):
    calls: list[dict] = []
    monkeypatch.setattr(
        domain_events,
        "_subscribers",
        {events.EXTERNAL_CHANGED: [lambda **payload: calls.append(payload)]},
    )
    return calls


def _numbers(user):
    return sorted(visible_external_documents(user).values_list("number", flat=True))


def test_visibility_by_scope(personas, docs):
    assert _numbers(personas.staff) == sorted(["30/2020/NĐ-CP", "12/2024/QĐ-UBND", "05/HD-SGDĐT"])
    assert _numbers(personas.other_agency) == sorted(
        ["30/2020/NĐ-CP", "12/2024/QĐ-UBND", "07/HD-SYT"]
    )
    assert _numbers(personas.dost) == sorted(
        ["30/2020/NĐ-CP", "12/2024/QĐ-UBND", "05/HD-SGDĐT", "07/HD-SYT"]
    )
    assert _numbers(personas.other_province) == sorted(["30/2020/NĐ-CP", "01/2024/QĐ-UBND"])
    assert len(_numbers(personas.admin)) == 5


def test_only_the_scope_manager_creates(personas):
    world = personas.world
    with pytest.raises(PermissionDenied):
        make_external(personas.province_admin, number="1/2025/NĐ-CP")
    with pytest.raises(PermissionDenied):
        make_external(personas.head, number="2/2025/QĐ", agency=world.agency)
    with pytest.raises(PermissionDenied):
        make_external(personas.iso, number="3/2025/QĐ", province=world.province)
    make_external(personas.dost, number="4/2025/QĐ-UBND", province=world.province)
    assert ExternalDocument.objects.count() == 1


def test_number_unique_in_scope_ignoring_case(personas, docs):
    with pytest.raises(DomainError) as error:
        make_external(personas.admin, number="30/2020/nđ-cp")
    assert error.value.field == "number"
    assert "đã được đăng ký" in str(error.value.message)
    # The same number in another scope is another document.
    make_external(personas.iso, number="30/2020/NĐ-CP", agency=personas.world.agency)


def test_effective_before_issued_is_refused(personas):
    with pytest.raises(DomainError) as error:
        make_external(
            personas.admin,
            number="9/2025/NĐ-CP",
            issued_date=dt.date(2025, 5, 1),
            effective_date=dt.date(2025, 4, 1),
        )
    assert error.value.field == "effective_date"
    assert not ExternalDocument.objects.exists()


def test_executable_file_is_refused(personas):
    program = SimpleUploadedFile("luat.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    with pytest.raises(DomainError) as error:
        make_external(personas.admin, number="8/2025/NĐ-CP", file=program)
    assert "chương trình" in str(error.value.message)
    assert not ExternalDocument.objects.exists()


def test_pdf_file_is_kept(personas):
    pdf = SimpleUploadedFile("nd.pdf", b"%PDF-1.4\n%test\n")
    document = make_external(personas.admin, number="8/2025/NĐ-CP", file=pdf)
    assert document.file.name.endswith(".pdf")


def test_mark_amended_records_history_audit_and_one_event(
    personas, docs, published, django_capture_on_commit_callbacks
):
    document = docs["national"]
    with django_capture_on_commit_callbacks(execute=True):
        change = services.external_change_status(
            actor=personas.admin,
            document=document,
            status=Status.AMENDED,
            effective_date=dt.date(2026, 10, 1),
            amended_by="123/2026/NĐ-CP",
            note="Sửa đổi Phụ lục I",
        )
    document.refresh_from_db()
    assert document.status == Status.AMENDED
    assert document.status_effective_date == dt.date(2026, 10, 1)
    assert document.amended_by == "123/2026/NĐ-CP"
    assert change.from_status == Status.IN_FORCE
    assert published == [
        {
            "external_document_id": document.pk,
            "new_status": "amended",
            "change_effective_date": dt.date(2026, 10, 1),
        }
    ]
    event = AuditEvent.objects.filter(action=events.EXTERNAL_STATUS).get()
    assert event.changes["status"] == ["Còn hiệu lực", "Được sửa đổi, bổ sung"]


def test_replace_needs_a_visible_replacement_of_wide_enough_scope(
    personas, docs, published, django_capture_on_commit_callbacks
):
    world = personas.world
    old = docs["province"]
    with pytest.raises(DomainError) as error:
        services.external_change_status(
            actor=personas.province_admin,
            document=old,
            status=Status.REPLACED,
            effective_date=dt.date(2026, 1, 1),
        )
    assert error.value.field == "replaced_by"
    with pytest.raises(DomainError):
        # An agency's document cannot replace a province-wide one.
        services.external_change_status(
            actor=personas.province_admin,
            document=old,
            status=Status.REPLACED,
            effective_date=dt.date(2026, 1, 1),
            replaced_by=docs["agency"],
        )
    new = make_external(personas.province_admin, number="20/2026/QĐ-UBND", province=world.province)
    with django_capture_on_commit_callbacks(execute=True):
        services.external_change_status(
            actor=personas.province_admin,
            document=old,
            status=Status.REPLACED,
            effective_date=dt.date(2026, 1, 1),
            replaced_by=new,
        )
    old.refresh_from_db()
    assert old.replaced_by == new
    assert len(published) == 1
    with pytest.raises(IllegalTransition):
        services.external_change_status(
            actor=personas.province_admin,
            document=old,
            status=Status.EXPIRED,
            effective_date=dt.date(2026, 2, 1),
        )
    assert ExternalStatusChange.objects.count() == 1
    assert len(published) == 1


def test_denied_status_change_changes_nothing(personas, docs, published):
    with pytest.raises(PermissionDenied):
        services.external_change_status(
            actor=personas.iso,
            document=docs["national"],
            status=Status.EXPIRED,
            effective_date=dt.date(2026, 1, 1),
        )
    assert not ExternalStatusChange.objects.exists()
    assert published == []
    docs["national"].refresh_from_db()
    assert docs["national"].status == Status.IN_FORCE


def test_failed_transaction_publishes_nothing(personas, docs, published):
    with pytest.raises(DomainError):
        services.external_change_status(
            actor=personas.admin,
            document=docs["national"],
            status=Status.AMENDED,
            effective_date=dt.date(2026, 1, 1),
            amended_by="",
        )
    assert published == []


def test_update_keeps_scope_and_audits_diff(personas, docs):
    document = docs["agency"]
    services.external_update(
        actor=personas.iso,
        document=document,
        kind="other",
        number="05/HD-SGDĐT",
        title="Hướng dẫn mới",
        issuer="Sở Giáo dục và Đào tạo",
        issued_date=None,
        effective_date=None,
    )
    event = AuditEvent.objects.filter(action=events.EXTERNAL_UPDATE).get()
    assert "title" in event.changes
    with pytest.raises(PermissionDenied):
        services.external_update(actor=personas.head, document=document, title="X")
