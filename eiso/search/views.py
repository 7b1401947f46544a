"""The search results page (and its htmx partial for live results)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from eiso.search import services
from eiso.search.sources import registry

MAX_QUERY = 200


def _page(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() and len(raw) < 6 else 1


@require_safe
@login_required
def index(request):
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY]
    kind = request.GET.get("kind") or ""
    kinds = [kind] if kind in registry.kinds() else []
    results = services.search(request.user, query, kinds=kinds, page=_page(request.GET.get("page")))
    chips = [
        {"kind": name, "label": registry.sources[name].label, "count": count}
        for name, count in results.kind_counts.items()
    ]
    context = {
        "query": query,
        "kind": kinds[0] if kinds else "",
        "results": results,
        "chips": chips,
        "all_count": sum(results.kind_counts.values()),
    }
    template = "search/partials/results.html" if request.htmx else "search/index.html"
    return render(request, template, context)
