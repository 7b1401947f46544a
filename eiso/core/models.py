"""Base model and the append-only audit log."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import gettext_lazy as _


class BaseModel(models.Model):
    """UUID primary key and timestamps for every domain entity."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        """Django's, with each field's choices looked up in a dict built once per process rather
        than on every call (lists show a label per row and column). The labels stay lazy, so the
        language is the request's."""
        value = getattr(self, field.attname)
        choices = _DISPLAY_CHOICES.get(field)
        if choices is None:
            choices = _DISPLAY_CHOICES[field] = dict(make_hashable(field.flatchoices))
        return force_str(choices.get(make_hashable(value), value), strings_only=True)


# Field -> {value: label}: fields and their choices are fixed once the models are loaded.
_DISPLAY_CHOICES: dict = {}


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete an audit event."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit events are append-only.")

    def delete(self):
        raise AppendOnlyError("Audit events are append-only.")


class AuditEvent(models.Model):
    """Who changed what, when: one row per change, written in the same transaction as the change.

    Append-only: the model refuses updates and deletes, and database triggers (migration
    0002) refuse them too, so no path in the application can rewrite history.
    """

    id = models.BigAutoField(primary_key=True)
    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor_name = models.CharField(_("actor name"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=80, db_index=True)
    object_type = models.CharField(_("object type"), max_length=80)
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("object"), max_length=300)
    province_id = models.UUIDField(null=True, blank=True, db_index=True)
    agency_id = models.UUIDField(null=True, blank=True, db_index=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    request_id = models.CharField(max_length=64, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["object_type", "object_id", "-at"], name="audit_object_idx"),
            models.Index(fields=["agency_id", "-at"], name="audit_agency_idx"),
        ]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.actor_name} {self.action} {self.object_repr}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit events are append-only.")


class CalendarException(models.Model):
    """An editable change to the legal holiday calendar for one date.

    `working_day`: a compensatory working day (e.g. a Saturday worked to bridge a holiday).
    `day_off`: an extra day off decided by the government or the province.
    A province-specific row overrides a nationwide one for that province.
    """

    class Kind(models.TextChoices):
        WORKING_DAY = "working_day", _("Working day (compensatory)")
        DAY_OFF = "day_off", _("Day off")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    province = models.ForeignKey(
        "organizations.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty for the whole country."),
    )
    note = models.CharField(_("note"), max_length=255)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["date"]
        verbose_name = _("calendar exception")
        verbose_name_plural = _("calendar exceptions")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "province"],
                condition=models.Q(province__isnull=False),
                name="calendar_exception_unique_province",
            ),
            models.UniqueConstraint(
                fields=["date"],
                condition=models.Q(province__isnull=True),
                name="calendar_exception_unique_national",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} — {self.get_kind_display()}"

    def audit_scope(self):
        return self.province_id, None


class NumberSequence(models.Model):
    """The last number issued per agency, year and document type (NĐ 30/2020 Art. 15)."""

    id = models.BigAutoField(primary_key=True)
    agency = models.ForeignKey("organizations.Agency", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    doc_type = models.CharField(max_length=10)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year", "doc_type"], name="number_sequence_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.doc_type} {self.year}: {self.last_number}"


class IssuedNumber(models.Model):
    """Register of every number issued (sổ đăng ký văn bản đi), unique per agency/year/type."""

    id = models.BigAutoField(primary_key=True)
    agency = models.ForeignKey("organizations.Agency", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    doc_type = models.CharField(max_length=10)
    number = models.PositiveIntegerField()
    symbol = models.CharField(max_length=80)
    summary = models.CharField(max_length=500, blank=True)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    issued_at = models.DateTimeField(auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year", "doc_type", "number"], name="issued_number_unique"
            )
        ]

    def __str__(self) -> str:
        return self.symbol
