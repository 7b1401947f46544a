"""Who works where (memberships) and who may do what where (role grants)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from eiso.core.models import BaseModel
from eiso.organizations.roles import Role


class Membership(BaseModel):
    """A person's position in an agency (and optionally a unit). Drives the agency switcher."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    # Not a column: services.person_create sets it on the membership it returns (True when it
    # created the user account, False when the person already had one, from another agency).
    new_account: bool

    class Meta:
        ordering = ["agency__name", "user__full_name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "agency"], name="membership_unique_user_agency")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.agency}"

    def audit_scope(self):
        return self.agency.province_id, self.agency_id


class RoleGrant(BaseModel):
    """A role granted on one organisation node; it applies to the node's subtree.

    Exactly one of province/agency/unit is set, except a global system administrator (none).
    Revoking keeps the row (is_active=False, revoked_at/by) so history stays readable.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_grants"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    province = models.ForeignKey(
        "organizations.Province", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    agency = models.ForeignKey(
        "organizations.Agency",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="role_grants",
    )
    unit = models.ForeignKey(
        "organizations.Unit",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="role_grants",
    )
    is_active = models.BooleanField(_("active"), default=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["role"]
        verbose_name = _("role grant")
        verbose_name_plural = _("role grants")
        constraints = [
            models.CheckConstraint(
                name="rolegrant_one_node",
                condition=(
                    Q(province__isnull=False, agency__isnull=True, unit__isnull=True)
                    | Q(province__isnull=True, agency__isnull=False, unit__isnull=True)
                    | Q(province__isnull=True, agency__isnull=True, unit__isnull=False)
                    | Q(
                        province__isnull=True,
                        agency__isnull=True,
                        unit__isnull=True,
                        role=Role.SYSTEM_ADMIN,
                    )
                ),
            ),
            # One active grant of a role per node (one constraint per level: NULLs are distinct).
            models.UniqueConstraint(
                fields=["user", "role", "unit"],
                condition=Q(is_active=True, unit__isnull=False),
                name="rolegrant_unique_unit",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "agency"],
                condition=Q(is_active=True, agency__isnull=False),
                name="rolegrant_unique_agency",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "province"],
                condition=Q(is_active=True, province__isnull=False),
                name="rolegrant_unique_province",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(
                    is_active=True, province__isnull=True, agency__isnull=True, unit__isnull=True
                ),
                name="rolegrant_unique_global",
            ),
        ]
        indexes = [models.Index(fields=["user", "is_active"], name="rolegrant_user_idx")]

    @property
    def node(self):
        return self.unit or self.agency or self.province

    def __str__(self) -> str:
        where = self.node or _("whole installation")
        return f"{self.user} — {self.get_role_display()} — {where}"

    def audit_scope(self):
        if self.unit_id:
            return self.unit.agency.province_id, self.unit.agency_id
        if self.agency_id:
            return self.agency.province_id, self.agency_id
        return self.province_id, None
