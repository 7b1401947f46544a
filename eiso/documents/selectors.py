"""Reads of controlled documents, always scoped to what the user may see.

Other modules call: `visible_documents`, `get_document_for_user_or_404`,
`current_effective_edition`, `documents_citing`, `procedure_steps`, `effective_record_items`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.db.models import F, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Concat
from django.http import Http404

from eiso.documents.models import (
    OPEN_STATES,
    Document,
    Edition,
    EditionCitation,
    ProcedureStep,
    RecordItem,
    State,
)
from eiso.documents.permissions import visible_documents, visible_editions
from eiso.organizations.search import Fold, fold

__all__ = [
    "current_effective_edition",
    "document_list",
    "documents_citing",
    "edition_detail",
    "effective_record_items",
    "get_document_for_user_or_404",
    "get_edition_for_user_or_404",
    "procedure_steps",
    "visible_documents",
    "visible_editions",
]


def _uuid(value) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError) as error:
        raise Http404 from error


def get_document_for_user_or_404(user, document_id) -> Document:
    pk = _uuid(document_id)
    document = (
        visible_documents(user)
        .select_related("agency", "owner_unit", "parent", "effective_edition", "latest_edition")
        .filter(pk=pk)
        .first()
    )
    if document is None:
        raise Http404
    return document


def get_edition_for_user_or_404(user, edition_id) -> Edition:
    pk = _uuid(edition_id)
    edition = (
        visible_editions(user)
        .select_related("document__agency", "document__owner_unit", "locked_by")
        .filter(pk=pk)
        .first()
    )
    if edition is None:
        raise Http404
    return edition


def current_effective_edition(document: Document) -> Edition | None:
    return document.editions.filter(state=State.EFFECTIVE).first()


def open_edition(document: Document) -> Edition | None:
    return document.editions.filter(state__in=OPEN_STATES).first()


def documents_citing(external_document_ids: Iterable) -> QuerySet[Document]:
    """Documents whose current effective or open edition cites any of these external documents.

    Not scoped to a user: callers (references, distribution) filter by what they may show.
    """
    ids = list(external_document_ids)
    editions = EditionCitation.objects.filter(
        external_document_id__in=ids,
        edition__state__in=[State.EFFECTIVE, *OPEN_STATES],
    ).values("edition__document_id")
    return Document.objects.filter(pk__in=editions)


def procedure_steps(edition: Edition) -> list[ProcedureStep]:
    return list(edition.steps.order_by("order"))


def effective_record_items(*, agency, unit=None) -> QuerySet[RecordItem]:
    """Records to keep from the agency's effective editions (of `unit` and the units under it:
    records owned by the unit, or by documents the unit owns when the record names no unit)."""
    queryset = RecordItem.objects.filter(
        edition__state=State.EFFECTIVE, edition__document__agency=agency
    ).select_related("edition__document", "owner_unit")
    if unit is not None:
        queryset = queryset.filter(
            Q(owner_unit__path__startswith=unit.path)
            | Q(owner_unit__isnull=True, edition__document__owner_unit__path__startswith=unit.path)
        )
    return queryset.order_by("edition__document__code", "order")


def document_list(
    user,
    *,
    agency=None,
    kind: str = "",
    state: str = "",
    unit=None,
    text: str = "",
) -> QuerySet[Document]:
    """Visible documents filtered; `state` is the state of the latest edition."""
    queryset = visible_documents(user)
    if agency is not None:
        queryset = queryset.filter(agency=agency)
    if kind:
        queryset = queryset.filter(kind=kind)
    if state:
        queryset = queryset.filter(latest_edition__state=state)
    if unit is not None:
        queryset = queryset.filter(owner_unit__path__startswith=unit.path)
    words = fold(text or "").split()
    if words:
        queryset = queryset.annotate(_folded=Fold(Concat("code", Value(" "), "title")))
        for word in words[:8]:
            queryset = queryset.filter(_folded__contains=word)
    # A form follows the procedure it belongs to: QT.01, BM.01-QT.01, BM.02-QT.01, QT.02…
    return (
        queryset.select_related(
            "agency", "owner_unit", "effective_edition", "latest_edition", "parent"
        )
        .annotate(_group=Coalesce("parent__code", "code"))
        .order_by("_group", F("parent_id").asc(nulls_first=True), "code", "pk")
    )


def edition_detail(edition: Edition) -> Edition:
    """The edition with its rows loaded (steps, records, amendments, citations, references)."""
    return (
        Edition.objects.filter(pk=edition.pk)
        .select_related("document__agency", "document__owner_unit", "locked_by")
        .prefetch_related(
            Prefetch("steps", queryset=ProcedureStep.objects.order_by("order")),
            Prefetch("records", queryset=RecordItem.objects.select_related("owner_unit")),
            "amendments",
            "notes",
            Prefetch(
                "citations",
                queryset=EditionCitation.objects.select_related("external_document"),
            ),
            "referenced_documents",
        )
        .get()
    )
