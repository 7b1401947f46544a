"""Controlled documents: the text readers find (the current effective edition, or the last one
when the document is no longer in force) and the open draft, found only by those who may work on
drafts (see eiso.search.scope).

The text of an edition is its code and title, the structured sections, the steps table, the
records to keep, the external documents it cites, the TTHC it implements and the text extracted
from an uploaded Word/PDF file.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from eiso.documents.models import (
    OPEN_STATES,
    Document,
    Edition,
    EditionCitation,
    ProcedureStep,
    RecordItem,
    State,
)
from eiso.search.models import Audience
from eiso.search.sources import EntryData, id_batches

KIND = "document"
DRAFT = "draft"

_SECTIONS = (
    "purpose",
    "scope",
    "definitions",
    "other_references",
    "dossier_components",
    "dossier_copies",
    "processing_time",
    "fees",
    "submission_place",
    "body",
)


def _document_ids(edition_ids: Iterable) -> list[uuid.UUID]:
    return list(
        Edition.objects.filter(pk__in=[i for i in edition_ids if i]).values_list(
            "document_id", flat=True
        )
    )


class DocumentSource:
    kind = KIND
    label = _("Controlled documents")
    events: dict[str, Callable[..., Iterable[Any]]] = {
        "documents.document_changed": lambda document_id, **_: [document_id],
        "documents.edition_effective": lambda edition_id, previous_edition_id=None, **_: (
            _document_ids([edition_id, previous_edition_id])
        ),
        "documents.edition_withdrawn": lambda edition_id, **_: _document_ids([edition_id]),
    }

    def state_label(self, state: str):
        return State(state).label if state in State.values else state

    def batches(self, size: int) -> Iterator[list[uuid.UUID]]:
        return id_batches(Document.objects.all(), size)

    def changed_since(self, since: dt.datetime) -> Iterator[list[uuid.UUID]]:
        changed = Document.objects.filter(
            Q(updated_at__gte=since)
            | Q(pk__in=Edition.objects.filter(updated_at__gte=since).values("document_id"))
        )
        return id_batches(changed, 500)

    def entries(self, object_ids: list[uuid.UUID]) -> list[EntryData]:
        documents = list(
            Document.objects.filter(pk__in=object_ids).select_related(
                "agency", "owner_unit", "parent", "effective_edition", "latest_edition"
            )
        )
        shown: dict[uuid.UUID, Edition] = {}
        drafts: dict[uuid.UUID, Edition] = {}
        for document in documents:
            latest = document.latest_edition
            if document.effective_edition is not None:
                shown[document.pk] = document.effective_edition
            elif latest is not None and latest.state not in OPEN_STATES:
                shown[document.pk] = latest
            if latest is not None and latest.state in OPEN_STATES:
                drafts[document.pk] = latest
        texts = _edition_texts([*shown.values(), *drafts.values()])
        tthc = _tthc_lines(documents)
        rows: list[EntryData] = []
        for document in documents:
            for part, edition in (("", shown.get(document.pk)), (DRAFT, drafts.get(document.pk))):
                if edition is not None:
                    rows.append(_entry(document, edition, part, texts[edition.pk], tthc))
        return rows


def _entry(document: Document, edition: Edition, part: str, text: str, tthc) -> EntryData:
    agency = document.agency
    url = _url(document, edition, part)
    parent = document.parent
    lines = [
        f"{parent.code} {parent.title}" if parent else "",
        *tthc.get(document.pk, []),
        text,
    ]
    return EntryData(
        object_id=document.pk,
        part=part,
        title=document.title,
        code=document.code,
        body="\n".join(line for line in lines if line),
        state=edition.state,
        url=url,
        updated=max(document.updated_at, edition.updated_at),
        audience=Audience.DRAFT if part == DRAFT else Audience.AGENCY,
        agency_id=document.agency_id,
        province_id=agency.province_id,
        unit_path=document.owner_unit.path if document.owner_unit else "",
        author_id=edition.drafted_by_id or edition.created_by_id,
    )


def _url(document: Document, edition: Edition, part: str) -> str:
    if part == DRAFT:
        return reverse("documents:edition", args=[edition.pk])
    return reverse("documents:detail", args=[document.pk])


def _edition_texts(editions: list[Edition]) -> dict[uuid.UUID, str]:
    """The searchable text of each edition: four queries for the whole batch."""
    ids = [e.pk for e in editions]
    steps: dict[uuid.UUID, list[str]] = defaultdict(list)
    for step in ProcedureStep.objects.filter(edition_id__in=ids).order_by("edition", "order"):
        steps[step.edition_id].append(
            " ".join(x for x in (step.task, step.responsible, step.output) if x)
        )
    records: dict[uuid.UUID, list[str]] = defaultdict(list)
    for record in RecordItem.objects.filter(edition_id__in=ids).order_by("edition", "order"):
        records[record.edition_id].append(
            " ".join(x for x in (record.name, record.owner, record.place, record.retention) if x)
        )
    citations: dict[uuid.UUID, list[str]] = defaultdict(list)
    for citation in (
        EditionCitation.objects.filter(edition_id__in=ids)
        .select_related("external_document")
        .order_by("edition", "order")
    ):
        external = citation.external_document
        citations[citation.edition_id].append(f"{external.number} {external.title}")
    texts = {}
    for edition in editions:
        sections = [getattr(edition, name) for name in _SECTIONS]
        parts = [
            *sections,
            *steps[edition.pk],
            *records[edition.pk],
            *citations[edition.pk],
            edition.file_text,
        ]
        texts[edition.pk] = "\n".join(p.strip() for p in parts if p and p.strip())
    return texts


def _tthc_lines(documents: list[Document]) -> dict[uuid.UUID, list[str]]:
    """ "1.001234 Cấp bản sao…" for the TTHC each procedure implements (one query)."""
    from eiso.procedures.models import AgencyTTHC

    lines: dict[uuid.UUID, list[str]] = defaultdict(list)
    scopes = AgencyTTHC.objects.filter(procedure__in=[d.pk for d in documents]).values_list(
        "procedure_id", "tthc__code", "tthc__name"
    )
    for procedure_id, code, name in scopes:
        lines[procedure_id].append(f"{code} {name}")
    return lines
