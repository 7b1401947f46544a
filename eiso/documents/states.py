"""The lifecycle of an edition.

draft → submitted → reviewed → approved → effective → superseded (by the next edition)
                                                  ↘ withdrawn (hết hiệu lực, with a reason)
A reviewer or the approver may return a submitted or reviewed edition to draft with a comment.
Only a draft is edited; an effective edition is immutable.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.core.errors import IllegalTransition
from eiso.documents.models import State as S

TRANSITIONS: dict[str, set[str]] = {
    "edit": {S.DRAFT},
    "submit": {S.DRAFT},
    "review": {S.SUBMITTED},
    "return": {S.SUBMITTED, S.REVIEWED},
    "approve": {S.REVIEWED},
    "make_effective": {S.APPROVED},
    "supersede": {S.EFFECTIVE},
    "withdraw": {S.EFFECTIVE, S.APPROVED},
}


def _messages() -> dict[str, str]:
    return {
        "edit": _("Only a draft can be changed; this edition is “%(state)s”."),
        "submit": _("Only a draft can be submitted for review; this edition is “%(state)s”."),
        "review": _("Only a submitted edition can be reviewed; this edition is “%(state)s”."),
        "return": _(
            "Only a submitted or reviewed edition can be returned; this edition is “%(state)s”."
        ),
        "approve": _("Only a reviewed edition can be approved; this edition is “%(state)s”."),
        "make_effective": _(
            "Only an approved edition can take effect; this edition is “%(state)s”."
        ),
        "supersede": _("Only an effective edition can be superseded; this edition is “%(state)s”."),
        "withdraw": _(
            "Only an approved or effective edition can be withdrawn; this edition is “%(state)s”."
        ),
    }


def allowed(action: str, state: str) -> bool:
    return state in TRANSITIONS[action]


def check(action: str, state: str) -> None:
    if not allowed(action, state):
        raise IllegalTransition(_messages()[action] % {"state": S(state).label})
