"""Records register: lines from procedures and the unit, establishing, differences, rights."""

from __future__ import annotations

import pytest
from django.utils import timezone

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.documents.models import RecordItem
from eiso.records import events, selectors, services
from eiso.records.models import ManualRecord, RecordRegister

pytestmark = pytest.mark.django_db
YEAR = 2026


def _names(lines):
    return [(line.source, line.name) for line in lines]


def test_lines_come_from_effective_procedures_of_the_unit_and_below(personas, procedures):
    division = personas.world.division
    lines = selectors.current_lines(division, None)
    assert _names(lines) == [
        ("QT.01", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        ("QT.01", "Sổ theo dõi hồ sơ"),
        ("QT.02", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
    ]
    assert lines[0].owner_unit == "Phòng Giáo dục phổ thông"
    assert lines[2].owner_unit == "Tổ Kiểm định chất lượng"
    office = selectors.current_lines(personas.world.office, None)
    assert [line.source for line in office] == ["QT.03", "QT.03"]


def test_manual_lines_and_validation(personas, procedures):
    division = personas.world.division
    with pytest.raises(DomainError) as error:
        services.manual_record_add(
            actor=personas.unit_head, unit=division, year=YEAR, name="Sổ công văn", retention=""
        )
    assert error.value.field == "retention"
    assert not RecordRegister.objects.exists()
    entry = services.manual_record_add(
        actor=personas.unit_head,
        unit=division,
        year=YEAR,
        name="Sổ theo dõi văn bản đến",
        owner_unit="Phòng Giáo dục phổ thông",
        place="Tủ hồ sơ phòng",
        retention="Vĩnh viễn",
    )
    register = selectors.register_of(division, YEAR)
    lines = selectors.current_lines(division, register)
    assert lines[-1].manual_id == entry.pk and lines[-1].name == "Sổ theo dõi văn bản đến"
    with pytest.raises(PermissionDenied):
        services.manual_record_add(
            actor=personas.staff, unit=division, year=YEAR, name="X", retention="1 năm"
        )
    with pytest.raises(PermissionDenied):
        services.manual_record_delete(actor=personas.dost, entry=entry)
    assert ManualRecord.objects.count() == 1


def test_establish_keeps_a_snapshot_and_shows_later_differences(personas, procedures):
    division = personas.world.division
    register = services.register_establish(actor=personas.iso, unit=division, year=YEAR)
    assert register.established_on == timezone.localdate()
    assert len(register.snapshot) == 3
    assert not selectors.differences(register, selectors.current_lines(division, register)).any
    # Later: one retention changes in a procedure, one record is dropped, the unit adds one.
    RecordItem.objects.filter(edition__document=procedures[0], order=2).update(retention="20 năm")
    RecordItem.objects.filter(edition__document=procedures[1]).delete()
    services.manual_record_add(
        actor=personas.unit_head, unit=division, year=YEAR, name="Sổ giao nhận", retention="5 năm"
    )
    register.refresh_from_db()
    diff = selectors.differences(register, selectors.current_lines(division, register))
    assert [line.name for line in diff.added] == ["Sổ giao nhận"]
    assert [row["source"] for row in diff.removed] == ["QT.02"]
    (changes,) = diff.changed.values()
    assert changes == {"retention": ("10 năm", "20 năm")}
    services.register_establish(actor=personas.unit_head, unit=division, year=YEAR)
    event = AuditEvent.objects.filter(action=events.REGISTER_ESTABLISH).order_by("-id").first()
    assert event.changes["added"] == [None, ["Sổ giao nhận"]]
    assert event.changes["changed"] == [None, 1]


def test_establish_an_empty_register_is_refused(personas):
    with pytest.raises(DomainError):
        services.register_establish(actor=personas.iso, unit=personas.world.office, year=YEAR)


def test_only_keepers_establish(personas, procedures):
    for name in ("dost", "staff", "auditor", "other_agency", "inspector"):
        with pytest.raises(PermissionDenied):
            services.register_establish(
                actor=personas[name], unit=personas.world.division, year=YEAR
            )
    assert not RecordRegister.objects.exists()


def test_my_work_lists_the_unit_heads_registers_not_established(personas, procedures):
    from eiso.records.my_work import registers_to_establish_section

    division = personas.world.division
    section = registers_to_establish_section(personas.unit_head, None)
    assert [item.url for item in section.items] == [
        f"/ho-so/{division.pk}/{timezone.localdate().year}/"
    ]
    assert registers_to_establish_section(personas.staff, None) is None
    services.register_establish(
        actor=personas.unit_head, unit=division, year=timezone.localdate().year
    )
    assert registers_to_establish_section(personas.unit_head, None) is None
