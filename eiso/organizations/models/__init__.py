from eiso.organizations.models.grants import Membership, RoleGrant
from eiso.organizations.models.nodes import (
    Agency,
    AgencyKind,
    ISOUnit,
    Province,
    QMSStatus,
    QMSStatusChange,
    Unit,
    UnitKind,
)
from eiso.organizations.models.steering import (
    CommitteeRole,
    SteeringCommittee,
    SteeringDecision,
    SteeringMember,
)

__all__ = [
    "Agency",
    "AgencyKind",
    "CommitteeRole",
    "ISOUnit",
    "Membership",
    "Province",
    "QMSStatus",
    "QMSStatusChange",
    "RoleGrant",
    "SteeringCommittee",
    "SteeringDecision",
    "SteeringMember",
    "Unit",
    "UnitKind",
]
