"""“Lịch sử” of the edition an ISO unit follows."""

from __future__ import annotations

import uuid

from django.urls import reverse

from eiso.standards.models import ISOUnitEdition
from eiso.standards.permissions import visible_iso_unit_editions


def load_iso_unit_edition(user, object_id: str) -> ISOUnitEdition | None:
    try:
        return ISOUnitEdition.objects.filter(iso_unit__in=visible_iso_unit_editions(user)).get(
            pk=uuid.UUID(str(object_id))
        )
    except (ValueError, ISOUnitEdition.DoesNotExist):
        return None


def iso_unit_edition_link(record: ISOUnitEdition) -> str:
    return reverse("standards:index") + f"?q={record.iso_unit.name}"
