"""Editing an open draft: its content, steps, records, amendment log, references and file.

Only a draft is edited (states.check("edit")), only by an author of the document, and only by the
person holding the editing lock: the first edit takes the lock; another author may take it over
once it has lapsed (EDIT_LOCK_MINUTES without an edit).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.documents import events, states, uploads
from eiso.documents.models import (
    Amendment,
    Document,
    DurationUnit,
    Edition,
    EditionCitation,
    ProcedureStep,
    RecordItem,
    State,
)
from eiso.documents.permissions import can_author
from eiso.documents.services._common import (
    RowErrors,
    clean_duration,
    clean_text,
    document_changed,
    require,
)
from eiso.documents.services.documents import EDITION_CONTENT_FIELDS, _store_file

EDIT_LOCK_MINUTES = 30
SHORT_FIELDS = {"dossier_copies": 100, "processing_time": 200, "fees": 300, "submission_place": 300}
MAX_ROWS = 200


def lock_expires_at(edition: Edition) -> dt.datetime | None:
    if edition.locked_at is None:
        return None
    return edition.locked_at + dt.timedelta(minutes=EDIT_LOCK_MINUTES)


def lock_holder(edition: Edition, now: dt.datetime | None = None):
    """The user holding a live lock on the edition, or None."""
    expires = lock_expires_at(edition)
    if edition.locked_by_id is None or expires is None or expires <= (now or timezone.now()):
        return None
    return edition.locked_by


def _lock_for_edit(actor, edition: Edition) -> Edition:
    """The edition row locked for update, after the permission, state and editing-lock checks."""
    locked = (
        Edition.objects.select_for_update(of=("self",))
        .select_related("document__agency", "locked_by")
        .get(pk=edition.pk)
    )
    require(can_author(actor, locked.document))
    states.check("edit", locked.state)
    holder = lock_holder(locked)
    if holder is not None and holder.pk != actor.pk:
        expires = lock_expires_at(locked)
        raise DomainError(
            _("%(name)s is editing this draft until %(time)s; try again later.")
            % {
                "name": holder.display_name,
                "time": formats.time_format(timezone.localtime(expires), "H:i"),
            },
            code="locked",
        )
    locked.locked_by = actor
    locked.locked_at = timezone.now()
    return locked


@transaction.atomic
def edition_take_lock(*, actor, edition: Edition) -> Edition:
    """Start (or renew) editing; refused while someone else's lock is live."""
    locked = _lock_for_edit(actor, edition)
    previous = edition.locked_by_id
    locked.save(update_fields=["locked_by", "locked_at", "updated_at"])
    if previous and previous != actor.pk:
        audit.record(actor=actor, action=events.EDITION_LOCK, obj=locked)
    return locked


@transaction.atomic
def edition_release_lock(*, actor, edition: Edition) -> None:
    Edition.objects.filter(pk=edition.pk, locked_by=actor).update(locked_by=None, locked_at=None)


@transaction.atomic
def edition_update_content(*, actor, edition: Edition, **values) -> Edition:
    """Save the text sections (and optionally the effective date wanted) of a draft."""
    locked = _lock_for_edit(actor, edition)
    before = audit.snapshot(locked, EDITION_CONTENT_FIELDS)
    for name in EDITION_CONTENT_FIELDS:
        if name in values:
            setattr(
                locked,
                name,
                clean_text(values[name], field=name, max_length=SHORT_FIELDS.get(name)),
            )
    locked.save()
    changes = audit.diff(before, audit.snapshot(locked, EDITION_CONTENT_FIELDS))
    if changes:
        audit.record(actor=actor, action=events.EDITION_UPDATE, obj=locked, changes=changes)
        document_changed(locked.document)
    return locked


def _check_row_count(rows) -> None:
    if len(rows) > MAX_ROWS:
        raise DomainError(_("At most %(max)d rows.") % {"max": MAX_ROWS}, field="rows")


def _row_errors(rows, clean_row) -> list:
    cleaned, errors = [], {}
    for index, row in enumerate(rows):
        try:
            cleaned.append(clean_row(row))
        except DomainError as error:
            errors[index] = {error.field or "row": str(error.message)}
    if errors:
        raise RowErrors(errors)
    return cleaned


def _clean_step(row) -> dict:
    unit = row.get("duration_unit") or DurationUnit.DAYS
    if unit not in DurationUnit.values:
        raise DomainError(_("Choose working days or hours."), field="duration_unit")
    return {
        "task": clean_text(row.get("task"), field="task", required=True),
        "responsible": clean_text(
            row.get("responsible"), field="responsible", required=True, max_length=255
        ),
        "duration": clean_duration(row.get("duration"), field="duration"),
        "duration_unit": unit,
        "output": clean_text(row.get("output"), field="output", max_length=255),
    }


def _step_lines(steps) -> list[str]:
    return [
        f"B{s.order}. {s.task} | {s.responsible} | {s.duration or ''} {s.duration_unit} | {s.output}"
        for s in steps
    ]


@transaction.atomic
def edition_save_steps(*, actor, edition: Edition, rows: list[dict]) -> list[ProcedureStep]:
    """Replace the steps table with `rows` (in order). All or nothing: RowErrors names the rows."""
    locked = _lock_for_edit(actor, edition)
    _check_row_count(rows)
    cleaned = _row_errors(rows, _clean_step)
    before = _step_lines(locked.steps.all())
    locked.steps.all().delete()
    steps = ProcedureStep.objects.bulk_create(
        ProcedureStep(edition=locked, order=index, created_by=actor, **values)
        for index, values in enumerate(cleaned, start=1)
    )
    locked.save(update_fields=["locked_by", "locked_at", "updated_at"])
    after = _step_lines(steps)
    if before != after:
        audit.record(
            actor=actor, action=events.EDITION_STEPS, obj=locked, changes={"steps": [before, after]}
        )
        document_changed(locked.document)
    return steps


def _records_cleaner(agency):
    units = {str(pk): pk for pk in agency.units.values_list("pk", flat=True)}

    def clean(row) -> dict:
        unit_id = str(row.get("owner_unit") or "")
        if unit_id and unit_id not in units:
            raise DomainError(_("Choose a unit of this agency."), field="owner_unit")
        return {
            "name": clean_text(row.get("name"), field="name", required=True, max_length=300),
            "owner_unit_id": units.get(unit_id),
            "owner": clean_text(row.get("owner"), field="owner", max_length=255),
            "place": clean_text(row.get("place"), field="place", max_length=255),
            "retention": clean_text(
                row.get("retention"), field="retention", required=True, max_length=100
            ),
        }

    return clean


@transaction.atomic
def edition_save_records(*, actor, edition: Edition, rows: list[dict]) -> list[RecordItem]:
    """Replace the records-to-keep table. All or nothing."""
    locked = _lock_for_edit(actor, edition)
    _check_row_count(rows)
    cleaned = _row_errors(rows, _records_cleaner(locked.document.agency))
    before = [f"{r.name} | {r.owner} | {r.place} | {r.retention}" for r in locked.records.all()]
    locked.records.all().delete()
    records = RecordItem.objects.bulk_create(
        RecordItem(edition=locked, order=index, created_by=actor, **values)
        for index, values in enumerate(cleaned, start=1)
    )
    locked.save(update_fields=["locked_by", "locked_at", "updated_at"])
    after = [f"{r.name} | {r.owner} | {r.place} | {r.retention}" for r in records]
    if before != after:
        audit.record(
            actor=actor,
            action=events.EDITION_RECORDS,
            obj=locked,
            changes={"records": [before, after]},
        )
        document_changed(locked.document)
    return records


def _clean_amendment(row) -> dict:
    raw_date = row.get("changed_on")
    changed_on = None
    if isinstance(raw_date, dt.date):
        changed_on = raw_date
    elif raw_date:
        for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                changed_on = dt.datetime.strptime(str(raw_date).strip(), pattern).date()
                break
            except ValueError:
                continue
        if changed_on is None:
            raise DomainError(_("Enter a date as dd/mm/yyyy."), field="changed_on")
    return {
        "section": clean_text(row.get("section"), field="section", required=True, max_length=200),
        "description": clean_text(row.get("description"), field="description", required=True),
        "changed_on": changed_on,
    }


@transaction.atomic
def edition_save_amendments(*, actor, edition: Edition, rows: list[dict]) -> list[Amendment]:
    """Replace the edition's amendment log (what changed against the previous edition)."""
    locked = _lock_for_edit(actor, edition)
    _check_row_count(rows)
    cleaned = _row_errors(rows, _clean_amendment)
    before = [f"{a.section}: {a.description}" for a in locked.amendments.all()]
    locked.amendments.all().delete()
    amendments = Amendment.objects.bulk_create(
        Amendment(edition=locked, order=index, created_by=actor, **values)
        for index, values in enumerate(cleaned, start=1)
    )
    locked.save(update_fields=["locked_by", "locked_at", "updated_at"])
    after = [f"{a.section}: {a.description}" for a in amendments]
    if before != after:
        audit.record(
            actor=actor,
            action=events.EDITION_AMENDMENTS,
            obj=locked,
            changes={"amendments": [before, after]},
        )
        document_changed(locked.document)
    return amendments


@transaction.atomic
def edition_set_references(*, actor, edition: Edition, external_ids=(), internal_ids=()) -> Edition:
    """Set the cited external documents (from the register) and internal documents."""
    from eiso.references.permissions import visible_external_documents

    locked = _lock_for_edit(actor, edition)
    external_ids = list(dict.fromkeys(str(pk) for pk in external_ids if pk))
    internal_ids = list(dict.fromkeys(str(pk) for pk in internal_ids if pk))
    externals = {
        str(doc.pk): doc for doc in visible_external_documents(actor).filter(pk__in=external_ids)
    }
    if len(externals) != len(external_ids):
        raise DomainError(_("Choose external documents from the register."), field="external")
    internals = list(
        Document.objects.filter(agency_id=locked.document.agency_id, pk__in=internal_ids).exclude(
            pk=locked.document_id
        )
    )
    if len(internals) != len(internal_ids):
        raise DomainError(_("Choose documents of this agency."), field="internal")
    before = sorted(str(c.external_document) for c in locked.citations.all()) + sorted(
        str(d) for d in locked.referenced_documents.all()
    )
    locked.citations.all().delete()
    EditionCitation.objects.bulk_create(
        EditionCitation(edition=locked, external_document=externals[pk], order=i, created_by=actor)
        for i, pk in enumerate(external_ids)
    )
    locked.referenced_documents.set(internals)
    locked.save(update_fields=["locked_by", "locked_at", "updated_at"])
    after = sorted(str(externals[pk]) for pk in external_ids) + sorted(str(d) for d in internals)
    if before != after:
        audit.record(
            actor=actor,
            action=events.EDITION_REFERENCES,
            obj=locked,
            changes={"references": [before, after]},
        )
        document_changed(locked.document)
    return locked


@transaction.atomic
def edition_attach_file(*, actor, edition: Edition, upload) -> Edition:
    """Attach (or replace) the Word/PDF file of a draft."""
    locked = _lock_for_edit(actor, edition)
    kind_of_file = uploads.validate_document_file(upload)
    before = locked.file_name
    _store_file(locked, upload, kind_of_file)
    locked.save()
    audit.record(
        actor=actor,
        action=events.EDITION_FILE,
        obj=locked,
        changes={"file_name": [before or None, locked.file_name]},
    )
    document_changed(locked.document)
    return locked


@transaction.atomic
def edition_start_draft(*, actor, document: Document) -> Edition:
    """Open the next edition as a draft, copied from the effective (or latest) edition.

    Refused while an edition of the document is still open (draft … approved).
    """
    require(can_author(actor, document))
    locked_document = Document.objects.select_for_update().get(pk=document.pk)
    open_edition = locked_document.editions.filter(
        state__in=[State.DRAFT, State.SUBMITTED, State.REVIEWED, State.APPROVED]
    ).first()
    if open_edition is not None:
        raise DomainError(
            _("Issue %(number)d of this document is still open (“%(state)s”); finish it first.")
            % {"number": open_edition.issue_number, "state": open_edition.get_state_display()},
            code="open_draft",
        )
    source = (
        locked_document.editions.filter(state=State.EFFECTIVE).first()
        or locked_document.editions.order_by("-issue_number").first()
    )
    last_number = locked_document.editions.order_by("-issue_number").values_list(
        "issue_number", flat=True
    )
    draft = Edition(
        document=locked_document,
        issue_number=(last_number.first() or 0) + 1,
        state=State.DRAFT,
        created_by=actor,
        locked_by=actor,
        locked_at=timezone.now(),
    )
    if source is not None:
        for name in EDITION_CONTENT_FIELDS:
            setattr(draft, name, getattr(source, name))
        if source.file:
            draft.file = source.file.name
            draft.file_name, draft.file_kind = source.file_name, source.file_kind
            draft.file_text = source.file_text
    draft.save()
    if source is not None:
        _copy_rows(source, draft, actor)
    locked_document.latest_edition = draft
    locked_document.save(update_fields=["latest_edition", "updated_at"])
    audit.record(
        actor=actor,
        action=events.EDITION_CREATE,
        obj=draft,
        changes={"issue_number": [None, draft.issue_number]},
    )
    document_changed(locked_document)
    return draft


def _copy_rows(source: Edition, draft: Edition, actor) -> None:
    ProcedureStep.objects.bulk_create(
        ProcedureStep(
            edition=draft,
            order=s.order,
            task=s.task,
            responsible=s.responsible,
            duration=s.duration,
            duration_unit=s.duration_unit,
            output=s.output,
            created_by=actor,
        )
        for s in source.steps.all()
    )
    RecordItem.objects.bulk_create(
        RecordItem(
            edition=draft,
            order=r.order,
            name=r.name,
            owner_unit_id=r.owner_unit_id,
            owner=r.owner,
            place=r.place,
            retention=r.retention,
            created_by=actor,
        )
        for r in source.records.all()
    )
    EditionCitation.objects.bulk_create(
        EditionCitation(edition=draft, external_document_id=c.external_document_id, order=c.order)
        for c in source.citations.all()
    )
    draft.referenced_documents.set(source.referenced_documents.all())
