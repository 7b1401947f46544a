"""Nonconformity and corrective action (TCVN ISO 9001:2015 clause 10.2) and improvement (10.3).

A nonconformity belongs to an agency and carries a yearly number per agency ("KPH-2026-014",
taken under SELECT … FOR UPDATE from `YearCounter`). Its lifecycle (see `states.py`): recorded →
analysed (correction taken, root cause found with the 5-whys form) → action plan (corrective
actions with an owner and a due date) → in progress → verification (effectiveness checked) →
closed; a "not effective" check sends it back to analysis and starts a new round.

A corrective action belongs either to a nonconformity or to an accepted improvement proposal
(same tracking, reminders and escalation). `ActionEscalation` remembers which escalation level
was sent for which action so the daily job notifies once per action per level.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class YearCounter(models.Model):
    """The last number issued per agency, year and register (locked when a number is taken)."""

    id = models.BigAutoField(primary_key=True)
    agency = models.ForeignKey("organizations.Agency", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    register = models.CharField(max_length=10)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year", "register"], name="nc_year_counter_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.register} {self.year}: {self.last_number}"


class Source(models.TextChoices):
    INTERNAL_AUDIT = "internal_audit", _("Internal audit")
    DOST_INSPECTION = "dost_inspection", _("DOST inspection")
    COMPLAINT = "complaint", _("Complaint or feedback")
    PROCESS_MONITORING = "process_monitoring", _("Process monitoring")
    OVERDUE_DOSSIERS = "overdue_dossiers", _("Overdue dossiers")
    MANAGEMENT_REVIEW = "management_review", _("Management review")
    OTHER = "other", pgettext_lazy("nonconformity source", "Other")


class Severity(models.TextChoices):
    MINOR = "minor", pgettext_lazy("severity", "Minor")
    MAJOR = "major", pgettext_lazy("severity", "Major")


class State(models.TextChoices):
    RECORDED = "recorded", _("Recorded")
    ANALYSED = "analysed", _("Analysed")
    ACTION_PLAN = "action_plan", _("Action plan")
    IN_PROGRESS = "in_progress", _("In progress")
    VERIFICATION = "verification", _("Verification")
    CLOSED = "closed", pgettext_lazy("nonconformity state", "Closed")


OPEN_STATES = (
    State.RECORDED,
    State.ANALYSED,
    State.ACTION_PLAN,
    State.IN_PROGRESS,
    State.VERIFICATION,
)

WHY_COUNT = 5


class Nonconformity(BaseModel):
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="nonconformities",
    )
    number = models.CharField(_("number"), max_length=30)
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("sequence"))
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    description = models.TextField(_("description"))
    evidence = models.TextField(_("objective evidence"), blank=True)
    clause = models.ForeignKey(
        "standards.Clause",
        verbose_name=_("clause"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="nonconformities",
    )
    detected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("detected by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    detected_on = models.DateField(_("detected on"))
    severity = models.CharField(
        _("severity"), max_length=5, choices=Severity.choices, default=Severity.MINOR
    )
    finding = models.ForeignKey(
        "audits.ChecklistItem",
        verbose_name=_("audit finding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nonconformities",
    )
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.RECORDED
    )
    correction = models.TextField(_("correction taken"), blank=True)
    whys = models.JSONField(_("five whys"), default=list, blank=True)
    root_cause = models.TextField(_("root cause"), blank=True)
    analysed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("analysed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    analysed_on = models.DateField(_("analysed on"), null=True, blank=True)
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    effectiveness_confirmed = models.BooleanField(_("effectiveness confirmed"), default=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("nonconformity")
        verbose_name_plural = _("nonconformities")
        ordering = ("-year", "-sequence")
        constraints = [
            models.UniqueConstraint(fields=["agency", "number"], name="nc_unique_number"),
        ]
        indexes = [
            models.Index(fields=["agency", "state"], name="nc_agency_state"),
            models.Index(fields=["agency", "year"], name="nc_agency_year"),
        ]

    def __str__(self) -> str:
        return self.number

    def audit_scope(self):
        return (self.agency.province_id, self.agency_id)

    @property
    def is_open(self) -> bool:
        return self.state != State.CLOSED


class ProposalState(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", pgettext_lazy("proposal state", "Rejected")


class Proposal(BaseModel):
    """An improvement proposal (10.3) from anyone in the agency."""

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="improvement_proposals",
    )
    number = models.CharField(_("number"), max_length=30)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"))
    expected_benefit = models.TextField(_("expected benefit"))
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=ProposalState.choices, default=ProposalState.SUBMITTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    reject_reason = models.TextField(_("reason for rejecting"), blank=True)

    class Meta:
        verbose_name = _("improvement proposal")
        verbose_name_plural = _("improvement proposals")
        ordering = ("-created_at",)
        constraints = [
            models.UniqueConstraint(fields=["agency", "number"], name="proposal_unique_number"),
        ]
        indexes = [models.Index(fields=["agency", "state"], name="proposal_agency_state")]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def audit_scope(self):
        return (self.agency.province_id, self.agency_id)


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Not done")
    DONE = "done", _("Done")


class CorrectiveAction(BaseModel):
    """A tracked action: of a nonconformity (corrective) or of an accepted proposal (improvement)."""

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    nonconformity = models.ForeignKey(
        Nonconformity,
        verbose_name=_("nonconformity"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="actions",
    )
    proposal = models.OneToOneField(
        Proposal,
        verbose_name=_("improvement proposal"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="action",
    )
    description = models.TextField(_("corrective action"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    due_date = models.DateField(_("due date"))
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    status = models.CharField(
        _("status"), max_length=5, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    result_note = models.TextField(_("result"), blank=True)

    class Meta:
        verbose_name = _("corrective action")
        verbose_name_plural = _("corrective actions")
        ordering = ("due_date", "created_at")
        indexes = [
            models.Index(fields=["agency", "status", "due_date"], name="nc_action_due"),
            models.Index(fields=["owner", "status"], name="nc_action_owner"),
        ]

    def __str__(self) -> str:
        return self.description[:120]

    def audit_scope(self):
        return (self.agency.province_id, self.agency_id)


class Verification(BaseModel):
    """One effectiveness check of a nonconformity's corrective actions."""

    nonconformity = models.ForeignKey(
        Nonconformity,
        verbose_name=_("nonconformity"),
        on_delete=models.CASCADE,
        related_name="verifications",
    )
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    effective = models.BooleanField(_("effective"))
    evidence = models.TextField(_("evidence of effectiveness"))
    evidence_file = models.FileField(
        _("evidence file"), upload_to="nonconformities/evidence/%Y/%m/", blank=True, max_length=255
    )
    evidence_name = models.CharField(_("evidence file name"), max_length=255, blank=True)
    checked_on = models.DateField(_("checked on"))
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("effectiveness verification")
        verbose_name_plural = _("effectiveness verifications")
        ordering = ("checked_on", "created_at")

    def __str__(self) -> str:
        return f"{self.nonconformity}: {self.checked_on:%d/%m/%Y}"

    def audit_scope(self):
        return self.nonconformity.audit_scope()


class EscalationLevel(models.IntegerChoices):
    UNIT_HEAD = 1, _("Unit head")
    ISO_COORDINATOR = 2, _("ISO coordinator")


class ActionEscalation(models.Model):
    """An escalation sent for an overdue action (at most one per action and level)."""

    id = models.BigAutoField(primary_key=True)
    action = models.ForeignKey(
        CorrectiveAction, on_delete=models.CASCADE, related_name="escalations"
    )
    level = models.PositiveSmallIntegerField(choices=EscalationLevel.choices)
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["action", "level"], name="nc_escalation_once"),
        ]

    def __str__(self) -> str:
        return f"{self.action_id} level {self.level}"
