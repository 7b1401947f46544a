"""Distribution lists, read acknowledgements and the periodic review of controlled documents.

- `DistributionTarget`: one unit (everyone with a membership in the unit's subtree) or one named
  person a document is distributed to. A document without targets goes to the whole agency.
- `Acknowledgement`: one person asked to confirm "Đã đọc và hiểu" one effective edition. A new
  edition closes the open requests of the older one as superseded and asks again.
- `ReviewSchedule`: when a document is next due for its periodic review (from the last review
  or the effective date of its current edition, plus `Document.review_interval_months`).
- `ReviewTask`: one review to do (periodic, after an external document changed, or opened by
  hand), with its outcome: no change, or a new draft (linked).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.core.models import BaseModel


class DistributionTarget(BaseModel):
    document = models.ForeignKey(
        "documents.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="distribution_targets",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("distribution target")
        verbose_name_plural = _("distribution targets")
        constraints = [
            models.CheckConstraint(
                condition=(Q(unit__isnull=False) & Q(user__isnull=True))
                | (Q(unit__isnull=True) & Q(user__isnull=False)),
                name="distribution_target_unit_xor_user",
            ),
            models.UniqueConstraint(
                fields=["document", "unit"],
                condition=Q(unit__isnull=False),
                name="distribution_target_unique_unit",
            ),
            models.UniqueConstraint(
                fields=["document", "user"],
                condition=Q(user__isnull=False),
                name="distribution_target_unique_user",
            ),
        ]

    def __str__(self) -> str:
        return str(self.unit or self.user)


class AckState(models.TextChoices):
    PENDING = "pending", _("Not yet acknowledged")
    ACKNOWLEDGED = "acknowledged", _("Read and understood")
    SUPERSEDED = "superseded", _("Superseded by a newer edition")
    WITHDRAWN = "withdrawn", pgettext_lazy("acknowledgement", "Edition withdrawn")


class Acknowledgement(BaseModel):
    """A request to one person to read one effective edition, and their confirmation."""

    edition = models.ForeignKey(
        "documents.Edition",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="acknowledgements",
    )
    document = models.ForeignKey(
        "documents.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="acknowledgements",
    )
    agency = models.ForeignKey(
        "organizations.Agency", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="document_acknowledgements",
    )
    # The person's unit when asked, for filtering the status list by unit.
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(
        _("state"), max_length=20, choices=AckState.choices, default=AckState.PENDING
    )
    requested_on = models.DateField(_("requested on"))
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    reminded_on = models.DateField(_("reminded on"), null=True, blank=True)

    class Meta:
        verbose_name = _("read acknowledgement")
        verbose_name_plural = _("read acknowledgements")
        constraints = [
            models.UniqueConstraint(fields=["edition", "user"], name="acknowledgement_unique")
        ]
        indexes = [
            models.Index(fields=["user", "state"], name="ack_user_state_idx"),
            models.Index(fields=["document", "state"], name="ack_document_state_idx"),
            models.Index(fields=["agency", "state"], name="ack_agency_state_idx"),
            models.Index(fields=["state", "requested_on"], name="ack_state_requested_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.edition}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id

    @property
    def is_pending(self) -> bool:
        return self.state == AckState.PENDING


class ReviewSchedule(BaseModel):
    """The periodic review clock of one document (only documents with an effective edition)."""

    document = models.OneToOneField(
        "documents.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="review_schedule",
    )
    agency = models.ForeignKey(
        "organizations.Agency", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    effective_on = models.DateField(_("effective date of the current edition"), null=True)
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    next_due = models.DateField(_("next review due"), null=True, blank=True)

    class Meta:
        verbose_name = _("review schedule")
        verbose_name_plural = _("review schedules")
        indexes = [models.Index(fields=["agency", "next_due"], name="review_schedule_due_idx")]

    def __str__(self) -> str:
        return str(self.document)


class ReviewKind(models.TextChoices):
    PERIODIC = "periodic", _("Periodic review")
    EXTERNAL_CHANGE = "external_change", _("External document changed")
    OTHER = "other", pgettext_lazy("review kind", "Other")


class ReviewState(models.TextChoices):
    OPEN = "open", pgettext_lazy("review task", "Open")
    NO_CHANGE = "no_change", _("Reviewed: no change")
    NEW_DRAFT = "new_draft", _("Reviewed: new draft needed")
    CANCELLED = "cancelled", pgettext_lazy("review task", "Cancelled")


class ReviewTask(BaseModel):
    document = models.ForeignKey(
        "documents.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="review_tasks",
    )
    agency = models.ForeignKey(
        "organizations.Agency", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ReviewKind.choices)
    reason = models.TextField(_("reason"))
    due_date = models.DateField(_("due date"))
    source_external = models.ForeignKey(
        "references.ExternalDocument",
        verbose_name=_("external document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(
        _("state"), max_length=20, choices=ReviewState.choices, default=ReviewState.OPEN
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    draft_edition = models.ForeignKey(
        "documents.Edition",
        verbose_name=_("new draft"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_soon_on = models.DateField(null=True, blank=True)
    reminded_overdue_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("review task")
        verbose_name_plural = _("review tasks")
        constraints = [
            # The daily job opens each periodic review once per due date.
            models.UniqueConstraint(
                fields=["document", "due_date"],
                condition=Q(kind="periodic"),
                name="review_task_unique_periodic_due",
            ),
            # One open review per document and changed external document.
            models.UniqueConstraint(
                fields=["document", "source_external"],
                condition=Q(state="open", source_external__isnull=False),
                name="review_task_unique_open_external",
            ),
        ]
        indexes = [
            models.Index(fields=["agency", "state", "due_date"], name="review_task_agency_idx"),
            models.Index(fields=["state", "due_date"], name="review_task_state_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.document} — {self.due_date:%d/%m/%Y}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id

    @property
    def is_open(self) -> bool:
        return self.state == ReviewState.OPEN
