"""limit/offset pagination with a total count, the same envelope for every list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from django.conf import settings
from django.db.models import QuerySet
from ninja import Field, Schema
from pydantic import create_model

MAX_LIMIT = 100
# Python ints are unbounded, SQL integers are not: a huge offset must be a 422, not a 500.
MAX_OFFSET = 1_000_000_000


class PageParams(Schema):
    limit: int = Field(
        settings.EISO_PAGE_SIZE,
        ge=1,
        le=MAX_LIMIT,
        description=f"Items per page (1–{MAX_LIMIT}).",
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")


def page_schema(item: type[Schema], name: str) -> type[Schema]:
    """A named page schema (`{"count", "limit", "offset", "items"}`) for the OpenAPI document."""
    return create_model(
        name,
        __base__=Schema,
        count=(int, Field(..., description="Items matching the filters, on every page.")),
        limit=(int, ...),
        offset=(int, ...),
        # list[item]: the item type is a run-time value here, which mypy cannot read as a type.
        items=(cast(Any, list)[item], ...),
    )


def paginate(
    queryset: QuerySet, params: PageParams, serialize: Callable[[Any], dict]
) -> dict[str, Any]:
    """One COUNT and one page query, whatever the size of the data."""
    count = queryset.count()
    rows = queryset[params.offset : params.offset + params.limit]
    return {
        "count": count,
        "limit": params.limit,
        "offset": params.offset,
        "items": [serialize(row) for row in rows],
    }
