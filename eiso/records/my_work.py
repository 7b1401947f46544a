"""“Việc của tôi” section: the registers of this year not established yet for the units the user
heads (NĐ 30/2020/NĐ-CP Art. 28: the register is issued at the start of the year)."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection
from eiso.organizations.access import access_for
from eiso.organizations.models import Unit
from eiso.organizations.roles import Role
from eiso.records.models import RecordRegister

# A person heads a handful of units; the cap keeps the section's cost fixed.
SCAN_LIMIT = 20


def registers_to_establish_section(user, agency) -> WorkSection | None:
    """Two queries: the units the user heads and their registers of this year."""
    access = access_for(user)
    unit_ids = [
        (agency_id, path) for agency_id, path, role in access.unit_roles if role == Role.UNIT_HEAD
    ]
    if not unit_ids:
        return None
    year = timezone.localdate().year
    headed = Q()
    for agency_id, path in unit_ids:
        headed |= Q(agency_id=agency_id, path=path)
    units = list(Unit.objects.filter(headed, is_active=True).order_by("path")[:SCAN_LIMIT])
    established = set(
        RecordRegister.objects.filter(
            unit__in=units, year=year, established_on__isnull=False
        ).values_list("unit_id", flat=True)
    )
    missing = [unit for unit in units if unit.pk not in established]
    if not missing:
        return None
    items = [
        WorkItem(
            title=_("Records register %(year)s of %(unit)s") % {"year": year, "unit": unit.name},
            url=reverse("records:detail", args=[unit.pk, year]),
            badge=_("Not established"),
            detail=_("List the records the unit keeps this year and establish the register."),
        )
        for unit in missing
    ]
    return WorkSection(
        key="records.registers",
        title=_("Records registers to establish"),
        items=items,
        total=len(items),
        more_url=reverse("records:index"),
        icon="archive",
        order=80,
    )
