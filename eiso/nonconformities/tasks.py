"""Background jobs of nonconformities (Django Tasks API): thin wrappers."""

from __future__ import annotations

from django_tasks import task

from eiso.nonconformities import escalation


@task()
def escalate_overdue_actions() -> int:
    """Escalate overdue corrective and improvement actions (once per action and level)."""
    return escalation.escalate_overdue_actions()
