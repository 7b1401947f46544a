"""The status of an external document: in force → amended (again and again) → replaced or expired.

Replaced and expired are final: a replaced document stays in the register, pointing at the one
that replaced it.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import IllegalTransition
from eiso.references.models import Status as S

TRANSITIONS: dict[str, set[str]] = {
    S.IN_FORCE: {S.AMENDED, S.REPLACED, S.EXPIRED},
    S.AMENDED: {S.AMENDED, S.REPLACED, S.EXPIRED},
    S.REPLACED: set(),
    S.EXPIRED: set(),
}


def allowed_targets(status: str) -> list[str]:
    return [s for s in S.values if s in TRANSITIONS.get(status, set())]


def check(current: str, target: str) -> None:
    if target not in TRANSITIONS.get(current, set()):
        raise IllegalTransition(
            _("A document that is “%(current)s” cannot be marked “%(target)s”.")
            % {"current": S(current).label, "target": S(target).label}
        )
