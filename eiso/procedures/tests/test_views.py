"""Pages: permission matrix (denied writes change nothing), import through the page, coverage
table and its Excel export, query counts at two sizes."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from eiso.procedures import services
from eiso.procedures.models import TTHC, AgencyTTHC, CatalogueImport
from eiso.procedures.tests.conftest import csv_bytes, make_procedure, make_tthc, row
from tests.support.matrix import check_matrix
from tests.support.world import make_agency

pytestmark = pytest.mark.django_db

PROVINCE_READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
    "other_agency",
}
AGENCY_READERS = PROVINCE_READERS - {"other_agency"}
PROVINCE_WIDE = {"admin", "province_admin", "dost", "inspector"}
AGENCY_MANAGERS = {"admin", "province_admin", "head", "iso"}
SCOPE_MANAGERS = AGENCY_MANAGERS | {"dost"}


def _state():
    return (
        sorted(TTHC.objects.values_list("code", "name", "legal_time", "is_active")),
        sorted(AgencyTTHC.objects.values_list("agency_id", "tthc_id", "procedure_id", "task_open")),
        CatalogueImport.objects.count(),
    )


@pytest.fixture
def scope(personas):
    tthc = make_tthc(personas.world.province)
    [scope] = services.scope_add(actor=personas.dost, agency=personas.world.agency, tthcs=[tthc])
    return scope


def _q(personas) -> str:
    return f"?province={personas.world.province.pk}"


def test_catalogue_and_tthc_pages_are_read_in_the_province(personas, client, scope):
    for url in (
        reverse("procedures:index") + _q(personas),
        reverse("procedures:tthc", args=[scope.tthc_id]),
    ):
        check_matrix(
            personas, client, request=lambda c, p, u=url: c.get(u), allowed=PROVINCE_READERS
        )


def test_scope_page_is_read_by_the_agency_and_the_province(personas, client, scope):
    url = reverse("procedures:scope", args=[personas.world.agency.pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=AGENCY_READERS)


def test_coverage_page_and_export_are_for_the_province_readers(personas, client, scope):
    for suffix in ("", "&format=xlsx"):
        url = reverse("procedures:coverage") + _q(personas) + suffix
        check_matrix(personas, client, request=lambda c, p, u=url: c.get(u), allowed=PROVINCE_WIDE)


def test_import_page_matrix_and_denied_upload_changes_nothing(personas, client):
    url = reverse("procedures:import") + _q(personas)
    importers = {"admin", "province_admin", "dost", "head", "iso", "other_agency"}
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=importers)

    def upload(c, persona):
        content = csv_bytes([row(code="1.000999")])
        return c.post(
            url,
            {"target": "", "file": SimpleUploadedFile("dm.csv", content, "text/csv")},
        )

    check_matrix(personas, client, request=upload, allowed=importers, state=_state)


def test_scope_writes_matrix(personas, client, scope):
    make_tthc(personas.world.province, "1.000555", field="Công chứng")
    agency = personas.world.agency
    add_url = reverse("procedures:scope_add_field", args=[agency.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(add_url, {"f-field": "Công chứng"}),
        allowed=SCOPE_MANAGERS,
        state=_state,
    )
    codes_url = reverse("procedures:scope_add_codes", args=[agency.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(codes_url, {"c-codes": "1.000555"}),
        allowed=SCOPE_MANAGERS,
        state=_state,
    )


def test_remove_and_map_matrix(personas, client, scope):
    remove_url = reverse("procedures:scope_remove", args=[scope.pk])
    denied = set(personas.names()) - SCOPE_MANAGERS
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(remove_url),
        allowed=set(),
        state=_state,
        personas_to_check=denied,
    )
    document, _edition = make_procedure(personas.world.agency)
    map_url = reverse("procedures:scope_map", args=[scope.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(map_url, {"procedure": str(document.pk)}),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )
    scope.refresh_from_db()
    assert scope.procedure == document and not scope.task_open
    client.force_login(personas.iso)
    assert client.post(remove_url).status_code == 302
    assert not AgencyTTHC.objects.filter(pk=scope.pk).exists()


def test_coordinator_imports_through_the_page_and_sees_the_report(personas, client):
    client.force_login(personas.iso)
    url = reverse("procedures:import") + _q(personas)
    bad = csv_bytes([row(code="1.000001", time="mười")])
    response = client.post(
        url,
        {"target": str(personas.world.agency.pk), "file": SimpleUploadedFile("dm.csv", bad)},
        follow=True,
    )
    html = response.content.decode()
    assert "Dòng 2, cột “Thời hạn giải quyết”: “mười” không phải là số ngày" in html
    assert not TTHC.objects.exists()
    good = csv_bytes([row(code="1.000001")])
    response = client.post(
        url,
        {"target": str(personas.world.agency.pk), "file": SimpleUploadedFile("dm.csv", good)},
        follow=True,
    )
    assert "Đã nhập danh mục TTHC." in response.content.decode()
    assert AgencyTTHC.objects.filter(agency=personas.world.agency).count() == 1
    exe = SimpleUploadedFile("dm.csv", b"MZ\x90\x00\x03")
    response = client.post(url, {"target": str(personas.world.agency.pk), "file": exe})
    assert response.status_code == 200
    assert "Hãy tải lên danh mục dạng Excel (.xlsx) hoặc CSV." in response.content.decode()


def test_template_downloads(personas, client):
    client.force_login(personas.staff)
    response = client.get(reverse("procedures:template"))
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [c.value for c in sheet[1]][:3] == ["Mã TTHC", "Tên TTHC", "Lĩnh vực"]
    csv_response = client.get(reverse("procedures:template") + "?format=csv")
    assert csv_response.content.decode("utf-8-sig").startswith("Mã TTHC,Tên TTHC")


def test_coverage_export_has_each_agency_and_the_total(personas, client, scope):
    document, _e = make_procedure(personas.world.agency, state="effective")
    services.scope_map_procedure(actor=personas.iso, scope=scope, document=document)
    client.force_login(personas.dost)
    response = client.get(reverse("procedures:coverage") + _q(personas) + "&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = {r[1]: r[2:] for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["Sở Giáo dục và Đào tạo"] == (1, 1, 0, 0, 100.0)
    assert rows["Toàn tỉnh"] == (1, 1, 0, 0, 100.0)


def test_coverage_totals_are_the_sums_of_the_agency_rows(personas, scope):
    from eiso.procedures import selectors

    _grow(personas, 300, 3)
    province = personas.world.province
    # A merged commune's scope counts nowhere.
    gone = make_agency(province, "UBND xã Đã sáp nhập", "XSN")
    services.scope_add(actor=personas.dost, agency=gone, tthcs=[scope.tthc])
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    rows = list(selectors.province_coverage(personas.dost, province))
    expected = selectors.province_totals(personas.dost, province)
    assert expected["in_scope"] == 3 * 3 + 1 and expected["covered"] == 1
    assert selectors.coverage_totals(rows, province) == expected


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _grow(personas, start: int, count: int) -> None:
    world = personas.world
    tthcs = [make_tthc(world.province, f"1.{start + i:06d}") for i in range(count)]
    services.scope_add(actor=personas.dost, agency=world.agency, tthcs=tthcs)
    for i in range(count):
        agency = make_agency(world.province, f"UBND xã Thử {start + i}", f"X{start + i}")
        services.scope_add(actor=personas.dost, agency=agency, tthcs=tthcs[:2])
    document, _e = make_procedure(world.agency, f"QT.{start}", state="effective")
    first = AgencyTTHC.objects.filter(agency=world.agency, tthc=tthcs[0]).get()
    services.scope_map_procedure(actor=personas.iso, scope=first, document=document)


def test_query_counts_do_not_grow(personas, client):
    agency = personas.world.agency
    urls = [
        reverse("procedures:index") + _q(personas),
        reverse("procedures:scope", args=[agency.pk]),
        reverse("procedures:coverage") + _q(personas),
        reverse("procedures:coverage") + _q(personas) + "&sort=-without",
    ]
    _grow(personas, 100, 2)
    client.force_login(personas.province_admin)
    small = [_count(client, url) for url in urls]
    _grow(personas, 200, 12)
    large = [_count(client, url) for url in urls]
    assert large == small


def test_history_of_a_tthc_shows_what_a_reimport_changed(personas, client):
    from eiso.procedures import importing

    for time in ("10", "7"):
        importing.catalogue_import_submit(
            actor=personas.dost,
            province=personas.world.province,
            content=csv_bytes([row(time=time)]),
            file_name="dm.csv",
        )
    tthc = TTHC.objects.get()
    client.force_login(personas.iso)
    response = client.get(reverse("core:history", args=["procedures.tthc", tthc.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cập nhật TTHC trong danh mục" in html
    assert "Thêm TTHC vào danh mục của tỉnh" in html
    assert "thời hạn giải quyết" in html.lower()
    client.force_login(personas.other_province)
    assert client.get(reverse("core:history", args=["procedures.tthc", tthc.pk])).status_code == 404


def test_pages_without_a_province_parameter_pick_the_users_province(personas, client, scope):
    for name in ("admin", "dost", "iso", "staff"):
        client.force_login(personas[name])
        response = client.get(reverse("procedures:index"))
        assert response.status_code == 200, name
        assert "1.001234" in response.content.decode(), name
