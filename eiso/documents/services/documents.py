"""Creating and editing controlled documents (their identity: code, title, kind, owner unit)."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.documents import codes, events, uploads
from eiso.documents.models import CodeTemplate, Document, Edition, Kind, State
from eiso.documents.permissions import can_author, can_author_in
from eiso.documents.services._common import clean_text, document_changed, require

DOCUMENT_FIELDS = ("kind", "code", "title", "owner_unit", "parent", "review_interval_months")


def _check_links(agency, kind: str, owner_unit, parent, document: Document | None = None) -> None:
    if kind not in Kind.values:
        raise DomainError(_("Choose the kind of document."), field="kind")
    if owner_unit is not None and owner_unit.agency_id != agency.pk:
        raise DomainError(_("Choose a unit of this agency."), field="owner_unit")
    if parent is not None:
        if parent.agency_id != agency.pk:
            raise DomainError(_("Choose a document of this agency."), field="parent")
        if document is not None and parent.pk == document.pk:
            raise DomainError(_("A document cannot be attached to itself."), field="parent")
        if parent.kind == Kind.FORM:
            raise DomainError(_("A document cannot be attached to a form."), field="parent")


def _check_code(agency, code: str, document: Document | None = None) -> str:
    code = clean_text(code, field="code", max_length=60)
    taken = Document.objects.filter(agency=agency, code__iexact=code)
    if document is not None:
        taken = taken.exclude(pk=document.pk)
    if taken.exists():
        raise DomainError(
            _("The code %(code)s is already used by another document of this agency.")
            % {"code": code},
            field="code",
        )
    return code


def _interval(value) -> int:
    try:
        months = int(value)
    except (TypeError, ValueError):
        months = -1
    if not 1 <= months <= 120:
        raise DomainError(
            _("Enter a review interval between 1 and 120 months."), field="review_interval_months"
        )
    return months


def _save_new(document: Document) -> None:
    try:
        with transaction.atomic():
            document.save()
    except IntegrityError as error:  # a concurrent author took the code in between
        raise DomainError(
            _("The code %(code)s is already used by another document of this agency.")
            % {"code": document.code},
            field="code",
        ) from error


@transaction.atomic
def document_create(
    *,
    actor,
    agency,
    kind: str,
    title: str,
    owner_unit=None,
    parent=None,
    code: str = "",
    review_interval_months: int = 12,
    **content,
) -> Document:
    """A new document with its first edition (a draft) owned by the actor.

    An empty `code` takes the next free code of the agency's template for the kind.
    `content` may carry fields of the first edition (purpose, scope, …).
    """
    require(can_author_in(actor, agency, owner_unit))
    _check_links(agency, kind, owner_unit, parent)
    title = clean_text(title, field="title", required=True, max_length=500)
    if str(code or "").strip():
        code = _check_code(agency, code)
    else:
        code = codes.next_free_code(agency, kind, unit=owner_unit, parent=parent, lock=True)
    document = Document(
        agency=agency,
        owner_unit=owner_unit,
        kind=kind,
        code=code,
        title=title,
        parent=parent,
        review_interval_months=_interval(review_interval_months),
        created_by=actor,
    )
    _save_new(document)
    edition = Edition.objects.create(
        document=document,
        issue_number=1,
        state=State.DRAFT,
        created_by=actor,
        **{name: value for name, value in content.items() if name in EDITION_CONTENT_FIELDS},
    )
    document.latest_edition = edition
    document.save(update_fields=["latest_edition", "updated_at"])
    audit.record(
        actor=actor,
        action=events.DOCUMENT_CREATE,
        obj=document,
        changes=audit.created(audit.snapshot(document, DOCUMENT_FIELDS)),
    )
    document_changed(document)
    return document


@transaction.atomic
def document_register_file(
    *,
    actor,
    agency,
    kind: str,
    title: str,
    upload,
    owner_unit=None,
    parent=None,
    code: str = "",
    issue_number: int = 1,
    review_interval_months: int = 12,
) -> Document:
    """Register an existing Word/PDF document: a new document whose first edition is the file.

    The edition goes through the same lifecycle as a written one; `issue_number` keeps the
    numbering the agency already used on paper.
    """
    require(can_author_in(actor, agency, owner_unit))
    kind_of_file = uploads.validate_document_file(upload)
    try:
        issue = int(issue_number)
    except (TypeError, ValueError):
        issue = 0
    if not 1 <= issue <= 99:
        raise DomainError(_("Enter an issue number between 1 and 99."), field="issue_number")
    document = document_create(
        actor=actor,
        agency=agency,
        kind=kind,
        title=title,
        owner_unit=owner_unit,
        parent=parent,
        code=code,
        review_interval_months=review_interval_months,
    )
    edition = document.latest_edition
    assert edition is not None
    edition.issue_number = issue
    _store_file(edition, upload, kind_of_file)
    edition.save()
    audit.record(
        actor=actor,
        action=events.EDITION_FILE,
        obj=edition,
        changes={"file_name": [None, edition.file_name]},
    )
    return document


def _store_file(edition: Edition, upload, kind_of_file: str) -> None:
    name = str(getattr(upload, "name", "") or "tai-lieu").rsplit("/", 1)[-1][:200]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    edition.file_name = stem + uploads.EXTENSIONS[kind_of_file]
    edition.file_kind = kind_of_file
    edition.file_text = uploads.extract_text(upload, kind_of_file)
    edition.file.save(edition.file_name, upload, save=False)


@transaction.atomic
def document_update(
    *,
    actor,
    document: Document,
    title: str,
    code: str,
    owner_unit=None,
    parent=None,
    review_interval_months: int = 12,
) -> Document:
    """Change a document's identity. The kind stays; the code stays unique in the agency."""
    require(can_author(actor, document))
    locked = Document.objects.select_for_update().get(pk=document.pk)
    if getattr(owner_unit, "pk", None) != locked.owner_unit_id:
        require(can_author_in(actor, locked.agency, owner_unit))
    _check_links(locked.agency, locked.kind, owner_unit, parent, locked)
    before = audit.snapshot(locked, DOCUMENT_FIELDS)
    locked.title = clean_text(title, field="title", required=True, max_length=500)
    locked.code = _check_code(locked.agency, code or locked.code, locked)
    locked.owner_unit = owner_unit
    locked.parent = parent
    locked.review_interval_months = _interval(review_interval_months)
    locked.save()
    changes = audit.diff(before, audit.snapshot(locked, DOCUMENT_FIELDS))
    if changes:
        audit.record(actor=actor, action=events.DOCUMENT_UPDATE, obj=locked, changes=changes)
        document_changed(locked)
    return locked


@transaction.atomic
def code_template_set(*, actor, agency, kind: str, pattern: str) -> CodeTemplate:
    """Set the agency's code template for a kind (existing codes are not renamed)."""
    from eiso.organizations.access import access_for

    require(access_for(actor).manages_agency(agency.pk, agency.province_id))
    if kind not in Kind.values:
        raise DomainError(_("Choose the kind of document."), field="kind")
    pattern = codes.validate_pattern(pattern)
    template, created = CodeTemplate.objects.select_for_update().get_or_create(
        agency=agency, kind=kind, defaults={"pattern": pattern, "created_by": actor}
    )
    before = "" if created else template.pattern
    template.pattern = pattern
    template.save()
    if before != pattern:
        audit.record(
            actor=actor,
            action=events.CODE_TEMPLATE_SET,
            obj=template,
            changes={"pattern": [before or None, pattern]},
            agency_id=agency.pk,
            province_id=agency.province_id,
        )
    return template


EDITION_CONTENT_FIELDS = (
    "purpose",
    "scope",
    "other_references",
    "definitions",
    "body",
    "dossier_components",
    "dossier_copies",
    "processing_time",
    "fees",
    "submission_place",
)

__all__ = [
    "code_template_set",
    "document_create",
    "document_register_file",
    "document_update",
]
