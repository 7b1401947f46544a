"""The results page and the API: who may use them, what they show, query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

URL = reverse("search:index")
API = "/api/v1/search"
EVERYONE = {
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


@pytest.fixture
def agency_notes(notes, world):
    notes.add("Quy trình cấp bản sao văn bằng", "Bước 1: tiếp nhận hồ sơ", agency=world.agency)
    notes.add("Đăng ký dự thi", "hồ sơ đăng ký", agency=world.agency, code="QT.07")
    return notes


def test_page_matrix(personas, client, agency_notes):
    check_matrix(
        personas, client, request=lambda c, p: c.get(URL, {"q": "quy trinh"}), allowed=EVERYONE
    )


def test_api_matrix(personas, client, agency_notes):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(API, {"q": "quy trinh"}),
        allowed=EVERYONE,
        anonymous_statuses=(401,),
    )


def test_results_page_keeps_the_query_and_marks_matches(personas, client, agency_notes):
    client.force_login(personas.staff)
    html = client.get(URL, {"q": "cap ban sao"}).content.decode()
    assert 'value="cap ban sao"' in html
    assert "<mark>cấp bản sao</mark> văn bằng" in html
    assert "1 kết quả cho “cap ban sao”" in html
    assert "Ghi chú" in html and "Tất cả" in html
    assert 'role="search"' in html


def test_other_agency_sees_nothing_of_the_agency(personas, client, agency_notes):
    client.force_login(personas.other_agency)
    html = client.get(URL, {"q": "quy trinh cap ban sao"}).content.decode()
    assert "văn bằng" not in html
    assert "Không tìm thấy kết quả cho “quy trinh cap ban sao”" in html
    body = client.get(API, {"q": "dang ky"}).json()
    assert body["count"] == 0 and body["items"] == []


def test_empty_state_offers_hints_and_the_start_page_asks(personas, client, agency_notes):
    client.force_login(personas.staff)
    html = client.get(URL, {"q": "khong co gi", "kind": "note"}).content.decode()
    assert "Không tìm thấy kết quả" in html
    assert "Tìm trong mọi loại" in html
    start = client.get(URL).content.decode()
    assert "Bạn muốn tìm gì?" in start


def test_kind_filter_and_htmx_partial(personas, client, agency_notes):
    client.force_login(personas.staff)
    response = client.get(URL, {"q": "ho so", "kind": "note"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert 'aria-current="true"' in html
    assert "2 kết quả" in html


def test_bad_parameters_never_fail(personas, client, agency_notes):
    client.force_login(personas.staff)
    for params in (
        {"q": "x" * 5000},
        {"q": '"*-NEAR(', "page": "abc"},
        {"q": "quy", "page": "999999999999"},
        {"q": "quy", "kind": "<script>"},
    ):
        assert client.get(URL, params).status_code == 200
    assert client.get(API, {"q": "x" * 300}).status_code == 422
    assert client.get(API, {"q": "quy", "page": 0}).status_code == 422


def test_api_returns_ranked_marked_items(personas, client, agency_notes):
    client.force_login(personas.staff)
    body = client.get(API, {"q": "QT.07", "kind": ["note", "document"]}).json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["code_html"] == "<mark>QT</mark>.<mark>07</mark>"
    assert item["title_html"] == "Đăng ký dự thi"
    assert item["agency"] == "Sở Giáo dục và Đào tạo"
    assert body["kind_counts"]["note"] == 1


def _page_queries(client, user) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, {"q": "quy trinh"}).status_code == 200
    return len(queries)


def test_page_query_count_is_constant(personas, client, notes, world):
    for n in range(2):
        notes.add(f"Quy trình {n}", agency=world.agency)
    small = _page_queries(client, personas.staff)
    for n in range(40):
        notes.add(f"Quy trình thêm {n}", "quy trình", agency=world.agency)
    assert _page_queries(client, personas.staff) == small


def test_api_is_documented(personas, client):
    client.force_login(personas.staff)
    schema = client.get("/api/v1/openapi.json").json()
    parameters = schema["paths"]["/api/v1/search"]["get"]["parameters"]
    assert {p["name"] for p in parameters} == {"q", "kind", "page"}
