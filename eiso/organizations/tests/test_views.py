"""Agency pages: search, filters, sorting, Excel export, forms that keep input, query counts."""

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from eiso.organizations.models import Agency, AgencyKind, ISOUnit, QMSStatus, Unit
from eiso.organizations.roles import Role
from tests.support.world import grant, make_agency, make_unit, make_user

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"organizations:{name}", args=args)


def names_in(response):
    return [a.name for a in response.context["page"]]


def add_agencies(province, count, start=0):
    for i in range(start, start + count):
        make_agency(
            province,
            f"UBND xã Số {i:03d}",
            f"X{i:03d}",
            kind=AgencyKind.COMMUNE_COMMITTEE,
            status=QMSStatus.BUILDING,
        )


def test_list_search_ignores_case_and_accents(personas, world, client):
    client.force_login(personas.province_admin)
    assert names_in(client.get(url("agency_list"), {"q": "so giao duc"})) == [
        "Sở Giáo dục và Đào tạo"
    ]
    assert names_in(client.get(url("agency_list"), {"q": "SỞ Y"})) == ["Sở Y tế"]
    assert names_in(client.get(url("agency_list"), {"q": "skhcn"})) == ["Sở Khoa học và Công nghệ"]
    response = client.get(url("agency_list"), {"q": "không có"})
    html = response.content.decode()
    assert "Không có cơ quan nào phù hợp với bộ lọc." in html
    assert f'<a href="{url("agency_list")}" data-testid="clear-filters">Xóa bộ lọc</a>' in html
    assert "clear-filters" not in client.get(url("agency_list")).content.decode()


def test_list_filters_and_sorting(personas, world, client):
    ISOUnit.objects.filter(pk=world.dost.iso_unit_id).update(status=QMSStatus.DECLARED)
    ISOUnit.objects.filter(pk=world.other_agency.iso_unit_id).update(status=QMSStatus.NOT_STARTED)
    commune = make_agency(
        world.province, "UBND phường An Tảo", "UBNDAT", kind=AgencyKind.COMMUNE_COMMITTEE
    )
    Agency.objects.filter(pk=commune.pk).update(is_active=False)
    client.force_login(personas.dost)
    assert names_in(client.get(url("agency_list"), {"status": "declared"})) == [
        "Sở Khoa học và Công nghệ"
    ]
    assert names_in(client.get(url("agency_list"), {"kind": "commune_committee"})) == []
    assert names_in(
        client.get(url("agency_list"), {"kind": "commune_committee", "active": "inactive"})
    ) == ["UBND phường An Tảo"]
    assert names_in(client.get(url("agency_list"), {"sort": "-status"})) == [
        "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ",
        "Sở Y tế",
    ]
    assert names_in(client.get(url("agency_list"), {"sort": "-name"})) == [
        "Sở Y tế",
        "Sở Khoa học và Công nghệ",
        "Sở Giáo dục và Đào tạo",
    ]
    # Bad values are ignored rather than failing.
    assert (
        client.get(url("agency_list"), {"sort": "x", "kind": "x", "page": "zz"}).status_code == 200
    )


def test_list_scoping(personas, world, client):
    client.force_login(personas.iso)
    assert names_in(client.get(url("agency_list"))) == ["Sở Giáo dục và Đào tạo"]
    client.force_login(personas.admin)
    response = client.get(url("agency_list"), {"province": str(world.other_province.pk)})
    assert names_in(response) == ["Sở Tư pháp"]
    assert response.context["show_province"] is True
    client.force_login(personas.province_admin)
    assert client.get(url("agency_list")).context["show_province"] is False


def test_list_htmx_returns_the_results_only(personas, world, client):
    client.force_login(personas.province_admin)
    response = client.get(url("agency_list"), {"q": "y tế"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Sở Y tế" in body and "<html" not in body


def test_list_paginates(personas, world, client, settings):
    settings.EISO_PAGE_SIZE = 2
    client.force_login(personas.province_admin)
    first = client.get(url("agency_list"))
    second = client.get(url("agency_list"), {"page": 2})
    assert names_in(first) + names_in(second) == [
        "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ",
        "Sở Y tế",
    ]


def test_export_parses_back_with_the_same_filters(personas, world, client):
    ISOUnit.objects.filter(pk=world.agency.iso_unit_id).update(
        status_since=dt.date(2024, 9, 5), expanding_scope=True
    )
    client.force_login(personas.dost)
    response = client.get(
        url("agency_export"), {"q": "sở", "sort": "name", "status": "maintaining"}
    )
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Tên",
        "Tên viết tắt",
        "Ký hiệu",
        "Loại",
        "Cơ quan cấp trên",
        "Tỉnh, thành phố",
        "Đơn vị áp dụng HTQLCL",
        "Trạng thái HTQLCL",
        "Từ ngày",
        "Đang mở rộng phạm vi",
        "Đang chuyển đổi phiên bản tiêu chuẩn",
        "Đang hoạt động",
    )
    assert [r[0] for r in rows[1:]] == [
        "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ",
        "Sở Y tế",
    ]
    first = rows[1]
    assert first[2:4] == ("SGDĐT", "Sở, ban, ngành")
    assert first[5] == "Tỉnh Hưng Yên"
    assert first[7] == "Đang duy trì"
    assert first[8] == dt.datetime(2024, 9, 5)
    assert sheet["I2"].number_format == "dd/mm/yyyy"
    assert first[9:] == ("Có", "Không", "Có")


def test_export_is_scoped(personas, world, client):
    client.force_login(personas.other_province)
    response = client.get(url("agency_export"))
    rows = list(
        load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.iter_rows(
            values_only=True
        )
    )
    assert [r[0] for r in rows[1:]] == ["Sở Tư pháp"]


def _count(client, path):
    client.get(path)  # warm caches (icons, templates)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx)


def test_agency_list_query_count_does_not_grow(personas, world, client):
    client.force_login(personas.province_admin)
    add_agencies(world.province, 2)
    small = _count(client, url("agency_list") + "?sort=status")
    add_agencies(world.province, 35, start=2)
    assert Agency.objects.filter(province=world.province).count() == 40
    assert _count(client, url("agency_list") + "?sort=status") == small


def test_agency_detail_and_tabs_query_counts_do_not_grow(personas, world, client):
    client.force_login(personas.iso)
    paths = [url(n, world.agency.pk) for n in ("agency_detail", "unit_tree", "people", "roles")]
    small = [_count(client, p) for p in paths]
    for i in range(27):
        unit = make_unit(world.agency, f"Tổ {i}", parent=world.division if i % 2 else None)
        person = make_user(
            f"nguoi{i}", f"Người Số {i}", agency=world.agency, unit=unit, position="Chuyên viên"
        )
        grant(person, Role.STAFF, unit=unit)
        grant(person, Role.INTERNAL_AUDITOR, agency=world.agency)
    assert Unit.objects.filter(agency=world.agency).count() == 30
    assert [_count(client, p) for p in paths] == small


def test_agency_form_keeps_input_and_shows_vietnamese_error(personas, world, client):
    client.force_login(personas.province_admin)
    data = {
        "name": "Sở Nội vụ",
        "short_name": "SNV",
        "symbol": "SGDĐT",
        "kind": "department",
        "place_name": "Hưng Yên",
        "head_title": "Giám đốc",
        "iso_unit": "new",
        "website": "",
    }
    response = client.post(url("agency_create"), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Đã có cơ quan khác trong tỉnh dùng chữ viết tắt này." in body
    assert 'value="Sở Nội vụ"' in body
    assert not Agency.objects.filter(name="Sở Nội vụ").exists()
    data["symbol"] = "SNV"
    response = client.post(url("agency_create"), data)
    agency = Agency.objects.get(name="Sở Nội vụ")
    assert response.status_code == 302 and response["Location"] == url("agency_detail", agency.pk)


def test_agency_create_offers_shared_iso_units(personas, world, client):
    client.force_login(personas.province_admin)
    response = client.post(
        url("agency_create"),
        {
            "name": "Văn phòng Sở Y tế",
            "symbol": "VPSYT",
            "kind": "public_service_unit",
            "place_name": "Hưng Yên",
            "head_title": "Chánh Văn phòng",
            "iso_unit": str(world.other_agency.iso_unit_id),
        },
    )
    assert response.status_code == 302
    assert Agency.objects.get(symbol="VPSYT").iso_unit_id == world.other_agency.iso_unit_id


def test_global_admin_chooses_province_first(personas, world, client):
    client.force_login(personas.admin)
    response = client.get(url("agency_create"))
    assert "Hãy chọn tỉnh, thành phố của cơ quan mới." in response.content.decode()
    response = client.get(url("agency_create"), {"province": str(world.other_province.pk)})
    assert response.context["province"] == world.other_province


def test_qms_form_error_is_shown_on_the_overview(personas, world, client):
    client.force_login(personas.dost)
    response = client.post(
        url("qms_status", world.agency.pk),
        {
            "to_status": "building",
            "changed_on": "01/02/2025",
            "reason": "",
        },
    )
    assert response.status_code == 200
    assert "Trường này là bắt buộc." in response.content.decode()
    response = client.post(
        url("qms_status", world.agency.pk),
        {
            "to_status": "building",
            "changed_on": "32/13/2025",
            "reason": "Lùi lại",
        },
    )
    assert list(response.context["qms_form"].errors) == ["changed_on"]
    response = client.post(
        url("qms_status", world.agency.pk),
        {
            "to_status": "maintaining",
            "changed_on": "01/02/2025",
            "reason": "Không đổi",
        },
    )
    assert "Không có thay đổi: trạng thái" in response.content.decode()
    response = client.post(
        url("qms_status", world.agency.pk),
        {
            "to_status": "building",
            "changed_on": "01/02/2025",
            "reason": "Xây dựng lại",
        },
        follow=True,
    )
    body = response.content.decode()
    assert "Đã ghi nhận trạng thái HTQLCL." in body
    assert "01/02/2025" in body and "Xây dựng lại" in body


def test_overview_hides_actions_from_readers(personas, world, client):
    client.force_login(personas.inspector)
    body = client.get(url("agency_detail", world.agency.pk)).content.decode()
    assert "Ghi nhận thay đổi trạng thái" not in body
    assert url("agency_edit", world.agency.pk) not in body
    client.force_login(personas.dost)
    body = client.get(url("agency_detail", world.agency.pk)).content.decode()
    assert "Ghi nhận thay đổi trạng thái" in body
    assert url("agency_edit", world.agency.pk) not in body
    body = client.get(url("unit_tree", world.agency.pk)).content.decode()
    assert url("unit_create", world.agency.pk) not in body


def test_unit_tree_shows_indented_tree_and_actions(personas, world, client):
    client.force_login(personas.iso)
    response = client.get(url("unit_tree", world.agency.pk))
    assert [u.name for u in response.context["page"]] == [
        "Văn phòng Sở",
        "Phòng Giáo dục phổ thông",
        "Tổ Kiểm định chất lượng",
    ]
    body = response.content.decode()
    assert url("unit_move", world.agency.pk, world.subdivision.pk) in body
    assert reverse("core:history", args=["organizations.unit", world.subdivision.pk]) in body


def test_unit_move_form_reports_refusal(personas, world, client):
    client.force_login(personas.iso)
    response = client.post(url("unit_move", world.agency.pk, world.division.pk), {"new_parent": ""})
    assert "Đơn vị đã ở vị trí này." in response.content.decode()
    response = client.get(url("unit_move", world.agency.pk, world.division.pk))
    choices = [str(c[0]) for c in response.context["form"].fields["new_parent"].choices]
    assert str(world.subdivision.pk) not in choices and str(world.office.pk) in choices


def test_unit_deactivate_refusal_is_a_message(personas, world, client):
    client.force_login(personas.iso)
    response = client.post(url("unit_deactivate", world.agency.pk, world.division.pk), follow=True)
    assert "vẫn còn 1 đơn vị trực thuộc đang hoạt động" in response.content.decode()
    assert Unit.objects.get(pk=world.division.pk).is_active


def test_people_tab_lists_positions_units_and_roles(personas, world, client):
    client.force_login(personas.staff)
    response = client.get(url("people", world.agency.pk))
    rows = {m.user.username: m for m in response.context["page"]}
    assert set(rows) == {"gd.giamdoc", "gd.thuky", "gd.truongphong", "gd.danhgia", "gd.chuyenvien"}
    assert [g.role for g in rows["gd.truongphong"].grants] == [Role.UNIT_HEAD]
    body = response.content.decode()
    assert "Trưởng đơn vị" in body and "Thêm nhân sự" not in body


def test_role_grant_form_and_roles_tab(personas, world, client):
    client.force_login(personas.head)
    response = client.get(url("role_grant", world.agency.pk))
    roles = [c[0] for c in response.context["form"].fields["role"].choices if c[0]]
    assert Role.DOST_OVERSEER not in roles and Role.UNIT_HEAD in roles
    response = client.post(
        url("role_grant", world.agency.pk),
        {
            "user": str(personas.staff.pk),
            "role": Role.UNIT_HEAD,
            "node": "agency",
        },
    )
    assert "Không thể cấp vai trò này ở cấp Cơ quan." in response.content.decode()
    response = client.post(
        url("role_grant", world.agency.pk),
        {
            "user": str(personas.staff.pk),
            "role": Role.UNIT_HEAD,
            "node": str(world.subdivision.pk),
        },
    )
    assert response.status_code == 302
    tab = client.get(url("roles", world.agency.pk))
    assert ("Bùi Văn Viên", Role.UNIT_HEAD) in [
        (g.user.full_name, g.role) for g in tab.context["page"]
    ]
