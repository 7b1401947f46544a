"""Controlled documents (TCVN ISO 9001:2015 clause 7.5): documents, their editions and content.

A `Document` is the lasting identity (code, title, kind, owner unit) of a procedure, manual, policy,
form… of one agency. Each issue of it is an `Edition` ("lần ban hành") with its own lifecycle
(see `states.py`): draft → submitted → reviewed → approved → effective → superseded / withdrawn.
At most one edition of a document is open (draft … approved) and at most one is effective; the
database enforces both. An edition's content is either structured (sections, steps, records) or
an uploaded Word/PDF file whose text is extracted into `file_text` for search — or both.

`Document.effective_edition` and `Document.latest_edition` are kept by the services so lists show
a document's state without a query per row.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class Kind(models.TextChoices):
    MANUAL = "manual", _("System description / quality manual")
    POLICY = "policy", _("Quality policy")
    PROCEDURE_SYSTEM = "procedure_system", _("System procedure")
    PROCEDURE_TTHC = "procedure_tthc", _("Administrative-procedure (TTHC) procedure")
    PROCEDURE_INTERNAL = "procedure_internal", _("Internal-work procedure")
    WORK_INSTRUCTION = "work_instruction", _("Work instruction")
    FORM = "form", _("Form")
    OTHER = "other", _("Other document")


PROCEDURE_KINDS = frozenset({Kind.PROCEDURE_SYSTEM, Kind.PROCEDURE_TTHC, Kind.PROCEDURE_INTERNAL})


class State(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("edition state", "Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    REVIEWED = "reviewed", pgettext_lazy("edition state", "Reviewed")
    APPROVED = "approved", pgettext_lazy("edition state", "Approved")
    EFFECTIVE = "effective", pgettext_lazy("edition state", "Effective")
    SUPERSEDED = "superseded", pgettext_lazy("edition state", "Superseded")
    WITHDRAWN = "withdrawn", pgettext_lazy("edition state", "Withdrawn")


OPEN_STATES = (State.DRAFT, State.SUBMITTED, State.REVIEWED, State.APPROVED)
CLOSED_STATES = (State.SUPERSEDED, State.WITHDRAWN)


class DurationUnit(models.TextChoices):
    DAYS = "days", _("working days")
    HOURS = "hours", _("working hours")


class Document(BaseModel):
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="controlled_documents",
    )
    owner_unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("owner unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="controlled_documents",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(_("code"), max_length=60)
    title = models.CharField(_("title"), max_length=500)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("attached to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attachments",
        help_text=_("For a form: the procedure it belongs to."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval (months)"), default=12
    )
    effective_edition = models.ForeignKey(
        "Edition",
        verbose_name=_("effective edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    latest_edition = models.ForeignKey(
        "Edition",
        verbose_name=_("latest edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("controlled document")
        verbose_name_plural = _("controlled documents")
        ordering = ("code",)
        constraints = [
            models.UniqueConstraint(fields=["agency", "code"], name="document_code_unique"),
        ]
        indexes = [models.Index(fields=["agency", "kind"], name="document_agency_kind")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def audit_scope(self):
        return (self.agency.province_id, self.agency_id)

    @property
    def is_procedure(self) -> bool:
        return self.kind in PROCEDURE_KINDS

    @property
    def is_tthc(self) -> bool:
        return self.kind == Kind.PROCEDURE_TTHC


class CodeTemplate(BaseModel):
    """How an agency codes one kind of document, e.g. "QT.{nn}", "QT-{nn}/{unit}", "BM.{nn}-{parent}".

    Placeholders: {n} the number, {nn} the number on two digits, {unit} the owner unit's
    abbreviation, {parent} the code of the procedure a form is attached to.
    """

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="document_code_templates",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    pattern = models.CharField(_("code template"), max_length=60)

    class Meta:
        verbose_name = _("code template")
        verbose_name_plural = _("code templates")
        constraints = [
            models.UniqueConstraint(fields=["agency", "kind"], name="document_code_template_unique")
        ]

    def __str__(self) -> str:
        return self.pattern

    def audit_scope(self):
        return (self.agency.province_id, self.agency_id)


class Edition(BaseModel):
    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="editions"
    )
    issue_number = models.PositiveSmallIntegerField(_("issue number"))
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.DRAFT)
    effective_date = models.DateField(_("effective date"), null=True, blank=True)

    # Structured content (the standard sections of a procedure).
    purpose = models.TextField(_("purpose"), blank=True)
    scope = models.TextField(pgettext_lazy("document section", "scope"), blank=True)
    other_references = models.TextField(
        _("other reference documents"),
        blank=True,
        help_text=_("One per line; documents that are not in the register."),
    )
    definitions = models.TextField(_("definitions and abbreviations"), blank=True)
    body = models.TextField(
        _("content"), blank=True, help_text=_("The text of a manual, policy or instruction.")
    )
    # For a TTHC procedure.
    dossier_components = models.TextField(_("dossier components"), blank=True)
    dossier_copies = models.CharField(_("number of copies"), max_length=100, blank=True)
    processing_time = models.CharField(_("processing time"), max_length=200, blank=True)
    fees = models.CharField(_("fees and charges"), max_length=300, blank=True)
    submission_place = models.CharField(_("where to submit"), max_length=300, blank=True)
    referenced_documents = models.ManyToManyField(
        Document,
        verbose_name=_("internal reference documents"),
        blank=True,
        related_name="referencing_editions",
    )

    # An uploaded Word/PDF (registering an existing document).
    file = models.FileField(
        _("file"), upload_to="documents/editions/%Y/%m/", blank=True, max_length=255
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    file_kind = models.CharField(_("file type"), max_length=10, blank=True)
    file_text = models.TextField(_("text of the file"), blank=True)

    # Signature block: filled by the people who did each step.
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("drafted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    drafted_name = models.CharField(_("drafter's name"), max_length=150, blank=True)
    drafted_position = models.CharField(_("drafter's position"), max_length=150, blank=True)
    drafted_on = models.DateField(_("drafted on"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_name = models.CharField(_("reviewer's name"), max_length=150, blank=True)
    reviewed_position = models.CharField(_("reviewer's position"), max_length=150, blank=True)
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_name = models.CharField(_("approver's name"), max_length=150, blank=True)
    approved_position = models.CharField(_("approver's position"), max_length=150, blank=True)
    approved_on = models.DateField(_("approved on"), null=True, blank=True)

    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    return_comment = models.TextField(_("reason for returning"), blank=True)
    withdrawn_reason = models.TextField(_("reason for withdrawal"), blank=True)
    ended_on = models.DateField(_("no longer effective from"), null=True, blank=True)

    # Editing lock: one person edits a draft at a time; it lapses after EDIT_LOCK_MINUTES.
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("being edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locked_at = models.DateTimeField(_("editing since"), null=True, blank=True)

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ("document", "-issue_number")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "issue_number"], name="edition_issue_unique"
            ),
            models.UniqueConstraint(
                fields=["document"],
                condition=Q(state__in=["draft", "submitted", "reviewed", "approved"]),
                name="edition_one_open_per_document",
            ),
            models.UniqueConstraint(
                fields=["document"],
                condition=Q(state="effective"),
                name="edition_one_effective_per_document",
            ),
        ]
        indexes = [models.Index(fields=["state", "effective_date"], name="edition_state_date")]

    def __str__(self) -> str:
        return f"{self.document.code} — lần ban hành {self.issue_number}"

    def audit_scope(self):
        return self.document.audit_scope()

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class ProcedureStep(BaseModel):
    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveSmallIntegerField(_("step"))
    task = models.TextField(_("task"))
    responsible = models.CharField(_("responsible"), max_length=255)
    duration = models.DecimalField(_("time"), max_digits=6, decimal_places=1, null=True, blank=True)
    duration_unit = models.CharField(
        _("time unit"), max_length=5, choices=DurationUnit.choices, default=DurationUnit.DAYS
    )
    output = models.CharField(_("form / output"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("procedure step")
        verbose_name_plural = _("procedure steps")
        ordering = ("edition", "order")

    def __str__(self) -> str:
        return f"B{self.order}. {self.task}"

    def audit_scope(self):
        return self.edition.audit_scope()


class RecordItem(BaseModel):
    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="records"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("record"), max_length=300)
    owner_unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("owner unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner = models.CharField(_("responsible"), max_length=255, blank=True)
    place = models.CharField(_("where kept"), max_length=255, blank=True)
    retention = models.CharField(_("retention period"), max_length=100)

    class Meta:
        verbose_name = _("record to keep")
        verbose_name_plural = _("records to keep")
        ordering = ("edition", "order")

    def __str__(self) -> str:
        return self.name

    def audit_scope(self):
        return self.edition.audit_scope()


class Amendment(BaseModel):
    """One row of an edition's amendment log (theo dõi sửa đổi tài liệu)."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="amendments"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    section = models.CharField(_("section / page"), max_length=200)
    description = models.TextField(_("what changed"))
    changed_on = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        verbose_name = _("amendment")
        verbose_name_plural = _("amendment log")
        ordering = ("edition", "order")

    def __str__(self) -> str:
        return f"{self.section}: {self.description}"

    def audit_scope(self):
        return self.edition.audit_scope()


class ReviewNote(BaseModel):
    """The workflow trail of an edition shown on its page: who submitted, returned, approved…"""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted for review")
        REVIEWED = "reviewed", pgettext_lazy("edition state", "Reviewed")
        RETURNED = "returned", _("Returned for changes")
        APPROVED = "approved", pgettext_lazy("edition state", "Approved")
        EFFECTIVE = "effective", _("Took effect")
        WITHDRAWN = "withdrawn", pgettext_lazy("edition state", "Withdrawn")

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="notes"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    at = models.DateTimeField(_("time"), default=timezone.now)
    author_name = models.CharField(_("by"), max_length=150, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("review note")
        verbose_name_plural = _("review notes")
        ordering = ("edition", "at", "created_at")

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.comment}"

    def audit_scope(self):
        return self.edition.audit_scope()


class EditionCitation(BaseModel):
    """An external document (law, decree, standard…) cited in an edition's references."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="citations"
    )
    external_document = models.ForeignKey(
        "references.ExternalDocument",
        verbose_name=_("external document"),
        on_delete=models.PROTECT,
        related_name="citations",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ("edition", "order")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "external_document"], name="edition_citation_unique"
            )
        ]

    def __str__(self) -> str:
        return str(self.external_document)

    def audit_scope(self):
        return self.edition.audit_scope()
