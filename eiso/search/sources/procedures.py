"""The province's TTHC catalogue: code, name, field, implementing agency, legal basis.

Found by whoever reads the province's catalogue (eiso.procedures.permissions.visible_tthc): the
province's readers and the people of its agencies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from eiso.procedures.models import TTHC, AgencyTTHC
from eiso.search.models import Audience
from eiso.search.sources import EntryData, id_batches

KIND = "tthc"
ACTIVE = "active"
INACTIVE = "inactive"


def _scope_tthc(scope_ids, **_) -> list[uuid.UUID]:
    tthc_ids = AgencyTTHC.objects.filter(pk__in=scope_ids).values_list("tthc_id", flat=True)
    return list(dict.fromkeys(tthc_ids))


class TTHCSource:
    kind = KIND
    label = _("Administrative procedures (TTHC)")
    events: dict[str, Callable[..., Iterable[Any]]] = {
        "procedures.tthc_changed": lambda tthc_ids, **_: tthc_ids,
        "procedures.scope_added": _scope_tthc,
    }

    def state_label(self, state: str):
        return _("In the catalogue") if state == ACTIVE else _("No longer in the catalogue")

    def batches(self, size: int) -> Iterator[list[uuid.UUID]]:
        return id_batches(TTHC.objects.all(), size)

    def changed_since(self, since: dt.datetime) -> Iterator[list[uuid.UUID]]:
        return id_batches(TTHC.objects.filter(updated_at__gte=since), 500)

    def entries(self, object_ids: list[uuid.UUID]) -> list[EntryData]:
        items = TTHC.objects.filter(pk__in=object_ids).select_related("implementing_agency")
        return [_entry(tthc) for tthc in items]


def _entry(tthc: TTHC) -> EntryData:
    body = [
        tthc.field,
        tthc.get_level_display(),
        tthc.implementing_agency_label,
        f"{tthc.legal_time.normalize():f} {tthc.get_legal_time_unit_display()}",
        tthc.fees,
        tthc.legal_basis,
        tthc.decision_number,
    ]
    return EntryData(
        object_id=tthc.pk,
        title=tthc.name,
        code=tthc.code,
        body="\n".join(str(line) for line in body if line),
        state=ACTIVE if tthc.is_active else INACTIVE,
        url=reverse("procedures:tthc", args=[tthc.pk]),
        updated=tthc.updated_at,
        audience=Audience.PROVINCE,
        province_id=tthc.province_id,
    )
