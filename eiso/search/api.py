"""Search API: `GET /api/v1/search?q=&kind=&page=`, scoped exactly as the search page.

Titles, codes and snippets are escaped HTML in which the matches are wrapped in <mark>.
"""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Query, Router, Schema

from eiso.api.errors import DETAIL_RESPONSES
from eiso.search import services

router = Router(tags=["search"])


class SearchParams(Schema):
    q: str = Field("", max_length=200, description="Words to find; accents are optional.")
    kind: list[str] = Field(
        default_factory=list, description="Only these kinds: document, external, tthc."
    )
    page: int = Field(
        1, ge=1, le=services.MAX_PAGE, description="Page (20 results per page, at most 50 pages)."
    )


class HitOut(Schema):
    kind: str
    kind_label: str
    object_id: uuid.UUID
    part: str = Field(..., description='"draft" for the open draft of a document, else "".')
    url: str
    title_html: str
    code_html: str
    snippet_html: str
    state: str
    state_label: str
    agency: str
    updated: dt.datetime


class SearchOut(Schema):
    query: str
    count: int = Field(..., description="Results the caller may see, over every page.")
    capped: bool = Field(
        ..., description="More results than counted: count and kind_counts are lower bounds."
    )
    page: int
    pages: int
    kind_counts: dict[str, int]
    items: list[HitOut]


@router.get("/search", response={200: SearchOut, **DETAIL_RESPONSES})
def search(request, params: Query[SearchParams]):
    """Ranked results over controlled documents, external documents and TTHC the caller may see."""
    results = services.search(request.auth, params.q, kinds=params.kind, page=params.page)
    return {
        "query": results.query,
        "count": results.total,
        "capped": results.capped,
        "page": results.page,
        "pages": results.pages,
        "kind_counts": results.kind_counts,
        "items": [
            {
                "kind": hit.kind,
                "kind_label": str(hit.kind_label),
                "object_id": hit.object_id,
                "part": hit.part,
                "url": hit.url,
                "title_html": str(hit.title),
                "code_html": str(hit.code),
                "snippet_html": str(hit.snippet),
                "state": hit.state,
                "state_label": str(hit.state_label),
                "agency": hit.agency_name,
                "updated": hit.updated,
            }
            for hit in results.hits
        ],
    }
