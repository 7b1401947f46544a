"""Lifecycles: programme draft → approved; audit planned → in progress → completed → reported
(or planned → cancelled)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from eiso.audits.models import AuditStatus as S
from eiso.audits.models import ProgrammeStatus as P
from eiso.core.errors import IllegalTransition

PROGRAMME_TRANSITIONS: dict[str, set[str]] = {"approve": {P.DRAFT}}

AUDIT_TRANSITIONS: dict[str, set[str]] = {
    "edit_plan": {S.PLANNED},
    "cancel": {S.PLANNED},
    "start": {S.PLANNED},
    "edit_checklist": {S.PLANNED, S.IN_PROGRESS},
    "record": {S.IN_PROGRESS},
    "complete": {S.IN_PROGRESS},
    "edit_report": {S.COMPLETED},
    "approve_report": {S.COMPLETED},
}


def check_programme(action: str, status: str) -> None:
    if status not in PROGRAMME_TRANSITIONS[action]:
        raise IllegalTransition(
            _("This cannot be done while the programme is “%(state)s”.")
            % {"state": P(status).label}
        )


def check_audit(action: str, status: str) -> None:
    if status not in AUDIT_TRANSITIONS[action]:
        raise IllegalTransition(
            _("This cannot be done while the audit is “%(state)s”.") % {"state": S(status).label}
        )
