"""External documents (tài liệu có nguồn gốc bên ngoài, TCVN ISO 9001:2015 clause 7.5.3.2).

An external document is a legal text or standard the QMS relies on: a law, decree, circular,
decision publishing administrative procedures, a standard... Its scope decides who manages and
who reads it:

- national (`province` and `agency` empty): managed by the system administrator, read by all;
- province (`province` set, `agency` empty): managed by the province admin / DOST, read by the
  whole province;
- agency (`agency` set, `province` = the agency's province): managed by the agency's ISO
  coordinator, read by that agency (and overseen by the province).

`status` changes (amended / replaced / expired) go through the services, which keep one
`ExternalStatusChange` row per change and publish `references.external_changed`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class Kind(models.TextChoices):
    LAW = "law", _("Law")
    DECREE = "decree", _("Decree")
    CIRCULAR = "circular", _("Circular")
    DECISION = "decision", _("Decision")
    TTHC_DECISION = "tthc_decision", _("Decision publishing administrative procedures")
    STANDARD = "standard", _("Standard")
    OFFICIAL_LETTER = "official_letter", _("Official letter")
    OTHER = "other", pgettext_lazy("external document kind", "Other")


class Status(models.TextChoices):
    IN_FORCE = "in_force", pgettext_lazy("external document status", "In force")
    AMENDED = "amended", pgettext_lazy("external document status", "Amended")
    REPLACED = "replaced", pgettext_lazy("external document status", "Replaced")
    EXPIRED = "expired", pgettext_lazy("external document status", "Expired")


class Scope(models.TextChoices):
    NATIONAL = "national", _("National")
    PROVINCE = "province", _("Province")
    AGENCY = "agency", _("Agency")


def external_file_path(instance: ExternalDocument, filename: str) -> str:
    return f"references/{instance.pk}/{filename}"


class ExternalDocument(BaseModel):
    province = models.ForeignKey(
        "organizations.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="external_documents",
        help_text=_("Empty for a national document."),
    )
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="external_documents",
        help_text=_("Set only for a document that applies to one agency."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.CharField(
        _("number/symbol"), max_length=100, help_text=_('e.g. "19/2014/QĐ-TTg"')
    )
    title = models.TextField(_("title (summary)"))
    issuer = models.CharField(_("issuer"), max_length=255)
    issued_date = models.DateField(_("issued on"), null=True, blank=True)
    effective_date = models.DateField(_("effective from"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    status_effective_date = models.DateField(
        _("status effective from"),
        null=True,
        blank=True,
        help_text=_("The date the amendment, replacement or expiry takes effect."),
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
    )
    amended_by = models.TextField(
        _("amended by"),
        blank=True,
        help_text=_("The documents amending it (numbers, one per line, or links)."),
    )
    file = models.FileField(_("file"), upload_to=external_file_path, blank=True, max_length=300)
    url = models.URLField(_("link"), blank=True, max_length=500)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["-issued_date", "number"]
        verbose_name = _("external document")
        verbose_name_plural = _("external documents")
        constraints = [
            models.CheckConstraint(
                condition=Q(agency__isnull=True) | Q(province__isnull=False),
                name="extdoc_agency_has_province",
            ),
            models.UniqueConstraint(
                fields=["number"],
                condition=Q(province__isnull=True),
                name="extdoc_unique_national_number",
            ),
            models.UniqueConstraint(
                fields=["province", "number"],
                condition=Q(province__isnull=False, agency__isnull=True),
                name="extdoc_unique_province_number",
            ),
            models.UniqueConstraint(
                fields=["agency", "number"],
                condition=Q(agency__isnull=False),
                name="extdoc_unique_agency_number",
            ),
        ]
        indexes = [
            models.Index(fields=["province", "agency", "status"], name="extdoc_scope_idx"),
            models.Index(fields=["kind", "status"], name="extdoc_kind_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.number} — {self.title[:120]}"

    @property
    def scope(self) -> str:
        if self.agency_id:
            return Scope.AGENCY
        if self.province_id:
            return Scope.PROVINCE
        return Scope.NATIONAL

    def get_scope_display(self) -> str:
        return str(Scope(self.scope).label)

    def audit_scope(self):
        return self.province_id, self.agency_id


class ExternalStatusChange(BaseModel):
    """One change of an external document's status (the status history)."""

    document = models.ForeignKey(
        ExternalDocument,
        verbose_name=_("external document"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    effective_date = models.DateField(_("takes effect on"))
    replaced_by = models.ForeignKey(
        ExternalDocument,
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    amended_by = models.CharField(_("amended by"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-effective_date", "-created_at"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.document.number}: {self.get_to_status_display()}"
