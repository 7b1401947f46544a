"""“Lịch sử” loader of a records register (its own lines as sub-objects)."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.organizations.permissions import visible_agencies
from eiso.records.models import ManualRecord, RecordRegister


def load_register(user, object_id: str) -> RecordRegister | None:
    try:
        return RecordRegister.objects.filter(agency__in=visible_agencies(user)).get(
            pk=uuid.UUID(str(object_id))
        )
    except (ValueError, RecordRegister.DoesNotExist):
        return None


def register_related(register: RecordRegister) -> Q:
    ids = [
        str(pk)
        for pk in ManualRecord.objects.filter(register=register).values_list("pk", flat=True)
    ]
    return Q(object_id__in=ids)


def register_link(register: RecordRegister) -> str:
    return reverse("records:detail", args=[register.unit_id, register.year])
