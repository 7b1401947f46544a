"""The OpenAPI document describes every endpoint; the docs page is CSP-safe and CDN-free."""

import re

import pytest

# The foundation, objectives and plans endpoints; every module adds its own (tested in its app).
PATHS = {
    "/api/v1/me",
    "/api/v1/provinces",
    "/api/v1/agencies",
    "/api/v1/agencies/{agency_id}",
    "/api/v1/agencies/{agency_id}/units",
    "/api/v1/agencies/{agency_id}/people",
    "/api/v1/agencies/{agency_id}/roles",
    "/api/v1/objectives",
    "/api/v1/objectives/{objective_id}",
    "/api/v1/objectives/{objective_id}/measurements",
    "/api/v1/plans",
    "/api/v1/plans/{plan_id}",
    "/api/v1/plans/{plan_id}/tasks",
}


@pytest.fixture
def schema(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_openapi_lists_every_path_with_its_errors(schema):
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "eiso API"
    assert schema["info"]["version"] == "1"
    assert set(schema["paths"]) >= PATHS
    for path, operations in schema["paths"].items():
        assert path.startswith("/api/v1/"), path
        for method, operation in operations.items():
            responses = set(operation["responses"])
            assert {"401"} <= responses, (method, path)
            if method == "get":
                assert {"200", "422"} <= responses, path
            if "{agency_id}" in path:
                assert "404" in responses, path


def test_the_schema_is_built_once_per_language(client, db, monkeypatch):
    from eiso.api import api as api_module

    built = []
    original = api_module.NinjaAPI.get_openapi_schema

    def counting(self, **kwargs):
        built.append(kwargs)
        return original(self, **kwargs)

    monkeypatch.setattr(api_module.NinjaAPI, "get_openapi_schema", counting)
    monkeypatch.setattr(api_module.api, "_schema_cache", {})
    first = client.get("/api/v1/openapi.json").json()
    assert client.get("/api/v1/openapi.json").json() == first
    assert len(built) == 1
    english = client.get("/api/v1/openapi.json", HTTP_ACCEPT_LANGUAGE="en").json()
    assert len(built) == 2
    assert set(english["paths"]) == set(first["paths"])


def test_openapi_declares_token_and_session_security(schema):
    schemes = schema["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["TokenAuth"].items()
    assert schemes["SessionAuth"]["in"] == "cookie"
    assert schema["paths"]["/api/v1/me"]["get"]["security"] == [
        {"TokenAuth": []},
        {"SessionAuth": []},
    ]


def test_openapi_documents_filter_choices_and_page_bounds(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/agencies"]["get"]["parameters"]}
    assert {"kind", "status", "province", "q", "active", "limit", "offset"} <= set(parameters)
    assert parameters["limit"]["schema"]["maximum"] == 100
    kinds = schema["components"]["schemas"]["AgencyKind"]["enum"]
    assert "department" in kinds


def test_index_points_to_the_openapi_document(client, db):
    assert client.get("/api/v1/").json() == {
        "name": "eiso API",
        "version": "1",
        "openapi": "http://testserver/api/v1/openapi.json",
        "docs": "http://testserver/api/v1/docs",
    }


def test_docs_page_uses_local_assets_and_no_inline_script(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "cdn." not in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    # Only a JSON data block may sit inline; every executable script is a static file.
    for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S):
        assert "src=" in attributes or 'type="application/json"' in attributes, attributes
        if "src=" in attributes:
            assert body.strip() == ""
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
