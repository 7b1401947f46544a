"""“Lịch sử” loader of an external document (its status changes are in its own audit events)."""

from __future__ import annotations

import uuid

from django.urls import reverse

from eiso.references.models import ExternalDocument
from eiso.references.permissions import visible_external_documents


def load_external(user, object_id: str) -> ExternalDocument | None:
    try:
        return visible_external_documents(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, ExternalDocument.DoesNotExist):
        return None


def external_link(document: ExternalDocument) -> str:
    return reverse("references:detail", args=[document.pk])
