"""Benchmark cases of distribution, read acknowledgement and periodic review (issue 6)."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from eiso.bench.registry import Call, Request, register_case
from eiso.documents.models import Document

API = "/api/v1"


def _widest_document(ctx):
    """The coordinator's agency's effective document asked of the most people."""
    return (
        Document.objects.filter(agency=ctx.fixture("agency"), effective_edition__isnull=False)
        .annotate(size=Count("acknowledgements"))
        .order_by("-size", "pk")
        .first()
    )


def _workbook(ctx) -> bytes:
    from eiso.distribution import selectors
    from eiso.distribution.exports import acknowledgements_workbook

    document = _widest_document(ctx)
    rows = selectors.acknowledgements_of(document)
    return acknowledgements_workbook(document, rows, selectors.ack_counts(document))


register_case(
    "Read acknowledgement and review: overview (ISO coordinator)",
    "page",
    lambda ctx: Request(ctx.user("iso"), reverse("distribution:index")),
)
register_case(
    "Read acknowledgement: overview (staff)",
    "page",
    lambda ctx: Request(ctx.user("staff"), reverse("distribution:index")),
)
register_case(
    "Read acknowledgement: status of the widest document",
    "detail",
    lambda ctx: Request(
        ctx.user("iso"), reverse("distribution:document", args=[_widest_document(ctx).pk])
    ),
)
register_case(
    "Read acknowledgement: status, Excel export",
    "export",
    lambda ctx: Call(lambda: _workbook(ctx)),
)
register_case(
    "API /distribution/acknowledgements/mine (staff)",
    "api",
    lambda ctx: Request(
        None, f"{API}/distribution/acknowledgements/mine", token=ctx.token("staff")
    ),
)
register_case(
    "API /distribution/review-tasks (ISO coordinator)",
    "api",
    lambda ctx: Request(None, f"{API}/distribution/review-tasks", token=ctx.token("iso")),
)
