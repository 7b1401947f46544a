"""Every write of external documents (atomic, permission first, audited)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from eiso.core import audit, domain_events
from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations.models import Agency, Province
from eiso.organizations.search import Fold, fold
from eiso.references import events, states
from eiso.references.models import ExternalDocument, ExternalStatusChange, Kind, Status
from eiso.references.permissions import can_manage_external, can_manage_scope
from eiso.references.selectors import replacement_candidates
from eiso.references.uploads import validate_file

EDITABLE_FIELDS = (
    "kind",
    "number",
    "title",
    "issuer",
    "issued_date",
    "effective_date",
    "amended_by",
    "url",
    "notes",
)
AUDITED_FIELDS = (*EDITABLE_FIELDS, "province", "agency")
STATUS_FIELDS = ("status", "status_effective_date", "replaced_by", "amended_by")


def _snapshot(document: ExternalDocument) -> dict[str, Any]:
    values = audit.snapshot(document, AUDITED_FIELDS)
    name = document.file.name if document.file else ""
    values["file"] = (name or "").rsplit("/", 1)[-1] or None
    return values


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _text(values: dict, name: str, *, required: bool = False, max_length: int = 0) -> str:
    text = " ".join(str(values.get(name) or "").split())
    if required and not text:
        raise DomainError(_("This field is required."), field=name)
    if max_length and len(text) > max_length:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": max_length}, field=name
        )
    return text


def same_scope(province_id, agency_id) -> QuerySet[ExternalDocument]:
    queryset = ExternalDocument.objects.all()
    if agency_id is not None:
        return queryset.filter(agency_id=agency_id)
    if province_id is not None:
        return queryset.filter(province_id=province_id, agency__isnull=True)
    return queryset.filter(province__isnull=True)


def clean_values(values: dict[str, Any], *, province_id, agency_id, exclude=None) -> dict:
    """Checked, normalised field values; DomainError naming the field otherwise."""
    cleaned: dict[str, Any] = {}
    kind = values.get("kind") or ""
    if kind not in Kind.values:
        raise DomainError(_("Choose the kind of document."), field="kind")
    cleaned["kind"] = kind
    cleaned["number"] = _text(values, "number", required=True, max_length=100)
    cleaned["title"] = " ".join(str(values.get("title") or "").split())
    if not cleaned["title"]:
        raise DomainError(_("Write the title (summary) of the document."), field="title")
    cleaned["issuer"] = _text(values, "issuer", required=True, max_length=255)
    issued, effective = values.get("issued_date"), values.get("effective_date")
    if issued and effective and effective < issued:
        raise DomainError(
            _("The document cannot take effect before it is issued."), field="effective_date"
        )
    cleaned["issued_date"], cleaned["effective_date"] = issued or None, effective or None
    cleaned["amended_by"] = str(values.get("amended_by") or "").strip()
    cleaned["url"] = str(values.get("url") or "").strip()
    if len(cleaned["url"]) > 500:
        raise DomainError(_("Too long (at most %(max)d characters).") % {"max": 500}, field="url")
    cleaned["notes"] = str(values.get("notes") or "").strip()
    others = (
        same_scope(province_id, agency_id)
        .annotate(folded_number=Fold("number"))
        .filter(folded_number=fold(cleaned["number"]))
    )
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    if others.exists():
        raise DomainError(
            _("A document numbered “%(number)s” is already registered in this scope.")
            % {"number": cleaned["number"]},
            field="number",
        )
    return cleaned


def _scope_ids(province: Province | None, agency: Agency | None):
    if agency is not None:
        return agency.province_id, agency.pk
    return (province.pk if province is not None else None), None


@transaction.atomic
def external_create(
    *,
    actor,
    province: Province | None = None,
    agency: Agency | None = None,
    file=None,
    **values,
) -> ExternalDocument:
    """Register an external document in a scope the actor manages (national when neither
    province nor agency is given)."""
    province_id, agency_id = _scope_ids(province, agency)
    _require(can_manage_scope(actor, province_id=province_id, agency_id=agency_id))
    cleaned = clean_values(values, province_id=province_id, agency_id=agency_id)
    if file is not None:
        validate_file(file)
    document = ExternalDocument(
        id=uuid.uuid4(),
        province_id=province_id,
        agency_id=agency_id,
        created_by=actor,
        **cleaned,
    )
    if file is not None:
        document.file.save(file.name, file, save=False)
    document.save()
    audit.record(
        actor=actor,
        action=events.EXTERNAL_CREATE,
        obj=document,
        changes=audit.created(_snapshot(document)),
    )
    domain_events.publish(events.EXTERNAL_SAVED, external_document_ids=[document.pk])
    return document


@transaction.atomic
def external_update(
    *, actor, document: ExternalDocument, file=None, remove_file: bool = False, **values
) -> ExternalDocument:
    """Edit the description of a document (its scope and status are not edited here)."""
    document = ExternalDocument.objects.select_for_update().get(pk=document.pk)
    _require(can_manage_external(actor, document))
    cleaned = clean_values(
        values, province_id=document.province_id, agency_id=document.agency_id, exclude=document
    )
    if file is not None:
        validate_file(file)
    before = _snapshot(document)
    for name, value in cleaned.items():
        setattr(document, name, value)
    if file is not None:
        document.file.save(file.name, file, save=False)
    elif remove_file:
        document.file = ""  # type: ignore[assignment]
    document.save()
    changes = audit.diff(before, _snapshot(document))
    if changes:
        audit.record(actor=actor, action=events.EXTERNAL_UPDATE, obj=document, changes=changes)
        domain_events.publish(events.EXTERNAL_SAVED, external_document_ids=[document.pk])
    return document


@transaction.atomic
def external_change_status(
    *,
    actor,
    document: ExternalDocument,
    status: str,
    effective_date: dt.date | None,
    replaced_by: ExternalDocument | None = None,
    amended_by: str = "",
    note: str = "",
) -> ExternalStatusChange:
    """Mark a document amended, replaced (by another registered document) or expired from
    `effective_date`; keeps the status history and publishes `references.external_changed` once
    the change commits (the distribution app opens the 3-month reviews of citing documents)."""
    document = ExternalDocument.objects.select_for_update().get(pk=document.pk)
    _require(can_manage_external(actor, document))
    if status not in Status.values:
        raise DomainError(_("Choose the new status."), field="status")
    states.check(document.status, status)
    if effective_date is None:
        raise DomainError(_("Enter the date the change takes effect."), field="effective_date")
    if document.issued_date and effective_date < document.issued_date:
        raise DomainError(
            _("The change cannot take effect before the document was issued (%(date)s).")
            % {"date": document.issued_date.strftime("%d/%m/%Y")},
            field="effective_date",
        )
    amended_by = " ".join(str(amended_by or "").split())
    if len(amended_by) > 500:
        raise DomainError(
            _("Too long (at most %(max)d characters).") % {"max": 500}, field="amended_by"
        )
    if status == Status.REPLACED:
        if replaced_by is None:
            raise DomainError(_("Choose the document that replaces this one."), field="replaced_by")
        if not replacement_candidates(actor, document).filter(pk=replaced_by.pk).exists():
            raise DomainError(
                _(
                    "This document cannot replace it: choose a document in force that everyone "
                    "who reads this one can read."
                ),
                field="replaced_by",
            )
    else:
        replaced_by = None
    if status == Status.AMENDED and not amended_by:
        raise DomainError(
            _("Name the document that amends it (number/symbol)."), field="amended_by"
        )
    before = audit.snapshot(document, STATUS_FIELDS)
    previous = document.status
    document.status = status
    document.status_effective_date = effective_date
    document.replaced_by = replaced_by
    if amended_by:
        lines = [line for line in document.amended_by.splitlines() if line.strip()]
        if amended_by not in lines:
            lines.append(amended_by)
        document.amended_by = "\n".join(lines)
    document.save(
        update_fields=[
            "status",
            "status_effective_date",
            "replaced_by",
            "amended_by",
            "updated_at",
        ]
    )
    change = ExternalStatusChange.objects.create(
        document=document,
        from_status=previous,
        to_status=status,
        effective_date=effective_date,
        replaced_by=replaced_by,
        amended_by=amended_by,
        note=str(note or "").strip(),
        changed_by=actor,
        created_by=actor,
    )
    changes = audit.diff(before, audit.snapshot(document, STATUS_FIELDS))
    if change.note:
        changes["note"] = [None, change.note]
    audit.record(actor=actor, action=events.EXTERNAL_STATUS, obj=document, changes=changes)
    domain_events.publish(
        events.EXTERNAL_CHANGED,
        external_document_id=document.pk,
        new_status=status,
        change_effective_date=effective_date,
    )
    return change


@transaction.atomic
def external_import(
    *, actor, rows, province: Province | None = None, agency: Agency | None = None
) -> tuple[int, int]:
    """Create or update the documents of checked import rows in one scope, all or nothing.

    A row whose number/symbol is already registered in the scope updates that document (so
    importing the same file twice changes nothing). Returns (created, updated). Any row that
    breaks a rule rejects the whole file with every problem listed.
    """
    from eiso.references.excel import FIELD_COLUMNS, ImportFileError

    province_id, agency_id = _scope_ids(province, agency)
    _require(can_manage_scope(actor, province_id=province_id, agency_id=agency_id))
    existing = {
        fold(document.number): document
        for document in same_scope(province_id, agency_id).select_for_update()
    }
    errors: list[str] = []
    created = updated = 0
    saved: list = []
    for row in rows:
        document = existing.get(fold(row.values["number"]))
        values = {**row.values}
        if document is not None:
            values["amended_by"] = document.amended_by
            values["notes"] = values["notes"] or document.notes
            values["url"] = values["url"] or document.url
        try:
            cleaned = clean_values(
                values, province_id=province_id, agency_id=agency_id, exclude=document
            )
        except DomainError as exc:
            column = FIELD_COLUMNS.get(exc.field or "")
            if column:
                message = _("Row %(line)d, column “%(column)s”: %(problem)s") % {
                    "line": row.line,
                    "column": column,
                    "problem": exc.message,
                }
            else:
                message = _("Row %(line)d: %(problem)s") % {
                    "line": row.line,
                    "problem": exc.message,
                }
            errors.append(message)
            continue
        if document is None:
            document = ExternalDocument(
                province_id=province_id, agency_id=agency_id, created_by=actor, **cleaned
            )
            document.save()
            changes = audit.created(_snapshot(document))
            created += 1
        else:
            cleaned["number"] = document.number  # as registered (the match ignores accents)
            before = _snapshot(document)
            for name, value in cleaned.items():
                setattr(document, name, value)
            changes = audit.diff(before, _snapshot(document))
            if not changes:
                continue
            document.save()
            updated += 1
        saved.append(document.pk)
        audit.record(actor=actor, action=events.EXTERNAL_IMPORT, obj=document, changes=changes)
    if errors:
        raise ImportFileError(errors)
    if saved:
        domain_events.publish(events.EXTERNAL_SAVED, external_document_ids=saved)
    return created, updated
