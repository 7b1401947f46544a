"""External documents (laws, decrees, decisions, the standard): number, title, issuer, notes.

Who finds them follows eiso.references.permissions: a national document every signed-in user,
a province's document the province, an agency's document that agency and the province's readers.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from eiso.references.models import ExternalDocument, Status
from eiso.search.models import Audience
from eiso.search.sources import EntryData, id_batches

KIND = "external"


class ExternalDocumentSource:
    kind = KIND
    label = _("External documents")
    events: dict[str, Callable[..., Iterable[Any]]] = {
        "references.external_changed": lambda external_document_id, **_: [external_document_id],
        "references.external_saved": lambda external_document_ids, **_: external_document_ids,
    }

    def state_label(self, state: str):
        return Status(state).label if state in Status.values else state

    def batches(self, size: int) -> Iterator[list[uuid.UUID]]:
        return id_batches(ExternalDocument.objects.all(), size)

    def changed_since(self, since: dt.datetime) -> Iterator[list[uuid.UUID]]:
        return id_batches(ExternalDocument.objects.filter(updated_at__gte=since), 500)

    def entries(self, object_ids: list[uuid.UUID]) -> list[EntryData]:
        documents = ExternalDocument.objects.filter(pk__in=object_ids).select_related(
            "agency", "replaced_by"
        )
        return [_entry(document) for document in documents]


def _entry(document: ExternalDocument) -> EntryData:
    if document.agency_id:
        audience = Audience.AGENCY
    elif document.province_id:
        audience = Audience.PROVINCE
    else:
        audience = Audience.EVERYONE
    replaced_by = document.replaced_by
    body = [
        document.issuer,
        document.get_kind_display(),
        f"{replaced_by.number} {replaced_by.title}" if replaced_by else "",
        document.amended_by,
        document.notes,
    ]
    return EntryData(
        object_id=document.pk,
        title=document.title,
        code=document.number,
        body="\n".join(str(line) for line in body if line),
        state=document.status,
        url=reverse("references:detail", args=[document.pk]),
        updated=document.updated_at,
        audience=audience,
        agency_id=document.agency_id,
        province_id=document.province_id,
    )
