"""The REST API of the foundation, called with personal API tokens as a script would."""

from __future__ import annotations

from eiso.bench.registry import Request, register_case

API = "/api/v1"


def _agency_api(ctx, suffix: str = "", persona: str = "iso", **params) -> Request:
    path = f"{API}/agencies/{ctx.fixture('agency').pk}{suffix}"
    return Request(None, path, params=params, token=ctx.token(persona))


register_case("API /me", "api", lambda ctx: Request(None, f"{API}/me", token=ctx.token("iso")))
register_case(
    "API /provinces",
    "api",
    lambda ctx: Request(None, f"{API}/provinces", token=ctx.token("admin")),
)
register_case(
    "API /agencies (first page)",
    "api",
    lambda ctx: Request(None, f"{API}/agencies", params={"limit": "100"}, token=ctx.token("dost")),
)
register_case(
    "API /agencies (page 2)",
    "api",
    lambda ctx: Request(
        None,
        f"{API}/agencies",
        params={"limit": "100", "offset": "100"},
        token=ctx.token("dost"),
    ),
)
register_case(
    "API /agencies (search)",
    "api",
    lambda ctx: Request(None, f"{API}/agencies", params={"q": "xã"}, token=ctx.token("dost")),
)
register_case("API /agencies/{id}", "api", lambda ctx: _agency_api(ctx))
register_case(
    "API /agencies/{id}/units", "api", lambda ctx: _agency_api(ctx, "/units", limit="100")
)
register_case(
    "API /agencies/{id}/people", "api", lambda ctx: _agency_api(ctx, "/people", limit="100")
)
register_case(
    "API /agencies/{id}/people (DOST overseer)",
    "api",
    lambda ctx: _agency_api(ctx, "/people", persona="dost", limit="100", offset="100"),
)
register_case(
    "API /agencies/{id}/roles", "api", lambda ctx: _agency_api(ctx, "/roles", limit="100")
)
register_case(
    "API openapi.json",
    "api",
    lambda ctx: Request(None, f"{API}/openapi.json", token=ctx.token("staff")),
)
