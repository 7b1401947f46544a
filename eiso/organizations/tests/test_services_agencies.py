"""Agency services: create with a new or shared ISO unit, edit, deactivate, reactivate."""

import pytest

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.organizations import events, services
from eiso.organizations.models import Agency, AgencyKind, ISOUnit

BASE = {
    "name": "Ủy ban nhân dân tỉnh Hưng Yên",
    "short_name": "UBND tỉnh",
    "symbol": "UBND",
    "kind": AgencyKind.PROVINCIAL_COMMITTEE,
    "place_name": "Hưng Yên",
    "head_title": "Chủ tịch",
}


def test_create_with_new_iso_unit_then_office_shares_it(personas, world):
    committee = services.agency_create(
        actor=personas.province_admin, province=world.province, **BASE
    )
    assert committee.iso_unit.name == "Ủy ban nhân dân tỉnh Hưng Yên"
    assert committee.iso_unit.province == world.province
    office = services.agency_create(
        actor=personas.province_admin,
        province=world.province,
        iso_unit=committee.iso_unit,
        name="Văn phòng UBND tỉnh",
        symbol="VP",
        kind=AgencyKind.COMMITTEE_OFFICE,
        parent=committee,
    )
    assert office.iso_unit_id == committee.iso_unit_id
    assert office.place_name == "Hưng Yên" and office.head_title == "Giám đốc"
    event = AuditEvent.objects.get(action=events.AGENCY_CREATE, object_id=str(office.pk))
    assert event.changes["iso_unit"] == [None, "Ủy ban nhân dân tỉnh Hưng Yên"]
    assert event.changes["parent"] == [None, "Ủy ban nhân dân tỉnh Hưng Yên"]
    assert event.changes["kind"] == [None, "Văn phòng UBND tỉnh"]
    assert event.province_id == world.province.pk and event.agency_id == office.pk


def test_create_commune_gets_optional_iso_unit(personas, world):
    commune = services.agency_create(
        actor=personas.admin,
        province=world.province,
        name="UBND phường Phố Hiến",
        symbol="UBNDPH",
        kind=AgencyKind.COMMUNE_COMMITTEE,
        place_name="Phố Hiến",
        head_title="Chủ tịch",
    )
    assert commune.iso_unit.mandatory is False


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"symbol": "sgdđt"}, "symbol", "Đã có cơ quan khác trong tỉnh dùng chữ viết tắt này."),
        ({"name": "sở giáo dục và đào tạo"}, "name", "Đã có cơ quan khác trong tỉnh mang tên này."),
        ({"name": "   "}, "name", "Trường này là bắt buộc."),
        ({"kind": "ministry"}, "kind", "Hãy chọn loại cơ quan."),
        ({"email": "khong-hop-le"}, "email", "Hãy nhập địa chỉ e-mail hợp lệ."),
    ],
)
def test_create_validation_messages(personas, world, values, field, message):
    with pytest.raises(DomainError) as excinfo:
        services.agency_create(
            actor=personas.province_admin, province=world.province, **{**BASE, **values}
        )
    assert (excinfo.value.field, excinfo.value.message) == (field, message)
    assert not Agency.objects.filter(name=BASE["name"]).exists()


def test_create_refuses_parent_or_shared_iso_unit_of_another_province(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.agency_create(
            actor=personas.admin, province=world.province, parent=world.foreign_agency, **BASE
        )
    assert excinfo.value.message == "Cơ quan cấp trên phải thuộc cùng tỉnh, thành phố."
    with pytest.raises(DomainError) as excinfo:
        services.agency_create(
            actor=personas.admin,
            province=world.province,
            iso_unit=world.foreign_agency.iso_unit,
            **BASE,
        )
    assert excinfo.value.field == "iso_unit"


@pytest.mark.parametrize("name", ["dost", "inspector", "head", "iso", "other_province"])
def test_only_province_admins_create_agencies(personas, world, name):
    with pytest.raises(PermissionDenied):
        services.agency_create(actor=personas[name], province=world.province, **BASE)
    assert ISOUnit.objects.filter(name=BASE["name"]).count() == 0


def test_update_records_changed_fields_and_refuses_cycles(personas, world):
    chi_cuc = services.agency_create(
        actor=personas.province_admin,
        province=world.province,
        name="Chi cục Tiêu chuẩn Đo lường Chất lượng",
        symbol="CCTĐC",
        kind=AgencyKind.SUB_DEPARTMENT,
        parent=world.dost,
        head_title="Chi cục trưởng",
    )
    services.agency_update(
        actor=personas.province_admin,
        agency=world.dost,
        short_name="Sở KH&CN",
        phone="0221 3862 000",
    )
    event = AuditEvent.objects.get(action=events.AGENCY_UPDATE, object_id=str(world.dost.pk))
    assert event.changes == {
        "short_name": ["Sở Khoa học và Công nghệ", "Sở KH&CN"],
        "phone": ["", "0221 3862 000"],
    }
    with pytest.raises(DomainError) as excinfo:
        services.agency_update(actor=personas.province_admin, agency=world.dost, parent=chi_cuc)
    assert excinfo.value.message == (
        "Không thể đặt cơ quan trực thuộc chính nó hoặc cơ quan cấp dưới của nó."
    )
    with pytest.raises(PermissionDenied):
        services.agency_update(actor=personas.head, agency=world.agency, short_name="Sở GD")


def test_update_switches_to_new_iso_unit(personas, world):
    old = world.other_agency.iso_unit_id
    agency = services.agency_update(
        actor=personas.province_admin, agency=world.other_agency, iso_unit=world.agency.iso_unit
    )
    assert agency.iso_unit_id == world.agency.iso_unit_id
    agency = services.agency_update(
        actor=personas.province_admin, agency=world.other_agency, iso_unit=services.NEW_ISO_UNIT
    )
    assert agency.iso_unit_id not in (old, world.agency.iso_unit_id)


def test_deactivate_needs_subordinates_deactivated_first(personas, world):
    chi_cuc = services.agency_create(
        actor=personas.province_admin,
        province=world.province,
        name="Chi cục Thủy lợi",
        symbol="CCTL",
        kind=AgencyKind.SUB_DEPARTMENT,
        parent=world.other_agency,
    )
    with pytest.raises(DomainError) as excinfo:
        services.agency_deactivate(actor=personas.province_admin, agency=world.other_agency)
    assert (
        excinfo.value.message
        == "Cần ngừng hoạt động các cơ quan trực thuộc trước: Chi cục Thủy lợi."
    )
    services.agency_deactivate(actor=personas.province_admin, agency=chi_cuc)
    services.agency_deactivate(actor=personas.province_admin, agency=world.other_agency)
    with pytest.raises(DomainError) as excinfo:
        services.agency_reactivate(actor=personas.province_admin, agency=chi_cuc)
    assert excinfo.value.message == "Cần kích hoạt lại cơ quan cấp trên trước: Sở Y tế."
    services.agency_reactivate(actor=personas.province_admin, agency=world.other_agency)
    world.other_agency.refresh_from_db()
    assert world.other_agency.is_active
    actions = list(
        AuditEvent.objects.filter(object_id=str(world.other_agency.pk))
        .order_by("id")
        .values_list("action", "changes")
    )
    assert actions == [
        (events.AGENCY_DEACTIVATE, {"is_active": [True, False]}),
        (events.AGENCY_REACTIVATE, {"is_active": [False, True]}),
    ]
