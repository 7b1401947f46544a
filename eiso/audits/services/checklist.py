"""The checklist: generate, copy from the previous audit of the same scope, edit, record results."""

from __future__ import annotations

import os

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.audits import checklists, events, permissions, states, uploads
from eiso.audits.models import (
    NONCONFORMING,
    Audit,
    ChecklistItem,
    ItemAttachment,
    ItemSource,
    Result,
)
from eiso.audits.services._common import clean_text, require
from eiso.core import audit as audit_log
from eiso.core import domain_events
from eiso.core.errors import DomainError

QUESTION_MAX = 2000
EVIDENCE_MAX = 5000


def _locked(audit: Audit) -> Audit:
    return Audit.objects.select_for_update().select_related("programme__agency").get(pk=audit.pk)


def _editable(actor, audit: Audit) -> Audit:
    audit = _locked(audit)
    states.check_audit("edit_checklist", audit.status)
    require(permissions.can_edit_checklist(actor, audit))
    return audit


def _refuse_if_not_empty(audit: Audit) -> None:
    if audit.items.exists():
        raise DomainError(
            _(
                "The checklist already has items. Add or remove items one by one, or remove "
                "them all before generating it again."
            )
        )


@transaction.atomic
def checklist_generate(*, actor, audit: Audit) -> int:
    """Create the items from the clauses and procedures in scope. Returns how many."""
    audit = _editable(actor, audit)
    _refuse_if_not_empty(audit)
    if not audit.units.exists():
        raise DomainError(_("Choose the audited units before generating the checklist."))
    drafts = checklists.build(audit)
    if not drafts:
        raise DomainError(
            _(
                "Nothing to generate: choose clauses of the standard or procedures in the "
                "scope of the audit."
            )
        )
    ChecklistItem.objects.bulk_create(
        ChecklistItem(
            audit=audit,
            order=order,
            unit_id=draft.unit_id,
            clause_id=draft.clause_id,
            procedure_id=draft.procedure_id,
            procedure_ref=draft.procedure_ref,
            source=draft.source,
            question=draft.question,
            created_by=actor,
        )
        for order, draft in enumerate(drafts, start=1)
    )
    audit_log.record(
        actor=actor,
        action=events.CHECKLIST_GENERATE,
        obj=audit,
        changes={"items": [0, len(drafts)]},
    )
    return len(drafts)


def previous_audit(audit: Audit) -> Audit | None:
    """The latest earlier audit with the same audited units that has a checklist."""
    unit_ids = set(audit.units.values_list("pk", flat=True))
    if not unit_ids:
        return None
    candidates = (
        Audit.objects.filter(
            programme__iso_unit_id=audit.programme.iso_unit_id,
            items__isnull=False,
            units__in=unit_ids,
        )
        .exclude(pk=audit.pk)
        .distinct()
        .order_by("-programme__year", F("start_date").desc(nulls_last=True), "-sequence")
        .prefetch_related("units")
    )
    for candidate in candidates[:20]:
        if {u.pk for u in candidate.units.all()} == unit_ids:
            return candidate
    return None


@transaction.atomic
def checklist_copy(*, actor, audit: Audit) -> int:
    """Copy the questions (not the results) of the previous audit of the same scope."""
    audit = _editable(actor, audit)
    _refuse_if_not_empty(audit)
    source = previous_audit(audit)
    if source is None:
        raise DomainError(_("No earlier audit of the same units has a checklist to copy."))
    rows = list(source.items.order_by("order"))
    ChecklistItem.objects.bulk_create(
        ChecklistItem(
            audit=audit,
            order=order,
            unit_id=row.unit_id,
            clause_id=row.clause_id,
            procedure_id=row.procedure_id,
            procedure_ref=row.procedure_ref,
            source=row.source,
            question=row.question,
            created_by=actor,
        )
        for order, row in enumerate(rows, start=1)
    )
    audit_log.record(
        actor=actor,
        action=events.CHECKLIST_COPY,
        obj=audit,
        changes={"items": [0, len(rows)], "copied_from": [None, str(source)]},
    )
    return len(rows)


@transaction.atomic
def item_add(*, actor, audit: Audit, question: str, unit=None, clause=None) -> ChecklistItem:
    audit = _editable(actor, audit)
    question = clean_text(question, field="question", required=True)
    if len(question) > QUESTION_MAX:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": QUESTION_MAX}, field="question"
        )
    if unit is not None and not audit.units.filter(pk=unit.pk).exists():
        raise DomainError(_("Choose one of the audited units."), field="unit")
    if clause is not None and clause.edition_id != audit.edition_id:
        raise DomainError(_("Choose a clause of the audit's edition."), field="clause")
    last = audit.items.aggregate(last=Max("order"))["last"] or 0
    item = ChecklistItem.objects.create(
        audit=audit,
        order=last + 1,
        unit=unit,
        clause=clause,
        source=ItemSource.MANUAL,
        question=question,
        created_by=actor,
    )
    audit_log.record(
        actor=actor,
        action=events.ITEM_ADD,
        obj=item,
        changes=audit_log.created(
            audit_log.snapshot(item, ["order", "question", "unit", "clause"])
        ),
    )
    return item


@transaction.atomic
def item_delete(*, actor, item: ChecklistItem) -> None:
    audit = _editable(actor, item.audit)
    item = ChecklistItem.objects.select_for_update().get(pk=item.pk, audit=audit)
    if item.result:
        raise DomainError(_("This item already has a result; it cannot be removed."))
    text, order = item.question, item.order
    audit_log.record(
        actor=actor,
        action=events.ITEM_DELETE,
        obj=item,
        changes={"question": [text, None], "order": [order, None]},
    )
    item.delete()
    audit.items.filter(order__gt=order).update(order=F("order") - 1)


@transaction.atomic
def item_move(*, actor, item: ChecklistItem, direction: str) -> None:
    """Swap the item with its neighbour above ("up") or below ("down")."""
    audit = _editable(actor, item.audit)
    item = ChecklistItem.objects.select_for_update().get(pk=item.pk, audit=audit)
    if direction not in ("up", "down"):
        raise DomainError(_("Unknown direction."))
    if direction == "up":
        neighbour = audit.items.filter(order__lt=item.order).order_by("-order").first()
    else:
        neighbour = audit.items.filter(order__gt=item.order).order_by("order").first()
    if neighbour is None:
        return
    old = item.order
    item.order, neighbour.order = neighbour.order, old
    ChecklistItem.objects.bulk_update([item, neighbour], ["order"])
    audit_log.record(
        actor=actor, action=events.ITEM_MOVE, obj=item, changes={"order": [old, item.order]}
    )


@transaction.atomic
def item_record(*, actor, item: ChecklistItem, result: str, evidence: str) -> ChecklistItem:
    """Record the result and evidence notes of one item. A nonconformity needs its evidence.

    Publishes `audits.finding_recorded(checklist_item_id)` when the result becomes a
    nonconformity (minor or major)."""
    audit = _locked(item.audit)
    states.check_audit("record", audit.status)
    require(permissions.can_record_results(actor, audit))
    item = ChecklistItem.objects.select_for_update().get(pk=item.pk, audit=audit)
    if result not in Result.values:
        raise DomainError(_("Choose a result."), field="result")
    evidence = clean_text(evidence, field="evidence")
    if len(evidence) > EVIDENCE_MAX:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": EVIDENCE_MAX}, field="evidence"
        )
    if result in NONCONFORMING and not evidence:
        raise DomainError(
            _("Describe the evidence of the nonconformity (what was seen, where, which record)."),
            field="evidence",
        )
    before = audit_log.snapshot(item, ["result", "evidence"])
    was_nonconforming = item.result in NONCONFORMING
    item.result, item.evidence = result, evidence
    item.assessed_by, item.assessed_at = actor, timezone.now()
    item.save(update_fields=["result", "evidence", "assessed_by", "assessed_at", "updated_at"])
    changes = audit_log.diff(before, audit_log.snapshot(item, ["result", "evidence"]))
    if changes:
        audit_log.record(actor=actor, action=events.ITEM_RESULT, obj=item, changes=changes)
    if result in NONCONFORMING and (not was_nonconforming or "result" in changes):
        domain_events.publish(events.FINDING_RECORDED, checklist_item_id=item.pk)
    return item


@transaction.atomic
def item_attach(*, actor, item: ChecklistItem, upload) -> ItemAttachment:
    audit = _locked(item.audit)
    states.check_audit("record", audit.status)
    require(permissions.can_record_results(actor, audit))
    kind = uploads.validate(upload)
    name = os.path.basename(str(getattr(upload, "name", "") or "tep"))[:255]
    attachment = ItemAttachment(
        item=item, original_name=name, kind=kind, size=upload.size, created_by=actor
    )
    attachment.file.save(name, upload, save=False)
    attachment.save()
    audit_log.record(
        actor=actor, action=events.ITEM_ATTACH, obj=item, changes={"attachments": [None, name]}
    )
    return attachment
