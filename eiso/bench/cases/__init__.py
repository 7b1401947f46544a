"""The foundation's benchmark cases (organisation pages, core pages, the API, documents).

Later modules register theirs in `eiso/<app>/bench_cases.py`; see `eiso.bench.registry`.
"""

# Report order: pages, then the API, then heavy operations.
ORDER = ("foundation_pages", "foundation_api", "documents", "imports")
