"""The organisation tree: province → agencies → units, and ISO units (holders of one QMS)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class Province(BaseModel):
    """A province (34 after 2025), identified by its code in `vietnam-provinces`."""

    code = models.PositiveSmallIntegerField(_("code"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    full_name = models.CharField(pgettext_lazy("province", "full name"), max_length=120)
    codename = models.CharField(max_length=100, unique=True)
    is_active = models.BooleanField(_("active"), default=True)
    oversight_agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("overseeing agency (DOST)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self) -> str:
        return self.full_name

    def audit_scope(self):
        return self.pk, None


class QMSStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    BUILDING = "building", _("Building")
    APPLIED = "applied", _("Applied")
    DECLARED = "declared", _("Declared")
    MAINTAINING = "maintaining", _("Maintaining")


class ISOUnit(BaseModel):
    """The holder of one QMS. The provincial People's Committee and its Office share one."""

    province = models.ForeignKey(
        Province, verbose_name=_("province"), on_delete=models.PROTECT, related_name="iso_units"
    )
    name = models.CharField(_("name"), max_length=255)
    status = models.CharField(
        _("QMS status"), max_length=20, choices=QMSStatus.choices, default=QMSStatus.NOT_STARTED
    )
    status_since = models.DateField(_("status since"), null=True, blank=True)
    expanding_scope = models.BooleanField(_("expanding scope"), default=False)
    transitioning_edition = models.BooleanField(_("transitioning edition"), default=False)
    mandatory = models.BooleanField(
        _("mandatory (QĐ 19/2014 Art. 2)"),
        default=True,
        help_text=_("Communes and public service units are encouraged, not obliged."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("ISO unit")
        verbose_name_plural = _("ISO units")
        indexes = [models.Index(fields=["province", "status"], name="isounit_prov_status_idx")]

    def __str__(self) -> str:
        return self.name

    def audit_scope(self):
        first = self.agencies.order_by("parent_id", "name").first()
        return self.province_id, first.pk if first else None


class QMSStatusChange(BaseModel):
    """One change of an ISO unit's QMS status or flags, with its date and reason."""

    iso_unit = models.ForeignKey(
        ISOUnit, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("ISO unit")
    )
    from_status = models.CharField(_("from"), max_length=20, choices=QMSStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=QMSStatus.choices)
    expanding_scope = models.BooleanField(_("expanding scope"), default=False)
    transitioning_edition = models.BooleanField(_("transitioning edition"), default=False)
    changed_on = models.DateField(_("date of change"))
    reason = models.TextField(_("reason"))

    class Meta:
        ordering = ["-changed_on", "-created_at"]
        verbose_name = _("QMS status change")
        verbose_name_plural = _("QMS status changes")

    def __str__(self) -> str:
        return f"{self.iso_unit}: {self.get_to_status_display()} ({self.changed_on:%d/%m/%Y})"


class AgencyKind(models.TextChoices):
    PROVINCIAL_COMMITTEE = "provincial_committee", _("Provincial People's Committee")
    COMMITTEE_OFFICE = "committee_office", _("Office of the People's Committee")
    DEPARTMENT = "department", _("Department (Sở)")
    SUB_DEPARTMENT = "sub_department", _("Sub-department (Chi cục)")
    COMMUNE_COMMITTEE = "commune_committee", _("Commune/ward People's Committee")
    PUBLIC_SERVICE_UNIT = "public_service_unit", _("Public service unit")
    CENTRAL_AGENCY = "central_agency", _("Central agency in the province")


class Agency(BaseModel):
    """A state agency (cơ quan, đơn vị) of a province."""

    province = models.ForeignKey(
        Province, verbose_name=_("province"), on_delete=models.PROTECT, related_name="agencies"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    iso_unit = models.ForeignKey(
        ISOUnit,
        verbose_name=_("ISO unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agencies",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=AgencyKind.choices)
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    symbol = models.CharField(
        _("abbreviation in document symbols"),
        max_length=30,
        help_text=_('Used in "Số: 05/KH-SGDĐT", e.g. SGDĐT, UBND, SKHCN.'),
    )
    governing_body = models.CharField(
        _("governing body (header line)"),
        max_length=255,
        blank=True,
        help_text=_('Printed above the agency name, e.g. "UBND TỈNH HƯNG YÊN".'),
    )
    place_name = models.CharField(
        _("place name for dates"), max_length=100, help_text=_('e.g. "Hưng Yên"')
    )
    ward_code = models.PositiveIntegerField(_("commune/ward code"), null=True, blank=True)
    head_title = models.CharField(_("title of the head"), max_length=100, default="Giám đốc")
    address = models.CharField(_("address"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    school_year_objectives = models.BooleanField(
        _("objectives by school year (September–August)"), default=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="agency_unique_name"),
            models.UniqueConstraint(fields=["province", "symbol"], name="agency_unique_symbol"),
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="agency_not_own_parent"
            ),
        ]
        indexes = [models.Index(fields=["province", "kind", "is_active"], name="agency_filter_idx")]

    def __str__(self) -> str:
        return self.name

    def audit_scope(self):
        return self.province_id, self.pk


class UnitKind(models.TextChoices):
    LEADERSHIP = "leadership", _("Leadership board")
    OFFICE = "office", _("Office")
    DIVISION = "division", _("Division")
    ONE_DOOR = "one_door", _("One-door reception unit")
    OTHER = "other", _("Other")


class Unit(BaseModel):
    """A unit (phòng, ban, bộ phận) in an agency's tree.

    `path` is a materialised path of zero-padded sibling keys ("0003.0001."), kept by the
    services, so a subtree is one indexed `path__startswith` query.
    """

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="units"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    name = models.CharField(_("name"), max_length=255)
    symbol = models.CharField(_("abbreviation"), max_length=30, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=UnitKind.choices, default=UnitKind.DIVISION
    )
    path = models.CharField(max_length=255, db_index=True)
    depth = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["agency", "path"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.UniqueConstraint(fields=["agency", "path"], name="unit_unique_path"),
        ]

    def __str__(self) -> str:
        return self.name

    def audit_scope(self):
        return self.agency.province_id, self.agency_id
