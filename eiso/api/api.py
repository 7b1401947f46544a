"""The eiso REST API (django-ninja), mounted at /api/v1/; OpenAPI at /api/v1/openapi.json."""

from typing import Any

from django.utils.translation import get_language
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from eiso.api import errors
from eiso.api.auth import SessionAuth, TokenAuth
from eiso.api.routers import agencies, me, provinces

DESCRIPTION = """Read access to eiso's organisation data, scoped exactly as in the web app.

Authenticate with a personal API token: `Authorization: Bearer eiso_…`. Messages are in
Vietnamese unless the request says `Accept-Language: en`. Lists take `limit` (1–100) and `offset`
and return `{"count", "limit", "offset", "items"}`. Errors are `{"detail", "code"}`, plus `errors`
(one entry per invalid parameter) on 422."""


class CachedSchemaAPI(NinjaAPI):
    """Builds the OpenAPI schema once per path and language instead of on every request (it costs
    tens of milliseconds of CPU and only changes with the code)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._schema_cache: dict[tuple[str | None, str | None, str], Any] = {}

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        key = (path_prefix, get_language(), repr(sorted((path_params or {}).items())))
        if key not in self._schema_cache:
            self._schema_cache[key] = super().get_openapi_schema(
                path_prefix=path_prefix, path_params=path_params
            )
        return self._schema_cache[key]


class Utf8JSONRenderer(JSONRenderer):
    """Vietnamese text as UTF-8, not \\u escapes: readable in curl and half the size."""

    json_dumps_params = {"ensure_ascii": False}


api = CachedSchemaAPI(
    title="eiso API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
    auth=[TokenAuth(), SessionAuth()],
    renderer=Utf8JSONRenderer(),
)
errors.install(api)
api.add_router("", me.router)
api.add_router("", provinces.router)
api.add_router("", agencies.router)
api.add_router("", "eiso.objectives.api.router")
api.add_router("", "eiso.plans.api.router")
api.add_router("", "eiso.documents.api.router")
api.add_router("", "eiso.distribution.api.router")
api.add_router("", "eiso.records.api.router")
api.add_router("", "eiso.references.api.router")
api.add_router("", "eiso.procedures.api.router")
api.add_router("", "eiso.standards.api.router")
api.add_router("", "eiso.risks.api.router")
api.add_router("", "eiso.audits.api.router")
api.add_router("", "eiso.nonconformities.api.router")
api.add_router("", "eiso.search.api.router")
