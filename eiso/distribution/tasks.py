"""Background jobs of distribution and review (Django Tasks API): thin wrappers."""

from __future__ import annotations

from django_tasks import task


@task()
def daily_distribution() -> dict:
    """Acknowledgement reminders, periodic reviews entering their window, review reminders."""
    from eiso.distribution import reminders

    return reminders.daily()
