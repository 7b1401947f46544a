"""Every write of nonconformities, corrective actions and improvement proposals."""

from eiso.core.errors import DomainError
from eiso.nonconformities.services.actions import action_create, action_set_status, action_update
from eiso.nonconformities.services.nonconformities import (
    nonconformity_analyse,
    nonconformity_close,
    nonconformity_create,
    nonconformity_create_from_finding,
    nonconformity_request_verification,
    nonconformity_start,
    nonconformity_update,
    nonconformity_verify,
)
from eiso.nonconformities.services.proposals import (
    proposal_accept,
    proposal_create,
    proposal_reject,
)

__all__ = [
    "DomainError",
    "action_create",
    "action_set_status",
    "action_update",
    "nonconformity_analyse",
    "nonconformity_close",
    "nonconformity_create",
    "nonconformity_create_from_finding",
    "nonconformity_request_verification",
    "nonconformity_start",
    "nonconformity_update",
    "nonconformity_verify",
    "proposal_accept",
    "proposal_create",
    "proposal_reject",
]
