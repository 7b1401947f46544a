"""The agency's ISO steering committee (Ban chỉ đạo ISO) and the decisions that set it up."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from eiso.core.models import BaseModel


class CommitteeRole(models.TextChoices):
    HEAD = "head", _("Head of the committee")  # Trưởng ban
    DEPUTY = "deputy", _("Deputy head")  # Phó trưởng ban
    SECRETARY = "secretary", _("Secretary")  # Thư ký
    MEMBER = "member", _("Member")  # Thành viên


class SteeringCommittee(BaseModel):
    """One per agency; its current members are the active SteeringMember rows."""

    agency = models.OneToOneField(
        "organizations.Agency", on_delete=models.CASCADE, related_name="steering_committee"
    )
    name = models.CharField(_("name"), max_length=255, default="Ban chỉ đạo ISO")
    duties = models.TextField(_("duties"), blank=True)

    class Meta:
        verbose_name = _("steering committee")
        verbose_name_plural = _("steering committees")

    def __str__(self) -> str:
        return f"{self.name} — {self.agency}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class SteeringMember(BaseModel):
    committee = models.ForeignKey(
        SteeringCommittee, on_delete=models.CASCADE, related_name="members"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    full_name = models.CharField(_("full name"), max_length=150)
    position = models.CharField(_("position"), max_length=200)
    committee_role = models.CharField(
        _("role in the committee"), max_length=20, choices=CommitteeRole.choices
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["order", "full_name"]
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_committee_role_display()})"

    def audit_scope(self):
        return self.committee.agency.province_id, self.committee.agency_id


class SteeringDecision(BaseModel):
    """A decision establishing or reorganising the committee, with its issued number."""

    class Kind(models.TextChoices):
        ESTABLISH = "establish", _("Establish")  # thành lập
        REORGANISE = "reorganise", _("Reorganise")  # kiện toàn

    committee = models.ForeignKey(
        SteeringCommittee, on_delete=models.CASCADE, related_name="decisions"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.PositiveIntegerField(_("number"))
    symbol = models.CharField(_("number and symbol"), max_length=60)
    issued_on = models.DateField(_("date"))
    signer_name = models.CharField(_("signer"), max_length=150)
    signer_title = models.CharField(_("signer's title"), max_length=150)
    signing_authority = models.CharField(
        _("authority"), max_length=20, blank=True, help_text=_("KT., TM., Q. or empty")
    )
    # What the decision prints, frozen when it is issued (see organizations.steering.content):
    # the member rows, and the rest (issuer, legal bases, proposer, duties, decision replaced).
    members_snapshot = models.JSONField(_("members at the time"), default=list)
    content = models.JSONField(_("content"), default=dict)

    class Meta:
        ordering = ["-issued_on", "-created_at"]
        verbose_name = _("steering committee decision")
        verbose_name_plural = _("steering committee decisions")

    def __str__(self) -> str:
        return self.symbol

    def audit_scope(self):
        return self.committee.agency.province_id, self.committee.agency_id
