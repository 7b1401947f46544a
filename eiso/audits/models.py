"""Internal audit (clause 9.2): the yearly programme, the audits it plans, their checklists.

- `AuditProgramme`: one per ISO unit and year, drafted by the ISO coordinator, approved by the head.
- `Audit`: one planned audit of the programme; once planned in detail it is the audit plan
  (objectives, scope, criteria, dates, team, timetable) and, after the fieldwork, carries the
  report (strengths, conclusion) approved by the lead auditor.
- `AuditSession`: one row of the plan's timetable (date, time, unit, auditors, auditees).
- `ChecklistItem`: one question of the checklist with its result and evidence; a nonconforming
  result is a finding (the nonconformities app links its `Nonconformity.finding` here).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class ProgrammeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", pgettext_lazy("programme", "Approved")


class AuditProgramme(BaseModel):
    iso_unit = models.ForeignKey(
        "organizations.ISOUnit",
        verbose_name=_("ISO unit"),
        on_delete=models.PROTECT,
        related_name="audit_programmes",
    )
    # The agency that runs the programme (its head approves, its ISO coordinator drafts).
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="audit_programmes",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    objectives = models.TextField(_("objectives of the programme"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ProgrammeStatus.choices, default=ProgrammeStatus.DRAFT
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)

    class Meta:
        ordering = ["-year", "agency__name"]
        verbose_name = _("audit programme")
        verbose_name_plural = _("audit programmes")
        constraints = [
            models.UniqueConstraint(fields=["iso_unit", "year"], name="auditprogramme_unique_year"),
        ]

    def __str__(self) -> str:
        return f"Chương trình đánh giá nội bộ năm {self.year} — {self.agency.name}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class AuditStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("audit", "In progress")
    COMPLETED = "completed", _("Fieldwork completed")
    REPORTED = "reported", _("Reported")
    CANCELLED = "cancelled", _("Cancelled")


class Audit(BaseModel):
    programme = models.ForeignKey(
        AuditProgramme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="audits"
    )
    sequence = models.PositiveSmallIntegerField(_("number in the programme"))
    title = models.CharField(pgettext_lazy("audit", "title"), max_length=255)
    status = models.CharField(
        _("status"), max_length=20, choices=AuditStatus.choices, default=AuditStatus.PLANNED
    )
    planned_month = models.PositiveSmallIntegerField(_("planned month"))
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    criteria = models.TextField(
        _("other criteria"),
        blank=True,
        help_text=_("Besides the standard and the agency's documents: legal documents, contracts…"),
    )
    edition = models.ForeignKey(
        "standards.StandardEdition",
        verbose_name=_("standard edition"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    units = models.ManyToManyField(
        "organizations.Unit", verbose_name=_("audited units"), blank=True, related_name="+"
    )
    clauses = models.ManyToManyField(
        "standards.Clause", verbose_name=_("clauses"), blank=True, related_name="+"
    )
    procedures = models.ManyToManyField(
        "documents.Document",
        verbose_name=_("processes (procedures)"),
        blank=True,
        related_name="+",
    )
    lead_auditor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead auditor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    auditors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("auditors"), blank=True, related_name="+"
    )
    auditees_notified_at = models.DateTimeField(_("auditees notified at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("fieldwork completed at"), null=True, blank=True)
    # The report.
    strengths = models.TextField(_("strengths"), blank=True)
    conclusion = models.TextField(_("conclusion"), blank=True)
    report_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("report approved by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    report_approved_at = models.DateTimeField(_("report approved at"), null=True, blank=True)

    class Meta:
        ordering = ["programme", "sequence"]
        verbose_name = _("audit")
        verbose_name_plural = _("audits")
        constraints = [
            models.UniqueConstraint(fields=["programme", "sequence"], name="audit_unique_sequence"),
            models.CheckConstraint(
                condition=models.Q(planned_month__gte=1, planned_month__lte=12),
                name="audit_planned_month_range",
            ),
        ]
        indexes = [models.Index(fields=["status", "start_date"], name="audit_status_start_idx")]

    def __str__(self) -> str:
        return f"Đợt {self.sequence}/{self.programme.year}: {self.title}"

    @property
    def code(self) -> str:
        return f"{self.sequence:02d}/{self.programme.year}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == AuditStatus.CANCELLED

    def audit_scope(self):
        return self.programme.audit_scope()


class AuditSession(BaseModel):
    """One row of the timetable: when a unit is audited, by whom, with whom."""

    audit = models.ForeignKey(
        Audit, verbose_name=_("audit"), on_delete=models.CASCADE, related_name="sessions"
    )
    date = models.DateField(_("date"))
    start_time = models.TimeField(pgettext_lazy("timetable", "from"))
    end_time = models.TimeField(pgettext_lazy("timetable", "to"))
    unit = models.ForeignKey(
        "organizations.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    auditors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("auditors"), blank=True, related_name="+"
    )
    auditees = models.CharField(
        _("auditees"),
        max_length=500,
        blank=True,
        help_text=_("Names and positions of the people to be interviewed."),
    )

    class Meta:
        ordering = ["date", "start_time"]
        verbose_name = _("timetable row")
        verbose_name_plural = _("timetable")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.start_time:%H:%M}–{self.end_time:%H:%M} {self.unit}"

    def audit_scope(self):
        return self.audit.audit_scope()


class Result(models.TextChoices):
    CONFORMS = "conforms", _("Conforms")
    MINOR_NC = "minor_nc", _("Minor nonconformity")
    MAJOR_NC = "major_nc", _("Major nonconformity")
    OBSERVATION = "observation", _("Observation")
    OFI = "ofi", _("Opportunity for improvement")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


NONCONFORMING = frozenset({Result.MINOR_NC, Result.MAJOR_NC})
FINDINGS = frozenset({Result.MINOR_NC, Result.MAJOR_NC, Result.OBSERVATION, Result.OFI})


class ItemSource(models.TextChoices):
    QUESTION_BANK = "bank", _("Question bank")
    PROCEDURE = "procedure", _("Procedure step")
    MANUAL = "manual", _("Added by hand")


class ChecklistItem(BaseModel):
    audit = models.ForeignKey(
        Audit, verbose_name=_("audit"), on_delete=models.CASCADE, related_name="items"
    )
    order = models.PositiveIntegerField(_("order"))
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    clause = models.ForeignKey(
        "standards.Clause",
        verbose_name=_("clause"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    source = models.CharField(
        _("source"), max_length=20, choices=ItemSource.choices, default=ItemSource.MANUAL
    )
    procedure = models.ForeignKey(
        "documents.Document",
        verbose_name=_("procedure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The procedure step the question comes from, as printed when it was generated.
    procedure_ref = models.CharField(_("procedure"), max_length=300, blank=True)
    question = models.TextField(_("question"))
    result = models.CharField(_("result"), max_length=20, choices=Result.choices, blank=True)
    evidence = models.TextField(_("evidence notes"), blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    assessed_at = models.DateTimeField(_("assessed at"), null=True, blank=True)

    class Meta:
        ordering = ["audit", "order"]
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")
        indexes = [models.Index(fields=["audit", "result"], name="checklist_audit_result_idx")]

    def __str__(self) -> str:
        return f"{self.audit.code} #{self.order}: {self.question[:80]}"

    @property
    def is_nonconforming(self) -> bool:
        return self.result in NONCONFORMING

    @property
    def is_finding(self) -> bool:
        return self.result in FINDINGS

    def audit_scope(self):
        return self.audit.audit_scope()


def attachment_path(instance: ItemAttachment, filename: str) -> str:
    return f"audits/evidence/{instance.item.audit_id}/{instance.pk}{instance.extension}"


class ItemAttachment(BaseModel):
    """A photo or file taken as evidence for one checklist item (content sniffed on upload)."""

    item = models.ForeignKey(
        ChecklistItem, verbose_name=_("item"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self) -> str:
        return self.original_name

    @property
    def extension(self) -> str:
        return {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}.get(
            self.kind, ""
        )

    @property
    def is_image(self) -> bool:
        return self.kind in ("jpeg", "png")

    def audit_scope(self):
        return self.item.audit_scope()
