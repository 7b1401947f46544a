"""Periodic jobs: a registry and the "enqueue what is due" step used by `manage.py run_scheduler`.

Apps register jobs from `AppConfig.ready()`::

    register_periodic("notifications.daily_digest", send_daily_digest,
                      Daily(hour=lambda: settings.EISO_DIGEST_HOUR))

Times are wall-clock times in Asia/Ho_Chi_Minh. The scheduler only enqueues tasks; the task
workers (`manage.py db_worker`) run them.

Each job remembers the last slot it enqueued in the database (`notifications.PeriodicJobRun`), and
a slot is claimed with one conditional UPDATE in the same transaction as the enqueue. So a
restart, a second scheduler or a cron `run_scheduler --once` next to the loop never enqueue the
same slot twice, and a failed enqueue leaves the slot unclaimed for the next pass. A slot missed
while the scheduler was down is caught up if it is not older than the schedule's `catch_up`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

SCHEDULER_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class Schedule(Protocol):
    @property
    def catch_up(self) -> dt.timedelta:
        """How late a missed slot may still be enqueued."""
        ...

    def latest_slot(self, now: dt.datetime) -> dt.datetime:
        """The most recent scheduled time at or before `now` (aware)."""
        ...


def _value(value: int | Callable[[], int]) -> int:
    return int(value() if callable(value) else value)


@dataclass(frozen=True)
class Daily:
    """Every day at hour:minute local time. `hour` may be a callable (read from settings)."""

    hour: int | Callable[[], int]
    minute: int | Callable[[], int] = 0
    catch_up: dt.timedelta = dt.timedelta(hours=12)

    def latest_slot(self, now: dt.datetime) -> dt.datetime:
        local = now.astimezone(SCHEDULER_TZ)
        hour, minute = _value(self.hour), _value(self.minute)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ValueError(f"invalid daily time {hour}:{minute}")
        slot = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if slot > local:
            slot -= dt.timedelta(days=1)
        return slot


@dataclass(frozen=True)
class Every:
    """Every `minutes` minutes, aligned to local midnight (Every(60) runs on the hour)."""

    minutes: int
    catch_up: dt.timedelta = dt.timedelta(days=1)

    def __post_init__(self) -> None:
        if self.minutes < 1 or 24 * 60 % self.minutes:
            raise ValueError("Every(minutes) must divide a day into whole slots")

    def latest_slot(self, now: dt.datetime) -> dt.datetime:
        local = now.astimezone(SCHEDULER_TZ)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        elapsed = int((local - midnight).total_seconds() // 60)
        return midnight + dt.timedelta(minutes=elapsed - elapsed % self.minutes)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    task: Any  # a django_tasks Task
    schedule: Schedule
    kwargs: Mapping[str, Any] = field(default_factory=dict)


_jobs: dict[str, PeriodicJob] = {}


def register_periodic(
    name: str, task: Any, schedule: Schedule, *, kwargs: Mapping[str, Any] | None = None
) -> None:
    """Register (or replace) a periodic job. `task` is a django_tasks Task (has `.enqueue`)."""
    if not name or len(name) > 100:
        raise ValueError(f"job name must be 1-100 characters: {name!r}")
    if not hasattr(task, "enqueue"):
        raise TypeError(f"{name}: task must be a django_tasks Task, got {task!r}")
    _jobs[name] = PeriodicJob(name=name, task=task, schedule=schedule, kwargs=dict(kwargs or {}))


def unregister_periodic(name: str) -> None:
    _jobs.pop(name, None)


def registered_jobs() -> list[PeriodicJob]:
    return sorted(_jobs.values(), key=lambda job: job.name)


def _claim_and_enqueue(job: PeriodicJob, slot: dt.datetime, now: dt.datetime) -> bool:
    from eiso.notifications.models import PeriodicJobRun

    with transaction.atomic():
        PeriodicJobRun.objects.get_or_create(name=job.name)
        claimed = PeriodicJobRun.objects.filter(
            Q(last_slot__isnull=True) | Q(last_slot__lt=slot), name=job.name
        ).update(last_slot=slot, last_enqueued_at=now)
        if not claimed:
            return False
        result = job.task.enqueue(**job.kwargs)
        PeriodicJobRun.objects.filter(name=job.name).update(last_task_id=str(result.id)[:64])
    return True


def run_pending(now: dt.datetime | None = None) -> list[str]:
    """Enqueue every job whose latest slot has not been enqueued yet. Returns their names.

    One job failing (bad schedule, backend down) is logged and does not stop the others.
    """
    now = now or timezone.now()
    enqueued = []
    for job in registered_jobs():
        try:
            slot = job.schedule.latest_slot(now)
            if now - slot > job.schedule.catch_up:
                continue
            if _claim_and_enqueue(job, slot, now):
                logger.info("scheduler: enqueued %s for %s", job.name, slot.isoformat())
                enqueued.append(job.name)
        except Exception:
            logger.exception("scheduler: could not enqueue %s", job.name)
    return enqueued
