"""The lifecycle of a year-end evaluation: draft → submitted → approved, or returned → submitted."""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import IllegalTransition
from eiso.objectives.models import EvaluationState as S

TRANSITIONS: dict[str, set[str]] = {
    "save": {S.DRAFT, S.RETURNED},
    "submit": {S.DRAFT, S.RETURNED},
    "approve": {S.SUBMITTED},
    "return": {S.SUBMITTED},
}


def check(action: str, state: str) -> None:
    if state not in TRANSITIONS[action]:
        raise IllegalTransition(
            _("This cannot be done while the evaluation is “%(state)s”.")
            % {"state": S(state).label}
        )
