"""Every write of the organisation domain (the steering committee has its own services)."""

from eiso.organizations.services.agencies import (
    NEW_ISO_UNIT,
    agency_create,
    agency_deactivate,
    agency_reactivate,
    agency_update,
)
from eiso.organizations.services.people import membership_end, membership_update, person_create
from eiso.organizations.services.qms import qms_status_change
from eiso.organizations.services.roles import (
    grantable_roles_on,
    node_level,
    role_grant,
    role_revoke,
)
from eiso.organizations.services.units import (
    unit_create,
    unit_deactivate,
    unit_move,
    unit_reactivate,
    unit_update,
)

__all__ = [
    "NEW_ISO_UNIT",
    "agency_create",
    "agency_deactivate",
    "agency_reactivate",
    "agency_update",
    "grantable_roles_on",
    "membership_end",
    "membership_update",
    "node_level",
    "person_create",
    "qms_status_change",
    "role_grant",
    "role_revoke",
    "unit_create",
    "unit_deactivate",
    "unit_move",
    "unit_reactivate",
    "unit_update",
]
