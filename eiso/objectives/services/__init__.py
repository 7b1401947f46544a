"""Every write of quality objectives (atomic, permission first, audited)."""

from eiso.core.errors import DomainError
from eiso.objectives.services.copying import objectives_copy_period
from eiso.objectives.services.evaluations import (
    evaluation_approve,
    evaluation_return,
    evaluation_save,
)
from eiso.objectives.services.measurements import (
    measure_from_source,
    measurement_create,
    refresh_status,
)
from eiso.objectives.services.objectives import (
    action_create,
    action_delete,
    action_update,
    objective_create,
    objective_update,
)

__all__ = [
    "DomainError",
    "action_create",
    "action_delete",
    "action_update",
    "evaluation_approve",
    "evaluation_return",
    "evaluation_save",
    "measure_from_source",
    "measurement_create",
    "objective_create",
    "objective_update",
    "objectives_copy_period",
    "refresh_status",
]
