"""Step "search": after every other step has written its data (in bulk, without domain events),
build the search index over it: controlled documents, external documents and TTHC."""

from __future__ import annotations

from eiso.demo.context import Context
from eiso.demo.pipeline import step
from eiso.search import indexing


@step("search", order=95, per_province=False)
def build_search_index(ctx: Context) -> None:
    ctx.writer.flush()  # the bulk rows of the earlier steps must be in the tables
    written = indexing.reindex()
    ctx.log("  " + ", ".join(f"{kind}: {count}" for kind, count in written.items()) + " (tìm kiếm)")
