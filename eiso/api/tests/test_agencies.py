"""Agencies and their units, people and roles: exact bodies, scoping as in the UI, filters, pages."""

from django.utils import timezone, translation

from eiso.organizations.models import AgencyKind, QMSStatus, UnitKind
from eiso.organizations.roles import Role
from tests.support.world import make_agency


def _labels(choice):
    with translation.override("vi"):
        return str(choice.label)


def _iso_unit(agency):
    iso = agency.iso_unit
    return {
        "id": str(iso.pk),
        "name": iso.name,
        "status": iso.status,
        "status_label": _labels(QMSStatus(iso.status)),
        "status_since": None,
        "expanding_scope": False,
        "transitioning_edition": False,
    }


def _agency(agency):
    return {
        "id": str(agency.pk),
        "name": agency.name,
        "short_name": agency.short_name,
        "symbol": agency.symbol,
        "kind": "department",
        "kind_label": _labels(AgencyKind.DEPARTMENT),
        "province": {"id": str(agency.province_id), "name": agency.province.name},
        "parent": None,
        "iso_unit": _iso_unit(agency),
        "is_active": True,
    }


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="milliseconds")


def test_agency_detail_exact_body(call, world):
    agency = world.agency
    body = call("staff", f"/api/v1/agencies/{agency.pk}").json()
    assert body == {
        **_agency(agency),
        "governing_body": "UBND TỈNH HƯNG YÊN",
        "place_name": "Hưng Yên",
        "head_title": "Giám đốc",
        "address": "",
        "email": "",
        "phone": "",
        "website": "",
        "created_at": _iso(agency.created_at),
        "updated_at": _iso(agency.updated_at),
    }
    assert body["created_at"].endswith("+07:00")


def test_agency_list_is_scoped_like_the_ui(call, world):
    def names(persona):
        body = call(persona, "/api/v1/agencies").json()
        assert body["count"] == len(body["items"])
        return [item["name"] for item in body["items"]]

    province = ["Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Y tế"]
    assert names("admin") == [*province[:2], "Sở Tư pháp", "Sở Y tế"]
    assert names("province_admin") == province
    assert names("dost") == province
    assert names("inspector") == province
    assert names("head") == ["Sở Giáo dục và Đào tạo"]
    assert names("staff") == ["Sở Giáo dục và Đào tạo"]
    assert names("other_agency") == ["Sở Y tế"]
    assert names("other_province") == ["Sở Tư pháp"]


def test_agency_list_exact_body_for_a_staff_member(call, world):
    assert call("staff", "/api/v1/agencies").json() == {
        "count": 1,
        "limit": 25,
        "offset": 0,
        "items": [_agency(world.agency)],
    }


def test_other_provinces_agency_is_404_and_absent_from_lists(call, world):
    foreign = world.foreign_agency
    for suffix in ("", "/units", "/people", "/roles"):
        response = call("iso", f"/api/v1/agencies/{foreign.pk}{suffix}")
        assert response.status_code == 404
        assert response.json() == {
            "detail": "Không tìm thấy, hoặc bạn không có quyền truy cập.",
            "code": "not_found",
        }
    listed = call("dost", "/api/v1/agencies?limit=100").json()["items"]
    assert str(foreign.pk) not in {item["id"] for item in listed}


def test_filters(call, world):
    province = world.province
    make_agency(
        province,
        "UBND xã Tân Hưng",
        "UBNDTH",
        kind=AgencyKind.COMMUNE_COMMITTEE,
        status=QMSStatus.BUILDING,
    )
    world.other_agency.is_active = False
    world.other_agency.save(update_fields=["is_active"])

    def names(query):
        response = call("dost", f"/api/v1/agencies?{query}")
        assert response.status_code == 200, response.content
        return [item["name"] for item in response.json()["items"]]

    assert names("kind=commune_committee") == ["UBND xã Tân Hưng"]
    assert names("status=building") == ["UBND xã Tân Hưng"]
    assert names("status=maintaining&kind=department") == [
        "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ",
        "Sở Y tế",
    ]
    assert names("q=giáo") == ["Sở Giáo dục và Đào tạo"]
    assert names("q=SKHCN") == ["Sở Khoa học và Công nghệ"]
    assert names("q=%20%20") == names("")
    assert names("active=false") == ["Sở Y tế"]
    assert "Sở Y tế" not in names("active=true")
    assert len(names(f"province={province.pk}")) == 4
    # A province the caller does not read filters to nothing; it does not widen the scope.
    assert names(f"province={world.other_province.pk}") == []


def test_pagination(call, world):
    first = call("admin", "/api/v1/agencies?limit=2").json()
    assert (first["count"], first["limit"], first["offset"]) == (4, 2, 0)
    assert [a["name"] for a in first["items"]] == [
        "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ",
    ]
    second = call("admin", "/api/v1/agencies?limit=2&offset=2").json()
    assert [a["name"] for a in second["items"]] == ["Sở Tư pháp", "Sở Y tế"]
    beyond = call("admin", "/api/v1/agencies?limit=2&offset=10").json()
    assert beyond == {"count": 4, "limit": 2, "offset": 10, "items": []}
    assert call("admin", "/api/v1/agencies?limit=100").json()["limit"] == 100


def test_units_in_tree_order_exact_body(call, world):
    body = call("unit_head", f"/api/v1/agencies/{world.agency.pk}/units", via="token").json()

    def unit(obj, kind, parent=None):
        return {
            "id": str(obj.pk),
            "name": obj.name,
            "symbol": obj.symbol,
            "kind": kind,
            "kind_label": _labels(UnitKind(kind)),
            "parent_id": str(parent.pk) if parent else None,
            "depth": 1 if parent else 0,
            "is_active": True,
        }

    assert body == {
        "count": 3,
        "limit": 25,
        "offset": 0,
        "items": [
            unit(world.office, "office"),
            unit(world.division, "division"),
            unit(world.subdivision, "division", parent=world.division),
        ],
    }


def _people(call, persona, agency):
    return call(persona, f"/api/v1/agencies/{agency.pk}/people").json()


def test_people_exact_body_without_contact_details(call, personas, world):
    body = _people(call, "staff", world.agency)
    staff = personas.staff
    membership = staff.memberships.get()
    assert body["count"] == 5
    # By name; where "Đặng" sorts depends on the database's collation, so compare as a set.
    assert {p["full_name"] for p in body["items"]} == {
        "Bùi Văn Viên",
        "Hoàng Thị Thư",
        "Phạm Văn Giám",
        "Vũ Văn Trưởng",
        "Đặng Thị Đánh",
    }
    assert body["items"][0] == {
        "id": str(membership.pk),
        "user_id": str(staff.pk),
        "full_name": "Bùi Văn Viên",
        "position": "Chuyên viên",
        "unit": {"id": str(world.subdivision.pk), "name": "Tổ Kiểm định chất lượng"},
    }


def test_email_only_for_those_who_manage_the_agency(call, world):
    for persona in ("admin", "province_admin", "head", "iso"):
        items = _people(call, persona, world.agency)["items"]
        assert items[0]["email"] == "gd.chuyenvien@example.gov.vn", persona
    for persona in ("dost", "inspector", "unit_head", "auditor", "staff"):
        items = _people(call, persona, world.agency)["items"]
        assert all("email" not in item for item in items), persona


def test_roles_exact_body(call, personas, world):
    body = call("auditor", f"/api/v1/agencies/{world.agency.pk}/roles").json()
    assert body["count"] == 5
    grants = {item["role"]: item for item in body["items"]}
    assert [item["role"] for item in body["items"]] == sorted(grants)
    unit_head = personas.unit_head.role_grants.get()
    with translation.override("vi"):
        label = str(Role.UNIT_HEAD.label)
    assert grants["unit_head"] == {
        "id": str(unit_head.pk),
        "role": "unit_head",
        "role_label": label,
        "user": {"id": str(personas.unit_head.pk), "name": "Vũ Văn Trưởng"},
        "level": "unit",
        "node": {"id": str(world.division.pk), "name": "Phòng Giáo dục phổ thông"},
        "granted_at": _iso(unit_head.created_at),
    }
    assert grants["iso_coordinator"]["level"] == "agency"
    assert grants["iso_coordinator"]["node"]["id"] == str(world.agency.pk)


def test_revoked_grants_are_not_listed(call, personas, world):
    grant = personas.staff.role_grants.get()
    grant.is_active = False
    grant.revoked_at = timezone.now()
    grant.save(update_fields=["is_active", "revoked_at"])
    body = call("head", f"/api/v1/agencies/{world.agency.pk}/roles").json()
    assert "staff" not in {item["role"] for item in body["items"]}
    assert body["count"] == 4
