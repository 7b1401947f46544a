"""Background jobs of the risks app (Django Tasks API): thin wrappers."""

from __future__ import annotations

from django_tasks import task

from eiso.risks import reminders


@task()
def send_risk_reminders() -> int:
    """Remind risk owners of reviews and treatment owners of actions due."""
    return reminders.send_reminders()
