"""The roles of PRODUCT.md §2 and the organisation level each is granted on."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    SYSTEM_ADMIN = "system_admin", _("System administrator")
    DOST_OVERSEER = "dost_overseer", _("DOST overseer")
    INSPECTOR = "inspector", _("Inspector")
    AGENCY_HEAD = "agency_head", _("Agency head")
    ISO_COORDINATOR = "iso_coordinator", _("ISO coordinator")
    INTERNAL_AUDITOR = "internal_auditor", _("Internal auditor")
    UNIT_HEAD = "unit_head", _("Unit head")
    STAFF = "staff", _("Staff")


class Level(models.TextChoices):
    GLOBAL = "global", _("Whole installation")
    PROVINCE = "province", _("Province")
    AGENCY = "agency", _("Agency")
    UNIT = "unit", _("Unit")


# Where each role may be granted. A grant applies to the node and everything under it.
ROLE_LEVELS: dict[str, tuple[str, ...]] = {
    Role.SYSTEM_ADMIN: (Level.GLOBAL, Level.PROVINCE),
    Role.DOST_OVERSEER: (Level.PROVINCE,),
    Role.INSPECTOR: (Level.PROVINCE,),
    Role.AGENCY_HEAD: (Level.AGENCY,),
    Role.ISO_COORDINATOR: (Level.AGENCY,),
    Role.INTERNAL_AUDITOR: (Level.AGENCY,),
    Role.UNIT_HEAD: (Level.UNIT,),
    Role.STAFF: (Level.AGENCY, Level.UNIT),
}

# Roles whose holders manage an agency's QMS objects (write access within their agency).
AGENCY_MANAGER_ROLES = frozenset({Role.AGENCY_HEAD, Role.ISO_COORDINATOR})
