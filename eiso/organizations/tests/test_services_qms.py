"""Recording QMS status changes: date and reason rules, history rows and audit events."""

import datetime as dt

import pytest
from django.utils import timezone

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.organizations import events, services
from eiso.organizations.models import ISOUnit, QMSStatus, QMSStatusChange


@pytest.fixture
def building(world):
    ISOUnit.objects.filter(pk=world.other_agency.iso_unit_id).update(status=QMSStatus.BUILDING)
    world.other_agency.refresh_from_db()
    return world.other_agency


def test_forward_change_with_flags_is_stored_and_audited(personas, building):
    change = services.qms_status_change(
        actor=personas.dost,
        agency=building,
        to_status=QMSStatus.APPLIED,
        changed_on=dt.date(2025, 6, 30),
        reason="  Quyết định áp dụng số 12/QĐ-SYT  ",
        expanding_scope=True,
    )
    assert (change.from_status, change.to_status, change.reason) == (
        "building",
        "applied",
        "Quyết định áp dụng số 12/QĐ-SYT",
    )
    iso_unit = ISOUnit.objects.get(pk=building.iso_unit_id)
    assert (iso_unit.status, iso_unit.status_since, iso_unit.expanding_scope) == (
        "applied",
        dt.date(2025, 6, 30),
        True,
    )
    event = AuditEvent.objects.get(action=events.QMS_STATUS_CHANGE)
    assert event.object_type == "organizations.isounit"
    assert event.agency_id == building.pk
    assert event.changes == {
        "status": ["Đang xây dựng", "Đã áp dụng"],
        "status_since": [None, "2025-06-30"],
        "expanding_scope": [False, True],
        "reason": "Quyết định áp dụng số 12/QĐ-SYT",
        "changed_on": "2025-06-30",
    }


def test_backwards_needs_a_reason_and_is_allowed_with_one(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.qms_status_change(
            actor=personas.iso,
            agency=world.agency,
            to_status=QMSStatus.BUILDING,
            changed_on=dt.date(2025, 1, 2),
            reason=" ",
        )
    assert (excinfo.value.field, excinfo.value.message) == (
        "reason",
        "Lùi trạng thái phải nêu lý do.",
    )
    services.qms_status_change(
        actor=personas.iso,
        agency=world.agency,
        to_status=QMSStatus.BUILDING,
        changed_on=dt.date(2025, 1, 2),
        reason="Xây dựng lại theo mô hình khung mới",
    )
    assert ISOUnit.objects.get(pk=world.agency.iso_unit_id).status == QMSStatus.BUILDING


def test_forward_change_also_needs_a_reason(personas, building):
    with pytest.raises(DomainError) as excinfo:
        services.qms_status_change(
            actor=personas.dost,
            agency=building,
            to_status=QMSStatus.APPLIED,
            changed_on=dt.date(2025, 1, 2),
            reason="",
        )
    assert excinfo.value.message == "Hãy nhập lý do thay đổi."


def test_date_rules(personas, building):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(DomainError) as excinfo:
        services.qms_status_change(
            actor=personas.dost,
            agency=building,
            to_status=QMSStatus.APPLIED,
            changed_on=tomorrow,
            reason="Áp dụng",
        )
    assert excinfo.value.message == "Ngày thay đổi không được sau ngày hôm nay."
    services.qms_status_change(
        actor=personas.dost,
        agency=building,
        to_status=QMSStatus.APPLIED,
        changed_on=dt.date(2025, 5, 10),
        reason="Áp dụng",
    )
    with pytest.raises(DomainError) as excinfo:
        services.qms_status_change(
            actor=personas.dost,
            agency=building,
            to_status=QMSStatus.DECLARED,
            changed_on=dt.date(2025, 5, 9),
            reason="Công bố",
        )
    assert (
        excinfo.value.message
        == "Ngày thay đổi không được trước lần thay đổi gần nhất (10/05/2025)."
    )


def test_no_op_is_refused(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.qms_status_change(
            actor=personas.head,
            agency=world.agency,
            to_status=QMSStatus.MAINTAINING,
            changed_on=dt.date(2025, 1, 2),
            reason="Duy trì",
        )
    assert excinfo.value.message.startswith("Không có thay đổi: trạng thái")
    assert QMSStatusChange.objects.count() == 0


@pytest.mark.parametrize(
    "name", ["inspector", "unit_head", "auditor", "staff", "other_agency", "other_province"]
)
def test_who_may_not_record(personas, world, name):
    with pytest.raises(PermissionDenied):
        services.qms_status_change(
            actor=personas[name],
            agency=world.agency,
            to_status=QMSStatus.DECLARED,
            changed_on=dt.date(2025, 1, 2),
            reason="x",
        )
    assert QMSStatusChange.objects.count() == 0
