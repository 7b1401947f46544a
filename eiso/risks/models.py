"""Context of the organisation (4.1), interested parties (4.2) and the register of risks and
opportunities (6.1) with their treatment actions.

Everything belongs to an agency (optionally to one of its units, or to a process named by the
agency). Risks are scored likelihood × impact on the matrix of the agency's ISO unit
(`RiskMatrix`, default 5 × 5); the score and level are stored so lists and the heat-map filter and
count them in SQL, and the services recompute them whenever the scores or the thresholds change.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class Scope(models.TextChoices):
    INTERNAL = "internal", _("Internal")
    EXTERNAL = "external", _("External")


class Swot(models.TextChoices):
    STRENGTH = "strength", _("Strength")
    WEAKNESS = "weakness", _("Weakness")
    OPPORTUNITY = "opportunity", pgettext_lazy("swot", "Opportunity")
    THREAT = "threat", _("Threat")


class IssueCategory(models.TextChoices):
    LEGAL = "legal", _("Legal and policy")
    ORGANISATION = "organisation", _("Organisation and management")
    PEOPLE = "people", _("People and competence")
    TECHNOLOGY = "technology", _("Information technology")
    INFRASTRUCTURE = "infrastructure", _("Premises and equipment")
    FINANCE = "finance", _("Budget and finance")
    SOCIETY = "society", _("Economy and society")
    OTHER = "other", _("Other")


class ContextIssue(BaseModel):
    """An internal or external issue relevant to the agency's purpose (4.1)."""

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="context_issues",
    )
    scope = models.CharField(_("internal or external"), max_length=10, choices=Scope.choices)
    swot = models.CharField(_("SWOT"), max_length=12, choices=Swot.choices)
    category = models.CharField(_("category"), max_length=20, choices=IssueCategory.choices)
    description = models.TextField(_("issue"))
    is_active = models.BooleanField(_("still relevant"), default=True)

    class Meta:
        ordering = ["agency", "scope", "swot", "created_at"]
        verbose_name = _("context issue")
        verbose_name_plural = _("context issues")
        indexes = [models.Index(fields=["agency", "is_active"], name="ctxissue_agency_idx")]

    def __str__(self) -> str:
        return self.description[:120]

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class InterestedParty(BaseModel):
    """A party with its needs and expectations relevant to the QMS (4.2)."""

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="interested_parties",
    )
    name = models.CharField(_("interested party"), max_length=255)
    scope = models.CharField(_("internal or external"), max_length=10, choices=Scope.choices)
    needs = models.TextField(_("needs and expectations"))
    monitoring = models.CharField(_("how they are monitored"), max_length=255, blank=True)
    is_active = models.BooleanField(_("still relevant"), default=True)

    class Meta:
        ordering = ["agency", "scope", "name"]
        verbose_name = _("interested party")
        verbose_name_plural = _("interested parties")
        indexes = [models.Index(fields=["agency", "is_active"], name="party_agency_idx")]

    def __str__(self) -> str:
        return self.name

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class RiskMatrix(BaseModel):
    """The scoring matrix of an ISO unit: sizes and the score at which each level starts.

    Levels: low below `medium_from`, medium from it, high from `high_from`, very high from
    `very_high_from` (scores are likelihood × impact)."""

    iso_unit = models.OneToOneField(
        "organizations.ISOUnit",
        verbose_name=_("ISO unit"),
        on_delete=models.CASCADE,
        related_name="risk_matrix",
    )
    likelihood_levels = models.PositiveSmallIntegerField(_("likelihood levels"), default=5)
    impact_levels = models.PositiveSmallIntegerField(_("impact levels"), default=5)
    medium_from = models.PositiveSmallIntegerField(_("medium from score"), default=5)
    high_from = models.PositiveSmallIntegerField(_("high from score"), default=10)
    very_high_from = models.PositiveSmallIntegerField(_("very high from score"), default=16)

    class Meta:
        verbose_name = _("risk matrix")
        verbose_name_plural = _("risk matrices")

    def __str__(self) -> str:
        return f"{self.iso_unit}: {self.likelihood_levels} × {self.impact_levels}"

    def audit_scope(self):
        return self.iso_unit.audit_scope()


class RiskKind(models.TextChoices):
    RISK = "risk", _("Risk")
    OPPORTUNITY = "opportunity", _("Opportunity")


class RiskLevel(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")
    VERY_HIGH = "very_high", _("Very high")


class RiskStatus(models.TextChoices):
    OPEN = "open", _("Being monitored")
    CLOSED = "closed", _("Closed")


class Risk(BaseModel):
    """One risk or opportunity of an agency (of a unit or a process when given)."""

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="risks",
    )
    number = models.PositiveIntegerField(_("number"))
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="risks",
    )
    process = models.CharField(pgettext_lazy("risk", "process"), max_length=255, blank=True)
    procedure = models.ForeignKey(
        "documents.Document",
        verbose_name=_("documented procedure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="risks",
        help_text=_("The agency's documented procedure the risk belongs to, if any."),
    )
    kind = models.CharField(_("type"), max_length=12, choices=RiskKind.choices)
    title = models.CharField(_("risk or opportunity"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    source_issue = models.ForeignKey(
        ContextIssue,
        verbose_name=_("arising from issue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="risks",
    )
    source_party = models.ForeignKey(
        InterestedParty,
        verbose_name=_("arising from interested party"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="risks",
    )
    likelihood = models.PositiveSmallIntegerField(_("likelihood"))
    impact = models.PositiveSmallIntegerField(_("impact"))
    score = models.PositiveSmallIntegerField(_("score"))
    level = models.CharField(
        pgettext_lazy("risk", "level"), max_length=10, choices=RiskLevel.choices
    )
    residual_likelihood = models.PositiveSmallIntegerField(
        _("residual likelihood"), null=True, blank=True
    )
    residual_impact = models.PositiveSmallIntegerField(_("residual impact"), null=True, blank=True)
    residual_score = models.PositiveSmallIntegerField(_("residual score"), null=True, blank=True)
    residual_level = models.CharField(
        _("residual level"), max_length=10, choices=RiskLevel.choices, blank=True
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("risk owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_risks",
    )
    review_date = models.DateField(_("next review"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RiskStatus.choices, default=RiskStatus.OPEN
    )

    class Meta:
        ordering = ["agency", "-score", "number"]
        verbose_name = _("risk or opportunity")
        verbose_name_plural = _("risks and opportunities")
        constraints = [
            models.UniqueConstraint(fields=["agency", "number"], name="risk_unique_number"),
        ]
        indexes = [
            models.Index(fields=["agency", "status", "level"], name="risk_agency_level_idx"),
            models.Index(fields=["review_date", "status"], name="risk_review_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def code(self) -> str:
        prefix = "RR" if self.kind == RiskKind.RISK else "CH"
        return f"{prefix}-{self.number:03d}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class TreatmentStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("treatment", "Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("treatment", "In progress")
    DONE = "done", pgettext_lazy("treatment", "Done")
    CANCELLED = "cancelled", pgettext_lazy("treatment", "Cancelled")


class Treatment(BaseModel):
    """An action that treats a risk or takes up an opportunity."""

    risk = models.ForeignKey(
        Risk, verbose_name=_("risk"), on_delete=models.CASCADE, related_name="treatments"
    )
    action = models.TextField(pgettext_lazy("treatment", "action"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person responsible"),
        on_delete=models.PROTECT,
        related_name="risk_treatments",
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=TreatmentStatus.choices,
        default=TreatmentStatus.PLANNED,
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["due_date", "created_at"]
        verbose_name = _("treatment action")
        verbose_name_plural = _("treatment actions")
        indexes = [
            models.Index(fields=["owner", "status", "due_date"], name="treatment_owner_idx"),
        ]

    def __str__(self) -> str:
        return self.action[:120]

    def audit_scope(self):
        return self.risk.agency.province_id, self.risk.agency_id
