"""External-document pages: search, filters, detail, status page, import errors, query counts."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from eiso.references import services
from eiso.references.models import ExternalDocument, Status
from eiso.references.tests.conftest import make_external

pytestmark = pytest.mark.django_db


def test_search_ignores_accents_and_filters(personas, client, docs):
    client.force_login(personas.staff)
    response = client.get(reverse("references:index"), {"q": "cong tac van thu"})
    assert "30/2020/NĐ-CP" in response.content.decode()
    assert "12/2024/QĐ-UBND" not in response.content.decode()
    response = client.get(reverse("references:index"), {"scope": "province"})
    body = response.content.decode()
    assert "12/2024/QĐ-UBND" in body and "30/2020/NĐ-CP" not in body
    response = client.get(reverse("references:index"), {"kind": "decree", "issuer": "Chính phủ"})
    assert "30/2020/NĐ-CP" in response.content.decode()
    # An unknown filter value is ignored, never an error page.
    assert client.get(reverse("references:index"), {"status": "bogus"}).status_code == 200


def test_export_has_the_visible_rows(personas, client, docs):
    client.force_login(personas.other_agency)
    response = client.get(reverse("references:export"))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    numbers = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert numbers == sorted(["30/2020/NĐ-CP", "12/2024/QĐ-UBND", "07/HD-SYT"])


def test_detail_shows_history_and_chain(personas, client, docs):
    old = docs["national"]
    new = make_external(personas.admin, number="99/2026/NĐ-CP", title="Về công tác văn thư mới")
    services.external_change_status(
        actor=personas.admin,
        document=old,
        status=Status.REPLACED,
        effective_date=dt.date(2026, 12, 1),
        replaced_by=new,
    )
    client.force_login(personas.staff)
    body = client.get(reverse("references:detail", args=[old.pk])).content.decode()
    assert "99/2026/NĐ-CP" in body
    assert "01/12/2026" in body
    body = client.get(reverse("references:detail", args=[new.pk])).content.decode()
    assert "30/2020/NĐ-CP" in body  # "replaces"


def test_bad_status_form_keeps_input_and_changes_nothing(personas, client, docs):
    client.force_login(personas.admin)
    url = reverse("references:status", args=[docs["national"].pk])
    response = client.post(url, {"status": "replaced", "effective_date": "01/10/2026"})
    assert response.status_code == 200
    assert 'value="01/10/2026"' in response.content.decode()
    docs["national"].refresh_from_db()
    assert docs["national"].status == Status.IN_FORCE


def test_create_with_executable_keeps_input(personas, client):
    client.force_login(personas.admin)
    response = client.post(
        reverse("references:create"),
        {
            "scope": "national",
            "kind": "law",
            "number": "43/2019/QH14",
            "title": "Luật Giáo dục",
            "issuer": "Quốc hội",
            "file": SimpleUploadedFile("luat.pdf", b"MZ" + b"\x00" * 100),
        },
    )
    assert response.status_code == 200
    assert "43/2019/QH14" in response.content.decode()
    assert not ExternalDocument.objects.exists()


def _xlsx(rows) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return SimpleUploadedFile("danh-muc.xlsx", stream.getvalue())


HEADER = ["Loại", "Số ký hiệu", "Trích yếu", "Cơ quan ban hành", "Ngày ban hành", "Ngày hiệu lực"]
GOOD = [
    ["Luật", "43/2019/QH14", "Luật Giáo dục", "Quốc hội", "14/06/2019", "01/07/2020"],
    ["nghị định", "23/2015/NĐ-CP", "Về cấp bản sao", "Chính phủ", dt.date(2015, 2, 16), None],
]


def _import(client, scope, rows):
    return client.post(reverse("references:import"), {"scope": scope, "file": _xlsx(rows)})


def test_import_is_all_or_nothing_with_row_errors(personas, client):
    client.force_login(personas.admin)
    rows = [
        HEADER,
        *GOOD,
        ["Sắc lệnh", "1/SL", "X", "Y", "", ""],
        ["Luật", "", "Thiếu số", "Quốc hội", "31/02/2020", ""],
        ["Luật", "43/2019/qh14", "Trùng", "Quốc hội", "", ""],
    ]
    response = _import(client, "national", rows)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Dòng 4" in body and "Dòng 5" in body and "Dòng 6" in body
    assert not ExternalDocument.objects.exists()


def test_import_row_breaking_a_rule_names_row_and_column(personas, client, docs):
    client.force_login(personas.admin)
    rows = [
        HEADER,
        ["Nghị định", "30/2020/nd-cp", "Về công tác văn thư", "Chính phủ", "05/03/2020", ""],
        ["Luật", "1/2026/QH16", "Luật mới", "Quốc hội", "10/05/2026", "01/05/2026"],
    ]
    body = _import(client, "national", rows).content.decode()
    assert "Dòng 3, cột “Ngày hiệu lực”: Văn bản không thể có hiệu lực trước ngày ban hành." in body
    assert ExternalDocument.objects.filter(province__isnull=True).count() == 1
    # Without the bad row, the first row updates the registered document (accents ignored).
    assert _import(client, "national", rows[:2]).status_code == 302
    national = ExternalDocument.objects.get(province__isnull=True)
    assert national.number == "30/2020/NĐ-CP" and national.issued_date == dt.date(2020, 3, 5)


def test_import_creates_then_is_idempotent(personas, client):
    client.force_login(personas.admin)
    assert _import(client, "national", [HEADER, *GOOD]).status_code == 302
    assert ExternalDocument.objects.count() == 2
    law = ExternalDocument.objects.get(number="43/2019/QH14")
    assert law.kind == "law" and law.effective_date == dt.date(2020, 7, 1)
    updated_at = law.updated_at
    assert _import(client, "national", [HEADER, *GOOD]).status_code == 302
    law.refresh_from_db()
    assert ExternalDocument.objects.count() == 2 and law.updated_at == updated_at


def test_import_rejects_a_file_that_is_not_excel(personas, client):
    client.force_login(personas.admin)
    response = client.post(
        reverse("references:import"),
        {"scope": "national", "file": SimpleUploadedFile("a.xlsx", b"%PDF-1.4 nope")},
    )
    assert response.status_code == 200
    assert not ExternalDocument.objects.exists()


def _grow(personas, n: int) -> None:
    world = personas.world
    start = ExternalDocument.objects.count()
    for i in range(n):
        document = make_external(
            personas.province_admin,
            number=f"{start + i}/2025/QĐ-UBND",
            province=world.province,
        )
        if i % 2:
            services.external_change_status(
                actor=personas.province_admin,
                document=document,
                status=Status.AMENDED,
                effective_date=dt.date(2026, 1, 1),
                amended_by="1/2026/QĐ-UBND",
            )


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "url", [reverse("references:index"), "/api/v1/external-documents?limit=50"]
)
def test_list_query_count_is_constant(personas, client, docs, url):
    client.force_login(personas.staff)
    _grow(personas, 3)
    small = _count(client, url)
    _grow(personas, 30)
    assert _count(client, url) == small


def test_detail_query_count_is_constant(personas, client, docs):
    client.force_login(personas.staff)
    document = docs["province"]
    url = reverse("references:detail", args=[document.pk])
    services.external_change_status(
        actor=personas.province_admin,
        document=document,
        status=Status.AMENDED,
        effective_date=dt.date(2025, 1, 1),
        amended_by="1/2025/QĐ-UBND",
    )
    small = _count(client, url)
    for year in range(2026, 2036):
        services.external_change_status(
            actor=personas.province_admin,
            document=document,
            status=Status.AMENDED,
            effective_date=dt.date(year, 1, 1),
            amended_by=f"1/{year}/QĐ-UBND",
        )
    assert _count(client, url) == small


def _citing_document(agency, unit, code, external):
    from eiso.documents.models import Document, Edition, EditionCitation, Kind, State

    document = Document.objects.create(
        agency=agency,
        owner_unit=unit,
        kind=Kind.PROCEDURE_TTHC,
        code=code,
        title=f"Quy trình {code}",
    )
    edition = Edition.objects.create(
        document=document, issue_number=1, state=State.EFFECTIVE, effective_date=dt.date(2026, 1, 5)
    )
    EditionCitation.objects.create(edition=edition, external_document=external)
    return document


def test_detail_lists_the_citing_documents_the_user_may_see(personas, client, docs):
    world = personas.world
    national = docs["national"]
    _citing_document(world.agency, world.division, "QT.01", national)
    _citing_document(world.other_agency, world.other_unit, "QT.77", national)
    url = reverse("references:detail", args=[national.pk])
    client.force_login(personas.staff)
    body = client.get(url).content.decode()
    assert "QT.01" in body and "QT.77" not in body
    client.force_login(personas.dost)
    body = client.get(url).content.decode()
    assert "QT.01" in body and "QT.77" in body


def test_the_template_imports_as_is(personas, client):
    client.force_login(personas.admin)
    template = client.get(reverse("references:import_template"))
    content = b"".join(template.streaming_content)
    upload = SimpleUploadedFile("mau.xlsx", content)
    response = client.post(reverse("references:import"), {"scope": "national", "file": upload})
    assert response.status_code == 302
    document = ExternalDocument.objects.get()
    assert document.number == "19/2014/QĐ-TTg"
    assert document.effective_date == dt.date(2014, 5, 18)


def test_history_page_follows_visibility(personas, client, docs):
    from eiso.core.history import url_for

    url = url_for(docs["agency"])
    client.force_login(personas.staff)
    assert client.get(url).status_code == 200
    client.force_login(personas.other_agency)
    assert client.get(url).status_code == 404
