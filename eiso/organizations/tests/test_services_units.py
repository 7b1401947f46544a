"""Unit tree services: sibling keys, moves that re-path a subtree, deactivation rules."""

import pytest

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.organizations import events, services
from eiso.organizations.models import Unit, UnitKind
from tests.support.world import make_unit


def _event(action, obj):
    return AuditEvent.objects.filter(action=action, object_id=str(obj.pk)).get()


def test_create_gives_next_sibling_key_and_records_event(personas, world):
    unit = services.unit_create(
        actor=personas.iso, agency=world.agency, name="  Phòng  Kế hoạch Tài chính ", symbol="KHTC"
    )
    assert (unit.path, unit.depth, unit.name) == ("0003.", 0, "Phòng Kế hoạch Tài chính")
    child = services.unit_create(
        actor=personas.iso, agency=world.agency, name="Tổ Ngân sách", parent=world.division
    )
    assert (child.path, child.depth) == ("0002.0002.", 1)
    event = _event(events.UNIT_CREATE, unit)
    assert event.actor == personas.iso
    assert event.agency_id == world.agency.pk
    assert event.changes == {
        "name": [None, "Phòng Kế hoạch Tài chính"],
        "symbol": [None, "KHTC"],
        "kind": [None, "Phòng chuyên môn"],
        "is_active": [None, True],
    }


def test_create_refuses_other_agency_parent_and_duplicate_name(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.unit_create(
            actor=personas.iso, agency=world.agency, name="X", parent=world.other_unit
        )
    assert excinfo.value.message == "Đơn vị cấp trên phải thuộc cùng cơ quan."
    with pytest.raises(DomainError) as excinfo:
        services.unit_create(actor=personas.iso, agency=world.agency, name="VĂN PHÒNG SỞ")
    assert excinfo.value.field == "name"
    assert "đã có tên này" in excinfo.value.message


def test_create_denied_to_unit_head_dost_and_outsiders(personas, world):
    for name in ("unit_head", "staff", "dost", "inspector", "other_agency", "other_province"):
        with pytest.raises(PermissionDenied):
            services.unit_create(actor=personas[name], agency=world.agency, name="Phòng mới")
    assert not Unit.objects.filter(name="Phòng mới").exists()


@pytest.fixture
def deep_tree(world):
    """division (0002.) → subdivision (0002.0001.) → team (0002.0001.0001.) → cell (…0001.)."""
    team = make_unit(world.agency, "Nhóm 1", parent=world.subdivision)
    cell = make_unit(world.agency, "Tổ công tác", parent=team)
    return team, cell


def test_move_repaths_whole_subtree(personas, world, deep_tree):
    moved = services.unit_move(actor=personas.iso, unit=world.division, new_parent=world.office)
    paths = dict(Unit.objects.filter(agency=world.agency).values_list("name", "path"))
    assert paths == {
        "Văn phòng Sở": "0001.",
        "Phòng Giáo dục phổ thông": "0001.0001.",
        "Tổ Kiểm định chất lượng": "0001.0001.0001.",
        "Nhóm 1": "0001.0001.0001.0001.",
        "Tổ công tác": "0001.0001.0001.0001.0001.",
    }
    depths = dict(Unit.objects.filter(agency=world.agency).values_list("name", "depth"))
    assert depths["Tổ công tác"] == 4 and depths["Phòng Giáo dục phổ thông"] == 1
    assert moved.parent == world.office
    event = _event(events.UNIT_MOVE, world.division)
    assert event.changes == {"parent": [None, "Văn phòng Sở"], "moved_units": 4}


def test_move_back_to_top_level_takes_fresh_key(personas, world, deep_tree):
    team, _cell = deep_tree
    services.unit_move(actor=personas.iso, unit=team, new_parent=None)
    team.refresh_from_db()
    assert (team.path, team.depth, team.parent_id) == ("0003.", 0, None)
    assert Unit.objects.get(name="Tổ công tác").path == "0003.0001."
    assert Unit.objects.get(name="Tổ Kiểm định chất lượng").path == "0002.0001."


def test_move_refuses_cycles_other_agency_and_no_op(personas, world, deep_tree):
    team, cell = deep_tree
    cases = [
        (world.division, cell, "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó."),
        (
            world.division,
            world.division,
            "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.",
        ),
        (world.division, world.other_unit, "Không thể chuyển đơn vị sang cơ quan khác."),
        (team, world.subdivision, "Đơn vị đã ở vị trí này."),
    ]
    for unit, parent, message in cases:
        with pytest.raises(DomainError) as excinfo:
            services.unit_move(actor=personas.iso, unit=unit, new_parent=parent)
        assert excinfo.value.message == message
    assert Unit.objects.get(pk=cell.pk).path == "0002.0001.0001.0001."


def test_deactivate_refuses_while_sub_units_or_people_remain(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.unit_deactivate(actor=personas.iso, unit=world.division)
    message = excinfo.value.message
    assert "1 đơn vị trực thuộc đang hoạt động" in message
    assert "1 người đang công tác" in message
    assert world.division.__class__.objects.get(pk=world.division.pk).is_active


def test_deactivate_and_reactivate_empty_unit(personas, world):
    unit = services.unit_create(
        actor=personas.head, agency=world.agency, name="Ban tạm", kind=UnitKind.OTHER
    )
    services.unit_deactivate(actor=personas.head, unit=unit)
    unit.refresh_from_db()
    assert not unit.is_active
    assert _event(events.UNIT_DEACTIVATE, unit).changes == {"is_active": [True, False]}
    with pytest.raises(DomainError):
        services.unit_deactivate(actor=personas.head, unit=unit)
    services.unit_reactivate(actor=personas.head, unit=unit)
    unit.refresh_from_db()
    assert unit.is_active


def test_update_records_only_changed_fields(personas, world):
    services.unit_update(
        actor=personas.province_admin,
        unit=world.office,
        name="Văn phòng",
        kind=UnitKind.OFFICE,
        symbol="VP",
    )
    event = _event(events.UNIT_UPDATE, world.office)
    assert event.changes == {"name": ["Văn phòng Sở", "Văn phòng"]}
    services.unit_update(
        actor=personas.province_admin,
        unit=world.office,
        name="Văn phòng",
        kind=UnitKind.OFFICE,
        symbol="VP",
    )
    assert AuditEvent.objects.filter(action=events.UNIT_UPDATE).count() == 1
