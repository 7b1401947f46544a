"""The one search service: `search(user, query, kinds=None, page=1)`.

Same behaviour on both databases; only the matching and ranking clause differs (engine per
vendor, below). Everything is filtered by eiso.search.scope before counting, so totals, kind
counts and pages never include what the user may not see. Five queries whatever the size of the
index: the user's access (two, cached per request), the counts per kind, the page's ids in rank
order, the page's entries (six when a kind is chosen and the query matches more than COUNT_LIMIT
entries).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Case, QuerySet, When
from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from eiso.search.models import SearchEntry
from eiso.search.scope import scope_filter
from eiso.search.sources import registry
from eiso.search.text import (
    Query,
    fold,
    fts5_expression,
    highlight,
    parse_query,
    snippet,
    tsquery_expression,
)

PAGE_SIZE = 20
COUNT_LIMIT = 1000
MAX_PAGE = COUNT_LIMIT // PAGE_SIZE
LEAD_LENGTH = 200


@dataclass
class Hit:
    kind: str
    kind_label: str | Promise
    object_id: str
    url: str
    title: SafeString
    code: SafeString
    snippet: SafeString
    state: str
    state_label: str | Promise
    agency_name: str
    updated: object
    part: str


@dataclass
class SearchResults:
    query: str
    terms: list[str]
    kinds: list[str]
    page: int
    page_size: int
    total: int
    # True when there were more than COUNT_LIMIT matches: total and kind counts are lower bounds.
    capped: bool = False
    hits: list[Hit] = field(default_factory=list)
    kind_counts: dict[str, int] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.page_size))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.page_size + 1 if self.hits else 0

    @property
    def end_index(self) -> int:
        return (self.page - 1) * self.page_size + len(self.hits)


# Engines -------------------------------------------------------------------------------------


def _matching(query: Query) -> tuple[QuerySet[SearchEntry], str]:
    """Entries matching `query` and the ORDER BY of their relevance (best first)."""
    entries = SearchEntry.objects.all()
    if connection.vendor == "postgresql":
        expression = tsquery_expression(query)
        entries = entries.extra(
            where=["search_vector @@ to_tsquery('simple'::regconfig, %s)"], params=[expression]
        ).extra(
            # The title vector is small: ranking 10,000 matches on it stays cheap (migration 0003).
            select={"rank": "ts_rank(title_vector, to_tsquery('simple'::regconfig, %s))"},
            select_params=[expression],
        )
        return entries, "-rank"
    expression = fts5_expression(query)
    entries = entries.extra(
        tables=["search_fts"],
        where=["search_fts.rowid = search_searchentry.id", "search_fts MATCH %s"],
        params=[expression],
    ).extra(select={"rank": "bm25(search_fts, 10.0, 1.0)"})
    return entries, "rank"


# The service ---------------------------------------------------------------------------------


def search(user, query: str, kinds: list[str] | None = None, page: int = 1) -> SearchResults:
    """Ranked entries the user may see that match `query` (accent- and đ/d-insensitive), with
    highlighted title and snippet (escaped HTML, matches in <mark>), `PAGE_SIZE` per page.
    `kinds` limits the results (unknown kinds are ignored); the counts per kind are over all
    kinds, for the filter chips."""
    parsed = parse_query(query)
    known = registry.kinds()
    selected = [k for k in (kinds or []) if k in known]
    page = max(1, min(int(page or 1), MAX_PAGE))
    results = SearchResults(
        query=(query or "").strip(),
        terms=parsed.terms,
        kinds=selected,
        page=page,
        page_size=PAGE_SIZE,
        total=0,
    )
    if not parsed:
        return results
    scope = scope_filter(user)
    if scope is None:
        return results
    matching, order = _matching(parsed)
    matching = matching.filter(scope, kind__in=known)
    # Counting every match of a broad query ("quy trinh" over a province) costs as much as the
    # search; past COUNT_LIMIT the counts are lower bounds ("1000+"), which is all a person needs.
    found = list(matching.values_list("kind", flat=True)[: COUNT_LIMIT + 1])
    results.capped = len(found) > COUNT_LIMIT
    counts = Counter(found[:COUNT_LIMIT])
    results.kind_counts = {kind: counts.get(kind, 0) for kind in known}
    if selected:
        matching = matching.filter(kind__in=selected)
        if results.capped:
            results.total = min(matching[: COUNT_LIMIT + 1].count(), COUNT_LIMIT)
        else:
            results.total = sum(n for kind, n in counts.items() if kind in selected)
    else:
        results.total = sum(counts.values())
    results.page = min(page, results.pages)
    offset = (results.page - 1) * PAGE_SIZE
    # Rank on narrow rows (ids only), then load the page's 20 entries: sorting 10,000 matches
    # with their text attached would read every text.
    ranked = (
        # A query that is exactly a code ("QT.05", "1.001234") puts that object first.
        matching.annotate(code_first=Case(When(code_folded=fold(query.strip()), then=0), default=1))
        .order_by("code_first", order, "-updated", "id")
        .values_list("id", flat=True)
    )
    ids = list(ranked[offset : offset + PAGE_SIZE]) if results.total else []
    loaded = (
        SearchEntry.objects.select_related("agency")
        .defer("title_folded", "body_folded", "code_folded")
        .in_bulk(ids)
        if ids
        else {}
    )
    page_rows = [loaded[pk] for pk in ids if pk in loaded]
    results.hits = [_hit(entry, parsed) for entry in page_rows]
    return results


def _hit(entry: SearchEntry, query: Query) -> Hit:
    source = registry.get(entry.kind)
    body_snippet = snippet(entry.body, query)
    if not body_snippet and entry.body:
        lead = " ".join(entry.body[: LEAD_LENGTH + 40].split())
        cut = lead[:LEAD_LENGTH]
        body_snippet = mark_safe(str(escape(cut)) + ("…" if len(lead) > LEAD_LENGTH else ""))  # noqa: S308
    agency = entry.agency
    return Hit(
        kind=entry.kind,
        kind_label=source.label if source else entry.kind,
        object_id=str(entry.object_id),
        url=entry.url,
        title=highlight(entry.title, query),
        code=highlight(entry.code, query),
        snippet=body_snippet,
        state=entry.state,
        state_label=source.state_label(entry.state) if source and entry.state else "",
        agency_name=(agency.short_name or agency.name) if agency else "",
        updated=entry.updated,
        part=entry.part,
    )
