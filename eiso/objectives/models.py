"""Quality objectives (TCVN ISO 9001:2015 clause 6.2): objectives, their plan, measurements and
the year-end evaluation.

An objective belongs to an agency and, optionally, to one of its units (unit objectives may roll
up into an agency objective through `parent`). Its period is a calendar year or a school year
(September–August) for agencies with `school_year_objectives`; `year` is the year the period
starts in. `status` is derived from the measurements (see `status.py`) and stored so lists can
filter and count it in SQL; the services recompute it on every measurement write.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from eiso.core.models import BaseModel


class Comparator(models.TextChoices):
    GTE = "gte", "≥"
    LTE = "lte", "≤"
    EQ = "eq", "="


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    HALF_YEARLY = "half_yearly", _("Half-yearly")
    YEARLY = "yearly", _("Yearly")


# Months between two measurements of each frequency.
FREQUENCY_MONTHS: dict[str, int] = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 6,
    Frequency.YEARLY: 12,
}


class Status(models.TextChoices):
    NO_DATA = "no_data", _("Not measured yet")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    OFF_TRACK = "off_track", _("Off track")


class Objective(BaseModel):
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="quality_objectives",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quality_objectives",
        help_text=_("Empty for an objective of the whole agency."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("contributes to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    statement = models.TextField(_("objective"))
    indicator = models.CharField(_("indicator"), max_length=255)
    comparator = models.CharField(
        _("comparator"), max_length=3, choices=Comparator.choices, default=Comparator.GTE
    )
    target = models.DecimalField(_("target"), max_digits=14, decimal_places=2)
    measure_unit = models.CharField(_("unit of measure"), max_length=30, default="%")
    frequency = models.CharField(
        _("measurement frequency"),
        max_length=12,
        choices=Frequency.choices,
        default=Frequency.QUARTERLY,
    )
    data_source = models.CharField(_("data source"), max_length=60, default="manual")
    responsible_unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("responsible unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    responsible_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NO_DATA
    )
    latest_value = models.DecimalField(
        _("latest value"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    latest_measured_on = models.DateField(_("last measured on"), null=True, blank=True)

    class Meta:
        verbose_name = _("quality objective")
        verbose_name_plural = _("quality objectives")
        ordering = ("year", "unit__path", "order", "created_at")
        indexes = [models.Index(fields=["agency", "year"], name="objective_agency_year")]

    def __str__(self) -> str:
        return self.statement

    def audit_scope(self):
        return (self.agency.province_id, self.agency_id)

    @property
    def comparator_symbol(self) -> str:
        return Comparator(self.comparator).label

    @property
    def target_text(self) -> str:
        return f"{self.comparator_symbol} {format_number(self.target)} {self.measure_unit}".strip()


def format_number(value) -> str:
    """12.50 -> "12,5"; 100.00 -> "100" (Vietnamese decimal comma)."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class ActionItem(BaseModel):
    """One line of the plan to achieve the objective (6.2.2)."""

    objective = models.ForeignKey(
        Objective, verbose_name=_("objective"), on_delete=models.CASCADE, related_name="actions"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    action = models.TextField(_("what will be done"))
    resources = models.CharField(_("resources"), max_length=255, blank=True)
    responsible = models.CharField(_("who"), max_length=255)
    timeframe = models.CharField(_("when"), max_length=100)
    evaluation_method = models.CharField(_("how the result is evaluated"), max_length=255)

    class Meta:
        verbose_name = _("action of the plan")
        verbose_name_plural = _("actions of the plan")
        ordering = ("order", "created_at")

    def __str__(self) -> str:
        return self.action

    def audit_scope(self):
        return self.objective.audit_scope()


class Measurement(BaseModel):
    objective = models.ForeignKey(
        Objective,
        verbose_name=_("objective"),
        on_delete=models.CASCADE,
        related_name="measurements",
    )
    measured_on = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    evidence = models.FileField(
        _("evidence"), upload_to="objectives/evidence/%Y/%m/", blank=True, max_length=255
    )
    evidence_name = models.CharField(_("evidence file name"), max_length=255, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ("-measured_on", "-created_at")

    def __str__(self) -> str:
        return f"{self.measured_on:%d/%m/%Y}: {format_number(self.value)}"

    def audit_scope(self):
        return self.objective.audit_scope()


class Result(models.TextChoices):
    ACHIEVED = "achieved", _("Achieved")
    NOT_ACHIEVED = "not_achieved", _("Not achieved")


class EvaluationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for approval")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")


class Evaluation(BaseModel):
    """The year-end evaluation of one objective: proposed, then approved by the agency head."""

    objective = models.OneToOneField(
        Objective,
        verbose_name=_("objective"),
        on_delete=models.CASCADE,
        related_name="evaluation",
    )
    result = models.CharField(_("result"), max_length=15, choices=Result.choices)
    actual_value = models.DecimalField(
        _("result value"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    explanation = models.TextField(_("explanation"), blank=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=EvaluationState.choices,
        default=EvaluationState.DRAFT,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("proposed at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    return_comment = models.TextField(_("reason for returning"), blank=True)

    class Meta:
        verbose_name = _("year-end evaluation")
        verbose_name_plural = _("year-end evaluations")

    def __str__(self) -> str:
        return f"{self.objective}: {self.get_result_display()}"

    def audit_scope(self):
        return self.objective.audit_scope()
