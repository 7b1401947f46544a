"""The standard as data: editions of ISO 9001, their clause trees and mappings between editions.

Only clause numbers and titles are stored, with our own short guidance text; the standard's
requirement text is copyrighted and is never reproduced. The data files in `data/` are loaded
by `manage.py load_standards` (idempotent). Each ISO unit records the edition its QMS follows
(`ISOUnitEdition`).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class EditionStatus(models.TextChoices):
    CURRENT = "current", _("Current")
    UPCOMING = "upcoming", _("Upcoming")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class StandardEdition(BaseModel):
    """One edition of the standard, e.g. "TCVN ISO 9001:2015"."""

    code = models.CharField(_("code"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=255)
    title_en = models.CharField(_("English title"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=20, choices=EditionStatus.choices, default=EditionStatus.CURRENT
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["year", "code"]
        verbose_name = _("standard edition")
        verbose_name_plural = _("standard editions")

    def __str__(self) -> str:
        return self.code


class Clause(BaseModel):
    """A clause of an edition: number ("7.5.3"), titles and our own short guidance."""

    edition = models.ForeignKey(
        StandardEdition,
        verbose_name=pgettext_lazy("standard", "edition"),
        on_delete=models.CASCADE,
        related_name="clauses",
    )
    number = models.CharField(_("number"), max_length=20)
    title_vi = models.CharField(_("Vietnamese title"), max_length=255)
    title_en = models.CharField(_("English title"), max_length=255)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent clause"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    depth = models.PositiveSmallIntegerField(_("depth"), default=0)
    order = models.PositiveIntegerField(_("order"), default=0)
    guidance_vi = models.TextField(
        _("guidance"),
        blank=True,
        help_text=_("Our own short guidance, not the requirement text of the standard."),
    )

    class Meta:
        ordering = ["edition", "order"]
        verbose_name = _("clause")
        verbose_name_plural = _("clauses")
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="clause_unique_number"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title_vi}"


class ClauseMapping(BaseModel):
    """A correspondence between a clause of one edition and a clause of another."""

    from_clause = models.ForeignKey(
        Clause,
        verbose_name=_("from clause"),
        on_delete=models.CASCADE,
        related_name="mappings_out",
    )
    to_clause = models.ForeignKey(
        Clause,
        verbose_name=_("to clause"),
        on_delete=models.CASCADE,
        related_name="mappings_in",
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        ordering = ["from_clause__order", "to_clause__order"]
        verbose_name = _("clause mapping")
        verbose_name_plural = _("clause mappings")
        constraints = [
            models.UniqueConstraint(
                fields=["from_clause", "to_clause"], name="clausemapping_unique_pair"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_clause.number} → {self.to_clause.number}"


class ISOUnitEdition(BaseModel):
    """The edition the QMS of an ISO unit follows."""

    iso_unit = models.OneToOneField(
        "organizations.ISOUnit",
        verbose_name=_("ISO unit"),
        on_delete=models.CASCADE,
        related_name="standard_edition",
    )
    edition = models.ForeignKey(
        StandardEdition,
        verbose_name=pgettext_lazy("standard", "edition"),
        on_delete=models.PROTECT,
        related_name="iso_units",
    )
    since = models.DateField(_("since"), null=True, blank=True)

    class Meta:
        verbose_name = _("edition of an ISO unit")
        verbose_name_plural = _("editions of ISO units")

    def __str__(self) -> str:
        return f"{self.iso_unit}: {self.edition}"

    def audit_scope(self):
        return self.iso_unit.audit_scope()
