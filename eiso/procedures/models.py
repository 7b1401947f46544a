"""The province's catalogue of administrative procedures (TTHC) and each agency's scope.

A TTHC is identified in its province by its national code ("1.001234" for a provincial-level
procedure, "2.000123" for a commune-level one). The legal processing time is stored as printed
in the publication decision, in working days or in working hours; `legal_days` converts hours at
8 working hours a day (Bộ luật Lao động: the normal working day), which is how the legal-time
submit gate compares it with a procedure's steps.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel

HOURS_PER_WORKING_DAY = Decimal(8)


class TTHCLevel(models.TextChoices):
    PROVINCE = "province", _("Province level")
    COMMUNE = "commune", _("Commune level")
    INTERAGENCY = "interagency", _("Inter-agency (liên thông)")
    CENTRAL = "central", _("Central level")
    OTHER = "other", pgettext_lazy("tthc level", "Other")


class TimeUnit(models.TextChoices):
    DAYS = "days", _("working days")
    HOURS = "hours", _("working hours")


class TTHC(BaseModel):
    """One administrative procedure (thủ tục hành chính) of the province's published list."""

    province = models.ForeignKey(
        "organizations.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="tthc",
    )
    code = models.CharField(_("code"), max_length=30)
    name = models.CharField(_("name"), max_length=1000)
    field = models.CharField(_("field"), max_length=255)
    level = models.CharField(_("level"), max_length=20, choices=TTHCLevel.choices)
    implementing_agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("implementing agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    implementing_agency_text = models.CharField(
        _("implementing agency (as printed)"), max_length=500, blank=True
    )
    legal_time = models.DecimalField(_("legal processing time"), max_digits=7, decimal_places=2)
    legal_time_unit = models.CharField(
        _("unit of the processing time"),
        max_length=10,
        choices=TimeUnit.choices,
        default=TimeUnit.DAYS,
    )
    fees = models.CharField(_("fees and charges"), max_length=1000, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    decision_number = models.CharField(_("publication decision number"), max_length=100, blank=True)
    decision_date = models.DateField(_("publication decision date"), null=True, blank=True)
    is_active = models.BooleanField(pgettext_lazy("tthc", "active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("administrative procedure (TTHC)")
        verbose_name_plural = _("administrative procedures (TTHC)")
        constraints = [
            models.UniqueConstraint(fields=["province", "code"], name="tthc_unique_code"),
            models.CheckConstraint(condition=Q(legal_time__gte=0), name="tthc_legal_time_gte_0"),
        ]
        indexes = [
            models.Index(fields=["province", "field"], name="tthc_prov_field_idx"),
            models.Index(fields=["province", "is_active", "code"], name="tthc_prov_active_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"

    def audit_scope(self):
        return self.province_id, None

    @property
    def legal_days(self) -> Decimal:
        """The legal time in working days (hours at 8 a day)."""
        if self.legal_time_unit == TimeUnit.HOURS:
            return self.legal_time / HOURS_PER_WORKING_DAY
        return self.legal_time

    @property
    def implementing_agency_label(self) -> str:
        agency = self.implementing_agency if self.implementing_agency_id is not None else None
        return agency.name if agency is not None else self.implementing_agency_text


class AgencyTTHC(BaseModel):
    """A TTHC in the scope of an agency's QMS, and the procedure (quy trình) that implements it.

    `due_date` is the deadline of the task opened when the TTHC entered the scope (5 working
    days, TT 26/2014 Art. 4); the task is open while `task_open` is set.
    """

    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="tthc_scope",
    )
    tthc = models.ForeignKey(
        TTHC, verbose_name=_("TTHC"), on_delete=models.PROTECT, related_name="scopes"
    )
    procedure = models.ForeignKey(
        "documents.Document",
        verbose_name=_("procedure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tthc_scopes",
    )
    added_on = models.DateField(_("added to the scope on"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    task_open = models.BooleanField(_("task open"), default=False)

    class Meta:
        ordering = ["tthc__code"]
        verbose_name = _("TTHC in scope")
        verbose_name_plural = _("TTHC in scope")
        constraints = [
            models.UniqueConstraint(fields=["agency", "tthc"], name="agencytthc_unique"),
        ]
        indexes = [
            models.Index(fields=["agency", "task_open", "due_date"], name="agencytthc_task_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.tthc.code} – {self.agency}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class ImportState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Imported")
    REJECTED = "rejected", _("Rejected")


class CatalogueImport(BaseModel):
    """One upload of the catalogue file: its rows, progress and outcome (report kept)."""

    province = models.ForeignKey(
        "organizations.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("for agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("file content"))
    state = models.CharField(
        _("state"), max_length=10, choices=ImportState.choices, default=ImportState.QUEUED
    )
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows processed"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("catalogue import")
        verbose_name_plural = _("catalogue imports")

    def __str__(self) -> str:
        return self.file_name

    def audit_scope(self):
        return self.province_id, self.agency_id

    @property
    def percent(self) -> int:
        if not self.total_rows:
            return 0 if self.state in (ImportState.QUEUED, ImportState.RUNNING) else 100
        return min(100, round(self.processed_rows * 100 / self.total_rows))
