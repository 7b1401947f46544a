"""Recording an ISO unit's QMS status (not started → building → applied → declared → maintaining)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.organizations import events
from eiso.organizations.models import Agency, ISOUnit, QMSStatus, QMSStatusChange
from eiso.organizations.permissions import can_record_qms_status
from eiso.organizations.services._common import require

STATUS_ORDER: list[str] = [
    QMSStatus.NOT_STARTED,
    QMSStatus.BUILDING,
    QMSStatus.APPLIED,
    QMSStatus.DECLARED,
    QMSStatus.MAINTAINING,
]
_FIELDS = ("status", "status_since", "expanding_scope", "transitioning_edition")


def is_backwards(from_status: str, to_status: str) -> bool:
    return STATUS_ORDER.index(to_status) < STATUS_ORDER.index(from_status)


@transaction.atomic
def qms_status_change(
    *,
    actor,
    agency: Agency,
    to_status: str,
    changed_on: dt.date,
    reason: str,
    expanding_scope: bool = False,
    transitioning_edition: bool = False,
) -> QMSStatusChange:
    """Record a change of the agency's ISO unit status and/or flags, with its date and reason.

    Every change needs a reason (a move backwards too); the date may not be in the future nor
    earlier than the previous recorded change.
    """
    require(can_record_qms_status(actor, agency))
    if agency.iso_unit_id is None:
        raise DomainError(_("This agency has no ISO unit yet; edit the agency to set one."))
    iso_unit = ISOUnit.objects.select_for_update().get(pk=agency.iso_unit_id)
    _validate(iso_unit, to_status, changed_on, reason, expanding_scope, transitioning_edition)
    before = audit.snapshot(iso_unit, _FIELDS)
    change = QMSStatusChange.objects.create(
        iso_unit=iso_unit,
        from_status=iso_unit.status,
        to_status=to_status,
        expanding_scope=expanding_scope,
        transitioning_edition=transitioning_edition,
        changed_on=changed_on,
        reason=reason.strip(),
        created_by=actor,
    )
    iso_unit.status = to_status
    iso_unit.status_since = changed_on
    iso_unit.expanding_scope = expanding_scope
    iso_unit.transitioning_edition = transitioning_edition
    iso_unit.save(update_fields=[*_FIELDS, "updated_at"])
    changes: dict[str, Any] = {
        **audit.diff(before, audit.snapshot(iso_unit, _FIELDS)),
        "reason": change.reason,
        "changed_on": changed_on,
    }
    audit.record(
        actor=actor,
        action=events.QMS_STATUS_CHANGE,
        obj=iso_unit,
        changes=changes,
        province_id=agency.province_id,
        agency_id=agency.pk,
    )
    return change


def _validate(iso_unit, to_status, changed_on, reason, expanding_scope, transitioning_edition):
    if to_status not in QMSStatus.values:
        raise DomainError(_("Choose a valid QMS status."), field="to_status")
    if changed_on is None:
        raise DomainError(_("Enter the date of the change."), field="changed_on")
    if changed_on > timezone.localdate():
        raise DomainError(_("The date of the change cannot be in the future."), field="changed_on")
    if not (reason or "").strip():
        if is_backwards(iso_unit.status, to_status):
            message = _("Moving the status backwards needs a reason.")
        else:
            message = _("Enter the reason for the change.")
        raise DomainError(message, field="reason")
    unchanged = (
        to_status == iso_unit.status
        and bool(expanding_scope) == iso_unit.expanding_scope
        and bool(transitioning_edition) == iso_unit.transitioning_edition
    )
    if unchanged:
        raise DomainError(_("Nothing changed: the status and flags are already like this."))
    last = iso_unit.status_changes.order_by("-changed_on").values_list("changed_on", flat=True)
    last_date = last.first()
    if last_date is not None and changed_on < last_date:
        raise DomainError(
            _("The date cannot be earlier than the previous change (%(date)s).")
            % {"date": last_date.strftime("%d/%m/%Y")},
            field="changed_on",
        )
