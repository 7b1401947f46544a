"""Writes of the standards app: the edition an ISO unit's QMS follows."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations.models import ISOUnit
from eiso.standards import events
from eiso.standards.models import ISOUnitEdition, StandardEdition
from eiso.standards.permissions import can_set_iso_unit_edition


@transaction.atomic
def isounit_edition_set(
    *, actor, iso_unit: ISOUnit, edition: StandardEdition | None, since: dt.date | None = None
) -> ISOUnitEdition:
    """Record the edition the QMS of `iso_unit` follows (since `since`, default today)."""
    if not can_set_iso_unit_edition(actor, iso_unit):
        raise PermissionDenied
    if edition is None:
        raise DomainError(_("Choose the edition of the standard."), field="edition")
    since = since or timezone.localdate()
    if since > timezone.localdate():
        raise DomainError(_("The date cannot be in the future."), field="since")
    record = ISOUnitEdition.objects.select_for_update().filter(iso_unit=iso_unit).first()
    if record is None:
        record = ISOUnitEdition(iso_unit=iso_unit, edition=edition, since=since, created_by=actor)
        record.save()
        changes = audit.created(audit.snapshot(record, ("edition", "since")))
    else:
        before = audit.snapshot(record, ("edition", "since"))
        record.edition = edition
        record.since = since
        changes = audit.diff(before, audit.snapshot(record, ("edition", "since")))
        if not changes:
            return record
        record.save()
    audit.record(actor=actor, action=events.ISO_UNIT_EDITION_SET, obj=record, changes=changes)
    return record
