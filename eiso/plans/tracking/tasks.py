"""Background jobs of plan tracking: thin wrappers (Django Tasks API)."""

from __future__ import annotations

from django_tasks import task


@task()
def daily_tracking() -> dict:
    """The daily pass: create missing periods, mark overdue work, send reminders."""
    from eiso.plans.tracking import reminders, services

    swept = services.tracking_sweep()
    sent = reminders.send_reminders()
    return {**swept, **sent}
