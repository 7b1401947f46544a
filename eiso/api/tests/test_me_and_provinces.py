"""GET /me and GET /provinces: exact bodies and scoping."""

from django.utils import timezone, translation

from eiso.organizations.roles import Role


def _label(role):
    with translation.override("vi"):
        return str(role.label)


def test_me_exact_body(call, personas, world):
    user = personas.unit_head
    grant = user.role_grants.get()
    body = call("unit_head", "/api/v1/me", via="token").json()
    agency = {"id": str(world.agency.pk), "name": "Sở Giáo dục và Đào tạo"}
    assert body == {
        "id": str(user.pk),
        "username": "gd.truongphong",
        "full_name": "Vũ Văn Trưởng",
        "email": "gd.truongphong@example.gov.vn",
        "position": "Trưởng phòng",
        "language": "vi",
        "is_global_admin": False,
        "active_agency": agency,
        "agencies": [
            {
                **agency,
                "short_name": "Sở Giáo dục và Đào tạo",
                "roles": ["staff", "unit_head"],
                "is_active_agency": True,
            }
        ],
        "roles": [
            {
                "id": str(grant.pk),
                "role": "unit_head",
                "role_label": _label(Role.UNIT_HEAD),
                "user": {"id": str(user.pk), "name": "Vũ Văn Trưởng"},
                "level": "unit",
                "node": {"id": str(world.division.pk), "name": "Phòng Giáo dục phổ thông"},
                "granted_at": timezone.localtime(grant.created_at).isoformat(
                    timespec="milliseconds"
                ),
            }
        ],
    }


def test_me_for_administrators(call, personas, world):
    admin = call("admin", "/api/v1/me").json()
    assert admin["is_global_admin"] is True
    assert admin["agencies"] == []
    assert admin["active_agency"] is None
    assert [(r["role"], r["level"], r["node"]) for r in admin["roles"]] == [
        ("system_admin", "global", None)
    ]
    province_admin = call("province_admin", "/api/v1/me").json()
    assert province_admin["is_global_admin"] is False
    assert [(r["role"], r["level"], r["node"]) for r in province_admin["roles"]] == [
        ("system_admin", "province", {"id": str(world.province.pk), "name": "Tỉnh Hưng Yên"})
    ]
    assert [a["name"] for a in province_admin["agencies"]] == ["Sở Khoa học và Công nghệ"]


def test_me_lists_only_the_callers_own_grants(call, personas):
    roles = call("province_admin", "/api/v1/me").json()["roles"]
    assert {r["user"]["id"] for r in roles} == {str(personas.province_admin.pk)}


def test_provinces_exact_body_and_scope(call, world):
    hung_yen = {
        "id": str(world.province.pk),
        "code": 33,
        "name": "Hưng Yên",
        "full_name": "Tỉnh Hưng Yên",
        "is_active": True,
    }
    ha_noi = {
        "id": str(world.other_province.pk),
        "code": 1,
        "name": "Hà Nội",
        "full_name": "Tỉnh Hà Nội",
        "is_active": True,
    }
    assert call("staff", "/api/v1/provinces").json() == {
        "count": 1,
        "limit": 25,
        "offset": 0,
        "items": [hung_yen],
    }
    assert call("other_province", "/api/v1/provinces").json()["items"] == [ha_noi]
    assert call("dost", "/api/v1/provinces").json()["items"] == [hung_yen]
    assert call("admin", "/api/v1/provinces").json()["items"] == [ha_noi, hung_yen]
