"""Background jobs of quality objectives (Django Tasks API): thin wrappers."""

from __future__ import annotations

from django_tasks import task

from eiso.objectives import reminders


@task()
def send_measurement_reminders() -> int:
    """Remind the people who measure objectives that a measurement is due."""
    return reminders.send_measurement_reminders()
