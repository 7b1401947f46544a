"""Every write of the risks app (audit event in the same transaction)."""

from eiso.risks.services.context import issue_create, issue_update, party_create, party_update
from eiso.risks.services.matrix import matrix_for_agency, matrix_save
from eiso.risks.services.risks import (
    risk_create,
    risk_update,
    treatment_create,
    treatment_set_status,
    treatment_update,
)

__all__ = [
    "issue_create",
    "issue_update",
    "matrix_for_agency",
    "matrix_save",
    "party_create",
    "party_update",
    "risk_create",
    "risk_update",
    "treatment_create",
    "treatment_set_status",
    "treatment_update",
]
