"""Lifecycle of a treatment action: the moves the register allows."""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import IllegalTransition
from eiso.risks.models import TreatmentStatus

S = TreatmentStatus

TRANSITIONS: dict[str, frozenset[str]] = {
    S.PLANNED: frozenset({S.IN_PROGRESS, S.DONE, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.DONE, S.CANCELLED, S.PLANNED}),
    S.DONE: frozenset({S.IN_PROGRESS}),
    S.CANCELLED: frozenset({S.PLANNED}),
}

OPEN_STATUSES = (S.PLANNED, S.IN_PROGRESS)


def check_move(current: str, target: str) -> None:
    if target not in TRANSITIONS.get(current, frozenset()):
        raise IllegalTransition(
            _("A treatment action cannot go from “%(from)s” to “%(to)s”.")
            % {"from": S(current).label, "to": S(target).label},
            field="status",
        )
