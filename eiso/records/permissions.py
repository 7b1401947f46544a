"""Who may read and keep a unit's records register. Deny by default.

- read: whoever reads the agency (its people; administrators, DOST overseers and inspectors of its
  province);
- add, edit and remove the unit's own lines and establish the register: the agency head, the ISO
  coordinator, an administrator of the province, and the head of the unit (or of a unit above it).
The DOST overseer reads and changes nothing.
"""

from __future__ import annotations

from eiso.organizations.access import access_for
from eiso.organizations.roles import Role


def can_view_register(user, unit) -> bool:
    agency = unit.agency
    return access_for(user).reads_agency(agency.pk, agency.province_id)


def can_keep_register(user, unit) -> bool:
    agency = unit.agency
    access = access_for(user)
    if access.manages_agency(agency.pk, agency.province_id):
        return True
    return access.has_unit_role(agency.pk, unit.path, Role.UNIT_HEAD)
