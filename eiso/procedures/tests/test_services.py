"""Scopes: the 5-working-day task (exact dates over a holiday), notification and "Việc của tôi",
adding by field and by code, mapping a procedure, the legal-time gate, tthc_for_document."""

from __future__ import annotations

import datetime as dt

import pytest

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.my_work import sections_for
from eiso.notifications.models import Notification
from eiso.procedures import gates, selectors, services
from eiso.procedures.models import AgencyTTHC
from eiso.procedures.tests.conftest import make_procedure, make_tthc

pytestmark = pytest.mark.django_db


def test_due_date_is_five_working_days_later_over_the_national_day(personas):
    world = personas.world
    # Friday 28/08/2026; 31/08 (swapped for Saturday 22/08), 01/09 and 02/09 are days off.
    assert services.scope_due_date(dt.date(2026, 8, 28), world.province.pk) == dt.date(2026, 9, 9)
    tthc = make_tthc(world.province)
    [scope] = services.open_scopes(
        actor=personas.dost, pairs=[(world.agency, tthc)], today=dt.date(2026, 8, 28)
    )
    assert (scope.added_on, scope.due_date, scope.task_open) == (
        dt.date(2026, 8, 28),
        dt.date(2026, 9, 9),
        True,
    )


def test_new_scope_notifies_the_coordinator_and_shows_in_my_work(personas):
    world = personas.world
    tthc = make_tthc(world.province)
    services.scope_add(actor=personas.dost, agency=world.agency, tthcs=[tthc])
    note = Notification.objects.get(recipient=personas.iso)
    assert note.kind == services.KIND_SCOPE_ADDED
    assert note.title.startswith("1 TTHC được đưa vào phạm vi: xây dựng hoặc cập nhật quy trình")
    [section] = [
        s for s in sections_for(personas.iso, world.agency) if s.key == "procedures.new_scope"
    ]
    assert section.total == 1
    assert section.items[0].title == "1.001234 – Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"
    assert not [
        s for s in sections_for(personas.staff, world.agency) if s.key == "procedures.new_scope"
    ]
    # Adding again changes nothing and notifies nobody.
    assert services.scope_add(actor=personas.dost, agency=world.agency, tthcs=[tthc]) == []
    assert Notification.objects.count() == 1


def test_add_by_field_and_by_code(personas):
    world = personas.world
    make_tthc(world.province, "1.000001", field="Hộ tịch")
    make_tthc(world.province, "1.000002", field="Hộ tịch")
    make_tthc(world.province, "1.000003", field="Công chứng")
    added = services.scope_add_field(actor=personas.iso, agency=world.agency, field="Hộ tịch")
    assert sorted(s.tthc.code for s in added) == ["1.000001", "1.000002"]
    with pytest.raises(DomainError) as error:
        services.scope_add_codes(
            actor=personas.iso, agency=world.agency, codes=["1.000003", "9.999999"]
        )
    assert str(error.value.message) == "Không có trong danh mục TTHC của tỉnh: 9.999999."
    assert AgencyTTHC.objects.filter(agency=world.agency).count() == 2
    services.scope_add_codes(actor=personas.iso, agency=world.agency, codes=["1.000003"])
    assert AgencyTTHC.objects.filter(agency=world.agency).count() == 3


@pytest.mark.parametrize("name", ["staff", "unit_head", "inspector", "auditor", "other_agency"])
def test_who_may_not_change_a_scope(personas, name):
    tthc = make_tthc(personas.world.province)
    with pytest.raises(PermissionDenied):
        services.scope_add(actor=personas[name], agency=personas.world.agency, tthcs=[tthc])
    assert not AgencyTTHC.objects.exists()


def test_map_procedure_closes_the_task_and_refuses_other_documents(personas):
    world = personas.world
    tthc = make_tthc(world.province)
    [scope] = services.scope_add(actor=personas.iso, agency=world.agency, tthcs=[tthc])
    other, _e = make_procedure(world.other_agency, "QT.01")
    internal, _e = make_procedure(world.agency, "QT.02", kind="procedure_internal")
    with pytest.raises(DomainError) as error:
        services.scope_map_procedure(actor=personas.iso, scope=scope, document=other)
    assert str(error.value.message) == "Quy trình phải là tài liệu của Sở Giáo dục và Đào tạo."
    with pytest.raises(DomainError) as error:
        services.scope_map_procedure(actor=personas.iso, scope=scope, document=internal)
    assert str(error.value.message) == (
        "Hãy chọn quy trình giải quyết TTHC (loại tài liệu “Quy trình giải quyết TTHC”)."
    )
    with pytest.raises(PermissionDenied):
        document, _e = make_procedure(world.agency, "QT.05")
        services.scope_map_procedure(actor=personas.dost, scope=scope, document=document)
    scope.refresh_from_db()
    assert scope.procedure_id is None and scope.task_open
    services.scope_map_procedure(actor=personas.iso, scope=scope, document=document)
    scope.refresh_from_db()
    assert scope.procedure == document and not scope.task_open
    assert selectors.tthc_for_document(document) == tthc
    assert selectors.agency_coverage(world.agency) == {
        "in_scope": 1,
        "covered": 0,
        "draft": 1,
        "without": 0,
        "percent": 0.0,
    }


def test_legal_time_gate_names_the_total_and_the_limit(personas):
    world = personas.world
    tthc = make_tthc(world.province, legal_time="10")
    [scope] = services.scope_add(actor=personas.iso, agency=world.agency, tthcs=[tthc])
    document, edition = make_procedure(
        world.agency, steps=[(4, "hours"), (8, "days"), (3.5, "days"), (4, "hours")]
    )
    services.scope_map_procedure(actor=personas.iso, scope=scope, document=document)
    assert gates.legal_time_check(edition) == [
        "Tổng thời gian các bước (12,5 ngày làm việc) vượt thời hạn giải quyết theo quy định "
        "(10 ngày làm việc) của TTHC 1.001234."
    ]
    edition.steps.filter(order=3).update(duration=1)
    assert gates.legal_time_check(edition) == []  # 10 days: exactly the limit


def test_gate_converts_a_legal_time_in_hours(personas):
    world = personas.world
    tthc = make_tthc(world.province, "2.000123", legal_time="8", unit="hours")
    [scope] = services.scope_add(actor=personas.iso, agency=world.agency, tthcs=[tthc])
    document, edition = make_procedure(world.agency, steps=[(4, "hours"), (6, "hours")])
    services.scope_map_procedure(actor=personas.iso, scope=scope, document=document)
    assert gates.legal_time_check(edition) == [
        "Tổng thời gian các bước (1,25 ngày làm việc) vượt thời hạn giải quyết theo quy định "
        "(1 ngày làm việc) của TTHC 2.000123."
    ]


def test_the_gate_is_registered_with_the_documents_app():
    from eiso.documents import gates as document_gates

    assert gates.legal_time_check in document_gates.submit_checks()


def test_submitting_a_procedure_over_the_legal_time_is_refused_and_changes_nothing(personas):
    from eiso.documents.services.workflow import edition_submit

    world = personas.world
    tthc = make_tthc(world.province, legal_time="10")
    [scope] = services.scope_add(actor=personas.iso, agency=world.agency, tthcs=[tthc])
    document, edition = make_procedure(world.agency, steps=[(8, "days"), (4, "days")])
    edition.__class__.objects.filter(pk=edition.pk).update(
        purpose="Quy định trình tự cấp bản sao",
        dossier_components="Đơn đề nghị",
        processing_time="10 ngày làm việc",
        submission_place="Bộ phận một cửa",
    )
    services.scope_map_procedure(actor=personas.iso, scope=scope, document=document)
    edition.refresh_from_db()
    with pytest.raises(DomainError) as error:
        edition_submit(actor=personas.iso, edition=edition)
    assert (
        "Tổng thời gian các bước (12 ngày làm việc) vượt thời hạn giải quyết theo quy định "
        "(10 ngày làm việc) của TTHC 1.001234." in str(error.value.message)
    )
    edition.refresh_from_db()
    assert edition.state == "draft"
