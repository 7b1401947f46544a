"""“Lịch sử” loaders: a document, with its editions and their rows as sub-objects."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.documents.models import Amendment, Document, Edition, ProcedureStep, RecordItem
from eiso.documents.permissions import visible_documents, visible_editions


def load_document(user, object_id: str) -> Document | None:
    try:
        return visible_documents(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Document.DoesNotExist):
        return None


def document_related(document: Document) -> Q:
    editions = [
        str(pk) for pk in Edition.objects.filter(document=document).values_list("pk", flat=True)
    ]
    rows: list[str] = []
    for model in (ProcedureStep, RecordItem, Amendment):
        rows += [
            str(pk)
            for pk in model.objects.filter(edition__document=document).values_list("pk", flat=True)
        ]
    return Q(object_id__in=editions + rows)


def document_link(document: Document) -> str:
    return reverse("documents:detail", args=[document.pk])


def load_edition(user, object_id: str) -> Edition | None:
    try:
        return visible_editions(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Edition.DoesNotExist):
        return None


def edition_link(edition: Edition) -> str:
    return reverse("documents:edition", args=[edition.pk])
