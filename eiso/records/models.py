"""The records register (danh mục hồ sơ, NĐ 30/2020/NĐ-CP Art. 28 and Appendix V; clause 7.5.3 of
TCVN ISO 9001:2015) of one unit for one year.

Its lines come from two places: the records lists of the agency's effective procedures (read live
from the documents app, never copied until the register is established) and the entries the unit
adds by hand (`ManualRecord`). "Establishing" (lập danh mục) keeps a snapshot of the lines at that
moment in `RecordRegister.snapshot`; later changes in the procedures show as differences against
it until the register is established again.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from eiso.core.models import BaseModel


class RecordRegister(BaseModel):
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="record_registers",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="record_registers",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    established_on = models.DateField(_("established on"), null=True, blank=True)
    established_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("established by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The lines when the register was last established: a list of {"key", "name", "owner_unit",
    # "place", "retention", "notes", "source"}.
    snapshot = models.JSONField(_("established lines"), default=list, blank=True)

    class Meta:
        ordering = ["-year", "unit__path"]
        verbose_name = _("records register")
        verbose_name_plural = _("records registers")
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="record_register_unique_year"),
        ]
        indexes = [models.Index(fields=["agency", "year"], name="record_register_agency_idx")]

    def __str__(self) -> str:
        return f"{self.unit} — {self.year}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class ManualRecord(BaseModel):
    """A line the unit adds itself (records no procedure lists, e.g. incoming-letter books)."""

    register = models.ForeignKey(
        RecordRegister,
        verbose_name=_("records register"),
        on_delete=models.CASCADE,
        related_name="manual_records",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("record"), max_length=300)
    owner_unit = models.CharField(_("unit keeping it"), max_length=255, blank=True)
    place = models.CharField(_("where kept"), max_length=255, blank=True)
    retention = models.CharField(_("retention period"), max_length=100)
    notes = models.CharField(_("notes"), max_length=500, blank=True)

    class Meta:
        ordering = ["register", "order", "created_at"]
        verbose_name = _("manual record entry")
        verbose_name_plural = _("manual record entries")

    def __str__(self) -> str:
        return self.name

    def audit_scope(self):
        return self.register.audit_scope()
