"""Permission matrix of every page and API endpoint of external documents (denied writes change
nothing)."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from eiso.references.models import ExternalDocument, ExternalStatusChange
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

SIGNED_IN = {
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
    "other_province",
}
PROVINCE_READERS = SIGNED_IN - {"other_province"}
AGENCY_READERS = PROVINCE_READERS - {"other_agency"}
PROVINCE_MANAGERS = {"admin", "province_admin", "dost"}
AGENCY_MANAGERS = {"admin", "province_admin", "iso"}
CREATORS = {"admin", "province_admin", "dost", "iso", "other_agency", "other_province"}


def _state():
    return (
        sorted(ExternalDocument.objects.values_list("id", "number", "title", "status", "file")),
        sorted(ExternalStatusChange.objects.values_list("id", "to_status")),
    )


def _values(number, scope, **extra):
    return {
        "scope": scope,
        "kind": "decree",
        "number": number,
        "title": "Về việc thử nghiệm",
        "issuer": "Chính phủ",
        "issued_date": "01/02/2025",
        "effective_date": "15/03/2025",
        **extra,
    }


def test_list_and_export_are_read_by_everyone_signed_in(personas, client, docs):
    for url in (reverse("references:index"), reverse("references:export")):
        check_matrix(personas, client, request=lambda c, p, u=url: c.get(u), allowed=SIGNED_IN)


@pytest.mark.parametrize(
    ("key", "readers"),
    [("national", SIGNED_IN), ("province", PROVINCE_READERS), ("agency", AGENCY_READERS)],
)
def test_detail_by_scope(personas, client, docs, key, readers):
    url = reverse("references:detail", args=[docs[key].pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=readers)
    api = f"/api/v1/external-documents/{docs[key].pk}"
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(api),
        allowed=readers,
        anonymous_statuses=(401,),
    )


def test_file_download(personas, client):
    from eiso.references.tests.conftest import make_external

    document = make_external(
        personas.iso,
        number="01/HD-SGDĐT",
        agency=personas.world.agency,
        file=SimpleUploadedFile("hd.pdf", b"%PDF-1.4\n%x\n"),
    )
    url = reverse("references:file", args=[document.pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=AGENCY_READERS)


def test_api_list(personas, client, docs):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get("/api/v1/external-documents"),
        allowed=SIGNED_IN,
        anonymous_statuses=(401,),
    )


@pytest.mark.parametrize(
    ("scope", "allowed"),
    [
        ("national", {"admin"}),
        ("province", PROVINCE_MANAGERS),
        ("agency", {"iso"}),
    ],
)
def test_create_by_scope(personas, client, docs, scope, allowed):
    world = personas.world
    key = {
        "national": "national",
        "province": f"province:{world.province.pk}",
        "agency": f"agency:{world.agency.pk}",
    }[scope]
    url = reverse("references:create")
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, _values(f"{p}/2025/NĐ-CP", key)),
        allowed=allowed,
        state=_state,
    )


@pytest.mark.parametrize(
    ("key", "allowed"),
    [("national", {"admin"}), ("province", PROVINCE_MANAGERS), ("agency", AGENCY_MANAGERS)],
)
def test_edit_by_scope(personas, client, docs, key, allowed):
    document = docs[key]
    url = reverse("references:edit", args=[document.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url, {**_values(document.number, ""), "title": f"Sửa bởi {p}", "kind": document.kind}
        ),
        allowed=allowed,
        state=_state,
    )


@pytest.mark.parametrize(
    ("key", "allowed"),
    [("national", {"admin"}), ("province", PROVINCE_MANAGERS), ("agency", AGENCY_MANAGERS)],
)
def test_status_change_by_scope(personas, client, docs, key, allowed):
    document = docs[key]
    url = reverse("references:status", args=[document.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url,
            {"status": "amended", "effective_date": "01/10/2026", "amended_by": f"{p}/2026/ND"},
        ),
        allowed=allowed,
        state=_state,
    )


def _xlsx(rows) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return SimpleUploadedFile("danh-muc.xlsx", stream.getvalue())


HEADER = ["Loại", "Số ký hiệu", "Trích yếu", "Cơ quan ban hành", "Ngày ban hành"]


def test_import_by_scope(personas, client, docs):
    world = personas.world
    url = reverse("references:import")
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url,
            {
                "scope": f"province:{world.province.pk}",
                "file": _xlsx([HEADER, ["Quyết định", f"{p}/QĐ-UBND", "Về việc", "UBND", ""]]),
            },
        ),
        allowed=PROVINCE_MANAGERS,
        state=_state,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("references:import_template")),
        allowed=CREATORS,
    )
