"""Corrective actions of a nonconformity: add, edit, mark done or reopen. The owner is told when an
action is assigned to them."""

from __future__ import annotations

import datetime as dt
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit, domain_events
from eiso.core.errors import DomainError
from eiso.nonconformities import events, permissions, states
from eiso.nonconformities.models import ActionStatus, CorrectiveAction, Nonconformity, State
from eiso.nonconformities.services import notices
from eiso.nonconformities.services._common import (
    check_member,
    check_unit,
    clean_text,
    format_day,
    require,
)

ACTION_FIELDS = ("description", "owner", "unit", "due_date", "status", "result_note")


def check_due_date(due_date: dt.date | None, detected_on: dt.date) -> None:
    if due_date is None:
        raise DomainError(_("Enter the due date."), field="due_date")
    if due_date < detected_on:
        raise DomainError(
            _(
                "The due date (%(due)s) cannot be before the date the nonconformity was "
                "detected (%(detected)s)."
            )
            % {"due": format_day(due_date), "detected": format_day(detected_on)},
            field="due_date",
        )


def _lock_nc(nonconformity: Nonconformity) -> None:
    locked = Nonconformity.objects.select_for_update().get(pk=nonconformity.pk)
    nonconformity.state = locked.state
    nonconformity.round = locked.round


def _changed(action: CorrectiveAction) -> None:
    if action.nonconformity_id:
        domain_events.publish(
            events.NONCONFORMITY_CHANGED, nonconformity_id=action.nonconformity_id
        )


@transaction.atomic
def action_create(
    *,
    actor,
    nonconformity: Nonconformity,
    description: str,
    owner,
    due_date: dt.date,
    unit=None,
) -> CorrectiveAction:
    """Add a corrective action (owner, due date). An analysed nonconformity moves to "action
    plan". The due date may not be before the detection date."""
    require(permissions.can_handle(actor, nonconformity))
    _lock_nc(nonconformity)
    if nonconformity.state == State.RECORDED:
        raise DomainError(
            _("Analyse the nonconformity (correction and root cause) before planning actions."),
            code="gate",
        )
    states.check("add_action", nonconformity.state)
    agency = nonconformity.agency
    description = clean_text(description, field="description", required=True)
    check_member(agency, owner, field="owner")
    check_unit(agency, unit)
    check_due_date(due_date, nonconformity.detected_on)
    action = CorrectiveAction.objects.create(
        agency=agency,
        nonconformity=nonconformity,
        description=description,
        owner=owner,
        unit=unit or nonconformity.unit,
        due_date=due_date,
        round=nonconformity.round,
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action=events.ACTION_CREATE,
        obj=action,
        changes=audit.created(audit.snapshot(action, ACTION_FIELDS)),
    )
    if nonconformity.state == State.ANALYSED:
        before = audit.snapshot(nonconformity, ("state",))
        nonconformity.state = State.ACTION_PLAN
        nonconformity.save(update_fields=["state", "updated_at"])
        audit.record(
            actor=actor,
            action=events.NC_UPDATE,
            obj=nonconformity,
            changes=audit.diff(before, audit.snapshot(nonconformity, ("state",))),
        )
    _changed(action)
    transaction.on_commit(partial(notices.notify_action_assigned, action, actor))
    return action


@transaction.atomic
def action_update(
    *,
    actor,
    action: CorrectiveAction,
    description: str,
    owner,
    due_date: dt.date,
    unit=None,
) -> CorrectiveAction:
    nonconformity = action.nonconformity
    require(
        permissions.can_handle(actor, nonconformity)
        if nonconformity is not None
        else permissions.can_decide_proposal(actor, action.agency)
    )
    locked = CorrectiveAction.objects.select_for_update().get(pk=action.pk)
    if locked.status == ActionStatus.DONE:
        raise DomainError(_("A finished action cannot be changed; reopen it first."))
    description = clean_text(description, field="description", required=True)
    check_member(action.agency, owner, field="owner")
    check_unit(action.agency, unit)
    if nonconformity is not None:
        check_due_date(due_date, nonconformity.detected_on)
    elif due_date is None:
        raise DomainError(_("Enter the due date."), field="due_date")
    before = audit.snapshot(action, ACTION_FIELDS)
    reassigned = owner.pk != action.owner_id
    action.description = description
    action.owner = owner
    action.unit = unit
    action.due_date = due_date
    action.save()
    changes = audit.diff(before, audit.snapshot(action, ACTION_FIELDS))
    if changes:
        audit.record(actor=actor, action=events.ACTION_UPDATE, obj=action, changes=changes)
        _changed(action)
    if reassigned:
        transaction.on_commit(partial(notices.notify_action_assigned, action, actor))
    return action


@transaction.atomic
def action_set_status(
    *, actor, action: CorrectiveAction, status: str, result_note: str = ""
) -> CorrectiveAction:
    """Mark an action done (with what was achieved) or reopen it. A nonconformity's action is
    done only while the work is in progress."""
    require(permissions.can_update_action(actor, action))
    if status not in ActionStatus.values:
        raise DomainError(_("Choose done or not done."), field="status")
    locked = CorrectiveAction.objects.select_for_update().get(pk=action.pk)
    nonconformity = action.nonconformity
    if nonconformity is not None:
        _lock_nc(nonconformity)
        states.check("complete_action", nonconformity.state)
    note = clean_text(result_note, field="result_note")
    if status == ActionStatus.DONE and not note:
        raise DomainError(_("Say what was done (the result)."), field="result_note")
    if locked.status == status:
        return action
    before = audit.snapshot(action, ACTION_FIELDS)
    action.status = status
    if status == ActionStatus.DONE:
        action.done_on = timezone.localdate()
        action.done_by = actor
        action.result_note = note
    else:
        action.done_on = None
        action.done_by = None
    action.save()
    audit.record(
        actor=actor,
        action=events.ACTION_STATUS,
        obj=action,
        changes=audit.diff(before, audit.snapshot(action, ACTION_FIELDS)),
    )
    _changed(action)
    return action
