"""Bad input is a 4xx with one JSON shape and a clear (Vietnamese) message, never a 500."""

import pytest

from eiso.organizations.models import AgencyKind, QMSStatus

INVALID = "Yêu cầu có giá trị không hợp lệ."


def _invalid(response):
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["detail"] == INVALID
    assert body["code"] == "invalid"
    return body["errors"]


@pytest.mark.parametrize("suffix", ["", "/units", "/people", "/roles"])
def test_malformed_id_is_422_naming_the_parameter(call, world, suffix):
    errors = _invalid(call("iso", f"/api/v1/agencies/not-a-uuid{suffix}"))
    assert errors == [
        {"location": "path", "field": "agency_id", "message": "Nhập mã định danh hợp lệ (UUID)."}
    ]


def test_unknown_id_is_404(call, world):
    response = call("admin", "/api/v1/agencies/00000000-0000-4000-8000-000000000000")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_unknown_kind_lists_the_allowed_values(call, world):
    errors = _invalid(call("iso", "/api/v1/agencies?kind=bakery"))
    allowed = [value for value, _label in AgencyKind.choices]
    assert errors == [
        {
            "location": "query",
            "field": "kind",
            "message": "Giá trị không hợp lệ. Các giá trị được phép: " + ", ".join(allowed) + ".",
            "allowed": allowed,
        }
    ]


def test_unknown_status_lists_the_allowed_values(call, world):
    errors = _invalid(call("iso", "/api/v1/agencies?status=finished"))
    assert errors[0]["field"] == "status"
    assert errors[0]["allowed"] == [value for value, _label in QMSStatus.choices]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("limit=101", "limit", "Nhập một số nhỏ hơn hoặc bằng 100."),
        ("limit=0", "limit", "Nhập một số lớn hơn hoặc bằng 1."),
        ("limit=ten", "limit", "Nhập một số nguyên."),
        ("offset=-1", "offset", "Nhập một số lớn hơn hoặc bằng 0."),
        ("offset=99999999999999999999999", "offset", "Nhập một số nhỏ hơn hoặc bằng 1000000000."),
        ("limit=1.5", "limit", "Nhập một số nguyên."),
        ("province=33", "province", "Nhập mã định danh hợp lệ (UUID)."),
        ("active=maybe", "active", "Nhập true hoặc false."),
        ("q=" + "a" * 101, "q", "Nhập tối đa 100 ký tự."),
    ],
)
def test_bad_query_values(call, world, query, field, message):
    errors = _invalid(call("iso", f"/api/v1/agencies?{query}"))
    assert errors == [{"location": "query", "field": field, "message": message}]


def test_every_bad_value_is_reported_at_once(call, world):
    errors = _invalid(call("iso", "/api/v1/agencies?kind=x&limit=500&offset=-3"))
    assert [e["field"] for e in errors] == ["kind", "limit", "offset"]


def test_english_messages_when_asked(call, world):
    response = call("iso", "/api/v1/agencies?limit=500", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    assert response.json() == {
        "detail": "The request has invalid values.",
        "code": "invalid",
        "errors": [
            {
                "location": "query",
                "field": "limit",
                "message": "Enter a number less than or equal to 100.",
            }
        ],
    }


def test_unknown_path_is_a_json_404(call, world):
    for url in ("/api/v1/nothing-here", "/api/v1/agencies/x/y/z"):
        response = call("iso", url)
        assert response.status_code == 404
        assert response.json() == {
            "detail": "Không tìm thấy, hoặc bạn không có quyền truy cập.",
            "code": "not_found",
        }


def test_unexpected_error_is_a_json_500_without_internals(call, world, monkeypatch):
    from eiso.api.routers import provinces

    def broken(user):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(provinces, "provinces_for_user", broken)
    response = call("iso", "/api/v1/provinces")
    assert response.status_code == 500
    assert response.json() == {
        "detail": "Hệ thống gặp sự cố. Vui lòng thử lại sau.",
        "code": "server_error",
    }
