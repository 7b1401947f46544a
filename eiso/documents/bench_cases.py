"""Benchmark cases of controlled documents (issue 6): list, document, edition, downloads, API."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from eiso.bench.registry import Request, register_case
from eiso.documents.models import Document, Kind

API = "/api/v1"


def _procedure(ctx) -> Document | None:
    """The coordinator's agency's effective TTHC procedure with the most steps."""
    return (
        Document.objects.filter(
            agency=ctx.fixture("agency"),
            kind=Kind.PROCEDURE_TTHC,
            effective_edition__isnull=False,
        )
        .annotate(size=Count("effective_edition__steps"))
        .order_by("-size", "pk")
        .first()
    ) or Document.objects.filter(agency=ctx.fixture("agency")).order_by("pk").first()


def _edition_document(ctx):
    document = _procedure(ctx)
    assert document is not None, "the benchmark data has no controlled document"
    return document.pk


def _edition_id(ctx):
    document = _procedure(ctx)
    assert document is not None, "the benchmark data has no controlled document"
    return document.effective_edition_id or document.editions.order_by("-pk").first().pk


register_case(
    "Documents: list (ISO coordinator)",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("documents:index")),
)
register_case(
    "Documents: list, text filter",
    "search",
    lambda ctx: Request(ctx.user("staff"), reverse("documents:index"), params={"q": "quy trinh"}),
)
register_case(
    "Document page (editions, forms, amendments)",
    "detail",
    lambda ctx: Request(
        ctx.user("iso"), reverse("documents:detail", args=[_edition_document(ctx)])
    ),
)
register_case(
    "Edition page (steps, flowchart, workflow)",
    "detail",
    lambda ctx: Request(ctx.user("staff"), reverse("documents:edition", args=[_edition_id(ctx)])),
)
register_case(
    "Procedure DOCX",
    "docx",
    lambda ctx: Request(
        ctx.user("iso"), reverse("documents:download", args=[_edition_id(ctx), "docx"])
    ),
)
register_case(
    "Procedure PDF",
    "pdf",
    lambda ctx: Request(
        ctx.user("iso"), reverse("documents:download", args=[_edition_id(ctx), "pdf"])
    ),
)
register_case(
    "API /documents",
    "api",
    lambda ctx: Request(
        None,
        f"{API}/documents",
        params={"agency": str(ctx.fixture("agency").pk)},
        token=ctx.token("iso"),
    ),
)
