"""Annual ISO plans (kế hoạch duy trì, cải tiến HTQLCL) and the tracking of their tasks.

Two halves share these models:

- the PLAN half (``eiso/plans/*`` except ``tracking``) writes `Plan` and `PlanTask` content: the
  plan document, its lifecycle draft → issued (→ cancelled), the template, "copy last year",
  Excel import/export;
- the TRACKING half (``eiso/plans/tracking/``) writes the tracking fields of `TrackedWork`
  (status, progress, completed_on, reminder bookkeeping) on `PlanTask`, `TaskAssignment` and
  `TaskOccurrence`, creates occurrences of recurring tasks and records `ProgressUpdate` rows.

Tracking starts when a plan is issued; tasks of a draft plan are "not started" and nobody is
reminded about them. The plan half never writes tracking fields after issue (issued plans are
frozen). For province-wide plans, one `TaskAssignment` per assigned agency is created with the
draft task (the share list is part of the task table) and tracked once the plan is issued.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel

DEFAULT_TASKS_INTRO = "(Chi tiết theo Phụ lục đính kèm)."
DEFAULT_APPENDIX_TITLE = (
    "Các nhiệm vụ duy trì, cải tiến HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015"
)


class PlanScope(models.TextChoices):
    AGENCY = "agency", _("Agency plan")
    PROVINCE = "province", _("Province-wide plan")


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ISSUED = "issued", _("Issued")
    CANCELLED = "cancelled", _("Cancelled")


class Plan(BaseModel):
    """One annual plan of an agency, or a province-wide plan of the UBND tỉnh / the DOST.

    Text parts are stored as the document prints them, without automatic numbering:
    `purposes` is a list of paragraphs printed "1. …", "2. …" under I.; `implementation` is a
    list of sections ``{"heading": str, "paragraphs": [str, …]}`` printed "1. heading" then its
    paragraphs (a section without heading prints "n. " before its first paragraph) under III.
    `recipients` are the Nơi nhận lines without the final "Lưu: …" line, which comes from
    `archive` (e.g. ``["VT", "VP"]``).
    """

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("issuing agency"),
        on_delete=models.PROTECT,
        related_name="plans",
    )
    scope = models.CharField(
        _("scope"), max_length=20, choices=PlanScope.choices, default=PlanScope.AGENCY
    )
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=500)
    status = models.CharField(
        _("status"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    number_symbol = models.CharField(_("number and symbol"), max_length=80, blank=True)
    issued_number = models.ForeignKey(
        "core.IssuedNumber",
        verbose_name=_("issued number"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    issued_on = models.DateField(_("date of issue"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_reason = models.TextField(_("reason for cancelling"), blank=True)
    # The document text.
    preamble = models.JSONField(_("opening paragraphs (Thực hiện …)"), default=list, blank=True)
    legal_bases = models.JSONField(_("legal bases (Căn cứ …)"), default=list, blank=True)
    preamble_closing = models.TextField(_("closing sentence of the preamble"), blank=True)
    purposes = models.JSONField(_("purposes and requirements"), default=list, blank=True)
    tasks_intro = models.TextField(_("introduction to the tasks"), default=DEFAULT_TASKS_INTRO)
    implementation = models.JSONField(_("organisation of implementation"), default=list)
    closing = models.TextField(_("closing paragraph"), blank=True)
    recipients = models.JSONField(_("recipients"), default=list, blank=True)
    archive = models.JSONField(_("archived at"), default=list, blank=True)
    signer_authority = models.CharField(_("signing authority"), max_length=100, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=100, blank=True)
    signer_name = models.CharField(_("signer's name"), max_length=100, blank=True)
    appendix_title = models.CharField(
        _("appendix title"), max_length=300, default=DEFAULT_APPENDIX_TITLE
    )
    copied_from = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
    )

    class Meta:
        ordering = ["-year", "-created_at"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        indexes = [
            models.Index(fields=["agency", "year", "status"], name="plan_agency_year_idx"),
            models.Index(fields=["scope", "status", "year"], name="plan_scope_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="issued") | Q(issued_on__isnull=False),
                name="plan_issued_has_date",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2000) & Q(year__lte=2100), name="plan_year_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number_symbol} {self.title}".strip()

    def audit_scope(self):
        return self.agency.province_id, self.agency_id

    @property
    def is_draft(self) -> bool:
        return self.status == PlanStatus.DRAFT

    @property
    def is_province_wide(self) -> bool:
        return self.scope == PlanScope.PROVINCE


class TaskStatus(models.TextChoices):
    """Tracking status. OVERDUE is stored by the tracking sweep when the due date has passed
    (counted in working days) and the work is not done; DONE sets `completed_on`."""

    # A context: "Not started" of a QMS (organizations) reads differently in Vietnamese.
    NOT_STARTED = "not_started", pgettext_lazy("task status", "Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    OVERDUE = "overdue", _("Overdue")


OPEN_STATUSES = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE)


class TrackedWork(models.Model):
    """Tracking fields shared by tasks, assignments and occurrences (written by the tracking half).

    `reminded_before_on` / `reminded_overdue_on` record the day the "due soon" and "overdue"
    reminders were sent, so the daily sweep sends each at most once per due date.
    """

    status = models.CharField(
        _("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    reminded_before_on = models.DateField(null=True, blank=True, editable=False)
    reminded_overdue_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class TimeframeKind(models.TextChoices):
    BEFORE = "before", _("Before a date")
    RANGE = "range", _("Date range")
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")
    RECURRING = "recurring", _("Regularly (Thường xuyên)")
    REGULATORY = "regulatory", _("As regulated (Theo quy định)")


class Rhythm(models.TextChoices):
    NONE = "", _("No fixed rhythm")
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    HALF_YEARLY = "half_yearly", _("Half-yearly")
    YEARLY = "yearly", _("Yearly")


class PlanTask(TrackedWork, BaseModel):
    """One row of the plan's appendix (TT | Nội dung | Chủ trì | Phối hợp | Thời gian).

    Lead: `lead_unit` (a unit of the plan's agency) for an agency plan, `lead_agency` for a
    province-wide plan; `lead_label` is what the document prints when set (e.g. "Lãnh đạo Sở,
    Ban ISO"), otherwise the unit/agency name. Coordination: `coordinating_units` and/or the
    free text `coordinating_label` ("Các phòng thuộc Sở"), which wins in print when set.

    Timeframe fields by kind: BEFORE → `due_date`; RANGE → `start_date`..`due_date`; MONTH and
    QUARTER → `start_date` (first day)..`due_date` (last day); RECURRING → optional `rhythm`,
    `start_date`/`due_date` bound the period (default the plan year); REGULATORY → `due_date`
    is the regulatory due date when known, `regulation` names it. `timeframe_label` keeps the
    text exactly as written in an imported or typed document ("Từ 01/6 đến 30/7/2022");
    `timeframe_text()` returns it, or composes the text from the fields.

    For province-wide plans each assigned agency's share is a `TaskAssignment`; the task's own
    tracking fields then summarise the shares (tracking half).
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField(_("order"))
    content = models.TextField(_("content"))
    lead_unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("lead unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_plan_tasks",
    )
    lead_agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("lead agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_plan_tasks",
    )
    lead_label = models.CharField(_("lead (as printed)"), max_length=255, blank=True)
    coordinating_units = models.ManyToManyField(
        "organizations.Unit",
        verbose_name=_("coordinating units"),
        blank=True,
        related_name="coordinated_plan_tasks",
    )
    coordinating_label = models.CharField(
        _("coordinating (as printed)"), max_length=255, blank=True
    )
    timeframe_kind = models.CharField(
        _("timeframe"), max_length=20, choices=TimeframeKind.choices, default=TimeframeKind.BEFORE
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    rhythm = models.CharField(
        _("rhythm"), max_length=20, choices=Rhythm.choices, default=Rhythm.NONE, blank=True
    )
    regulation = models.CharField(_("regulation"), max_length=255, blank=True)
    timeframe_label = models.CharField(_("timeframe (as printed)"), max_length=120, blank=True)
    assigned_agencies = models.ManyToManyField(
        "organizations.Agency",
        verbose_name=_("assigned agencies"),
        through="TaskAssignment",
        blank=True,
        related_name="assigned_plan_tasks",
    )

    class Meta:
        ordering = ["plan", "order"]
        verbose_name = _("plan task")
        verbose_name_plural = _("plan tasks")
        constraints = [
            models.UniqueConstraint(fields=["plan", "order"], name="plan_task_unique_order"),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(due_date__isnull=True)
                | Q(start_date__lte=models.F("due_date")),
                name="plan_task_start_before_due",
            ),
            models.CheckConstraint(condition=Q(progress__lte=100), name="plan_task_progress_max"),
        ]
        indexes = [
            models.Index(fields=["lead_unit", "due_date"], name="plan_task_lead_due_idx"),
            models.Index(fields=["lead_agency", "due_date"], name="plan_task_agency_due_idx"),
            models.Index(fields=["status", "due_date"], name="plan_task_status_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.content[:80]}"

    def audit_scope(self):
        return self.plan.audit_scope()

    def lead_text(self) -> str:
        if self.lead_label:
            return self.lead_label
        lead = self.lead_unit or self.lead_agency
        return lead.name if lead is not None else ""

    def coordinating_text(self, units=None) -> str:
        """The printed coordination; pass `units` when they are already loaded."""
        if self.coordinating_label:
            return self.coordinating_label
        units = self.coordinating_units.all() if units is None else units
        return ", ".join(unit.name for unit in units)

    def timeframe_text(self) -> str:
        """'Trước 10/02/2022', 'Từ 01/03/2022 đến 30/06/2022', 'Tháng 3/2022', 'Quý II/2022',
        'Thường xuyên', 'Thường xuyên (hằng quý)', 'Theo quy định'."""
        if self.timeframe_label:
            return self.timeframe_label
        from eiso.plans.timeframes import compose

        return compose(self)

    @property
    def is_recurring(self) -> bool:
        return self.timeframe_kind == TimeframeKind.RECURRING


class TaskAssignment(TrackedWork, BaseModel):
    """One agency's share of a province-wide task (seed 001: "maintain the QMS" for 106
    agencies). `lead_unit` is the unit of that agency that handles it, chosen by the agency
    (tracking half); `due_date` overrides the task's due date for this agency when set."""

    task = models.ForeignKey(PlanTask, on_delete=models.CASCADE, related_name="assignments")
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="plan_assignments",
    )
    lead_unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("lead unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_assignments",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["task", "agency__name"]
        verbose_name = _("task assignment")
        verbose_name_plural = _("task assignments")
        constraints = [
            models.UniqueConstraint(fields=["task", "agency"], name="task_assignment_unique"),
            models.CheckConstraint(
                condition=Q(progress__lte=100), name="task_assignment_progress_max"
            ),
        ]
        indexes = [
            models.Index(fields=["agency", "status"], name="task_assignment_open_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.task} — {self.agency}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class TaskOccurrence(TrackedWork, BaseModel):
    """One period of a recurring task ("Thường xuyên", hằng tháng/quý/…), created by the
    tracking half; `assignment` is set for a province-wide task (one series per agency)."""

    task = models.ForeignKey(PlanTask, on_delete=models.CASCADE, related_name="occurrences")
    assignment = models.ForeignKey(
        TaskAssignment,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    period_label = models.CharField(_("period"), max_length=60)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    due_date = models.DateField(_("due date"))

    class Meta:
        ordering = ["task", "period_start"]
        verbose_name = _("task occurrence")
        verbose_name_plural = _("task occurrences")
        constraints = [
            models.UniqueConstraint(
                fields=["task", "period_start"],
                condition=Q(assignment__isnull=True),
                name="task_occurrence_unique_period",
            ),
            models.UniqueConstraint(
                fields=["assignment", "period_start"],
                condition=Q(assignment__isnull=False),
                name="task_occurrence_unique_share_period",
            ),
            models.CheckConstraint(
                condition=Q(period_start__lte=models.F("period_end")),
                name="task_occurrence_period_order",
            ),
            models.CheckConstraint(
                condition=Q(progress__lte=100), name="task_occurrence_progress_max"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_date"], name="task_occurrence_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.task} — {self.period_label}"

    def audit_scope(self):
        return self.task.plan.audit_scope()


def evidence_path(instance: ProgressUpdate, filename: str) -> str:
    today = dt.date.today()
    return f"plans/evidence/{today:%Y/%m}/{instance.pk}/{filename}"


class ProgressUpdate(BaseModel):
    """A progress report on a task, or on one agency's share, or on one occurrence.

    `task` is always set; `assignment` and/or `occurrence` narrow it. `status` is the status
    the update set (blank when unchanged). Written by the tracking half.
    """

    task = models.ForeignKey(PlanTask, on_delete=models.CASCADE, related_name="updates")
    assignment = models.ForeignKey(
        TaskAssignment, null=True, blank=True, on_delete=models.CASCADE, related_name="updates"
    )
    occurrence = models.ForeignKey(
        TaskOccurrence, null=True, blank=True, on_delete=models.CASCADE, related_name="updates"
    )
    reported_on = models.DateField(_("date"))
    percent = models.PositiveSmallIntegerField(_("progress (%)"))
    status = models.CharField(_("status"), max_length=20, choices=TaskStatus.choices, blank=True)
    note = models.TextField(_("note"), blank=True)
    evidence = models.FileField(_("evidence"), upload_to=evidence_path, blank=True, max_length=300)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-reported_on", "-created_at"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        constraints = [
            models.CheckConstraint(condition=Q(percent__lte=100), name="progress_update_max"),
        ]
        indexes = [
            models.Index(fields=["task", "-reported_on"], name="progress_update_task_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.task} — {self.percent}% ({self.reported_on:%d/%m/%Y})"

    def audit_scope(self):
        return self.task.plan.audit_scope()
