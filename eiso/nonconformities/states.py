"""The lifecycle of a nonconformity (10.2).

recorded → analysed → action plan → in progress → verification → closed; a "not effective"
verification returns it to analysed (a new round). The analysis may be revised and actions added
until the work is verified. The content gates (root cause, actions done, effectiveness) are checked
by the services before the move, each with its own message.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import IllegalTransition
from eiso.nonconformities.models import State as S

TRANSITIONS: dict[str, set[str]] = {
    "edit": {S.RECORDED, S.ANALYSED, S.ACTION_PLAN},
    "analyse": {S.RECORDED, S.ANALYSED, S.ACTION_PLAN},
    "add_action": {S.ANALYSED, S.ACTION_PLAN, S.IN_PROGRESS},
    "start": {S.RECORDED, S.ANALYSED, S.ACTION_PLAN},
    "complete_action": {S.IN_PROGRESS},
    "request_verification": {S.IN_PROGRESS},
    "verify": {S.VERIFICATION},
    "close": {S.IN_PROGRESS, S.VERIFICATION},
}


def allowed(action: str, state: str) -> bool:
    return state in TRANSITIONS[action]


def check(action: str, state: str) -> None:
    if state not in TRANSITIONS[action]:
        raise IllegalTransition(
            _("This cannot be done while the nonconformity is “%(state)s”.")
            % {"state": S(state).label}
        )
