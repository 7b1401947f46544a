"""The periodic-job scheduler: slots in Asia/Ho_Chi_Minh time, once per slot whatever the number of
passes, restarts or schedulers, catch-up of a recently missed slot, failures isolated."""

import datetime as dt
import threading
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks import default_task_backend, task

from eiso.core import scheduler
from eiso.core.management.commands import run_scheduler
from eiso.core.scheduler import Daily, Every, register_periodic, run_pending, unregister_periodic
from eiso.notifications.models import PeriodicJobRun

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
DIGEST = "notifications.daily_digest"


@task()
def tick() -> str:
    return "tick"


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=HCM)


def names(backend) -> list[str]:
    return [result.task.name for result in backend.results]


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def dummy_tasks(settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "email"],
        }
    }
    default_task_backend.clear()
    return default_task_backend


@pytest.fixture
def only_job():
    """Run the scheduler with just the test job registered."""
    saved = dict(scheduler._jobs)
    scheduler._jobs.clear()
    register_periodic("test.tick", tick, Daily(hour=7))
    yield
    scheduler._jobs.clear()
    scheduler._jobs.update(saved)


# Schedules --------------------------------------------------------------------------------------
def test_daily_slot_is_local_time():
    daily = Daily(hour=7)
    assert daily.latest_slot(at(2, 6, 59)) == at(1, 7)
    assert daily.latest_slot(at(2, 7, 0)) == at(2, 7)
    # 00:30 UTC is 07:30 in Hà Nội.
    assert daily.latest_slot(dt.datetime(2026, 3, 2, 0, 30, tzinfo=dt.UTC)) == at(2, 7)
    assert Daily(hour=lambda: 9, minute=30).latest_slot(at(2, 10)) == at(2, 9, 30)


def test_every_slot_is_aligned_to_local_midnight():
    assert Every(60).latest_slot(at(2, 10, 59)) == at(2, 10)
    assert Every(15).latest_slot(at(2, 0, 14)) == at(2, 0)
    with pytest.raises(ValueError):
        Every(7)


def test_register_rejects_a_non_task():
    with pytest.raises(TypeError):
        register_periodic("test.bad", lambda: None, Daily(hour=7))


# Once per slot ---------------------------------------------------------------------------------
@pytest.mark.django_db
def test_enqueued_once_per_day(only_job, dummy_tasks):
    assert run_pending(at(2, 6, 59)) == []  # yesterday's slot is older than the catch-up window
    assert run_pending(at(2, 7, 0)) == ["test.tick"]
    assert (
        run_pending(
            at(
                2,
                7,
                0,
            )
        )
        == []
    )
    assert run_pending(at(2, 7, 30)) == []
    assert run_pending(at(2, 23, 59)) == []
    assert run_pending(at(3, 6, 0)) == []
    assert run_pending(at(3, 7, 1)) == ["test.tick"]
    assert names(dummy_tasks) == ["tick", "tick"]
    run = PeriodicJobRun.objects.get(name="test.tick")
    assert run.last_slot == at(3, 7)
    assert run.last_task_id == dummy_tasks.results[-1].id


@pytest.mark.django_db
def test_missed_slot_is_caught_up_within_the_window(only_job, dummy_tasks):
    assert run_pending(at(2, 18, 59)) == ["test.tick"]  # scheduler was down at 07:00
    assert run_pending(at(3, 19, 1)) == []  # more than 12 hours late: wait for the next day
    assert run_pending(at(4, 7)) == ["test.tick"]


@pytest.mark.django_db
def test_a_slot_already_claimed_by_another_scheduler_is_skipped(only_job, dummy_tasks):
    PeriodicJobRun.objects.create(name="test.tick", last_slot=at(2, 7))
    assert run_pending(at(2, 7, 5)) == []
    assert dummy_tasks.results == []


@pytest.mark.django_db
def test_a_failing_job_does_not_stop_others_and_is_retried(only_job, dummy_tasks, monkeypatch):
    class Broken:
        name = "broken"

        def enqueue(self, **kwargs):
            raise ConnectionError("queue unavailable")

    register_periodic("test.broken", Broken(), Daily(hour=7))
    assert run_pending(at(2, 7)) == ["test.tick"]
    # The failed enqueue rolled its claim back, so the next pass tries again.
    assert not PeriodicJobRun.objects.filter(name="test.broken", last_slot__isnull=False).exists()
    unregister_periodic("test.broken")
    register_periodic("test.broken", tick, Daily(hour=7))
    assert run_pending(at(2, 7, 1)) == ["test.broken"]


# The command ------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_command_once_is_idempotent(only_job, dummy_tasks, monkeypatch):
    monkeypatch.setattr(scheduler.timezone, "now", lambda: at(2, 7, 3))
    out = StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    call_command("run_scheduler", "--once", stdout=out)  # cron fires again, or a restart
    assert out.getvalue() == "enqueued test.tick\n"
    assert names(dummy_tasks) == ["tick"]


@pytest.mark.django_db
def test_loop_survives_a_failed_pass_and_stops_on_request(monkeypatch):
    calls = []
    stop = threading.Event()

    def flaky(now=None):
        calls.append(now)
        if len(calls) == 1:
            raise ConnectionError("database restarting")
        stop.set()
        return []

    monkeypatch.setattr(scheduler, "run_pending", flaky)
    monkeypatch.setattr(run_scheduler, "close_old_connections", lambda: None)
    monkeypatch.setattr(threading.Event, "wait", lambda self, timeout=None: None)
    run_scheduler.Command().loop(stop, interval=30)
    assert len(calls) == 2


# The daily digest job -------------------------------------------------------------------------
@pytest.mark.django_db
def test_digest_job_follows_the_digest_hour_setting(dummy_tasks, settings):
    settings.EISO_DIGEST_HOUR = 9
    assert DIGEST not in run_pending(at(2, 8, 59))
    assert DIGEST in run_pending(at(2, 9, 0))
    assert DIGEST not in run_pending(at(2, 9, 30))
    assert names(dummy_tasks).count("send_daily_digest") == 1


@pytest.mark.django_db
def test_scheduled_digest_is_sent_once(personas, settings, monkeypatch):
    from eiso.notifications.kinds import register_kind, unregister_kind
    from eiso.notifications.services import notify

    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["default", "email"],
        }
    }
    register_kind("test.daily", "Nhiệm vụ sắp đến hạn", "daily")
    try:
        notify(recipients=[personas.staff], kind="test.daily", title="Nhiệm vụ 1")
        later = dt.datetime.now(tz=HCM) + dt.timedelta(days=1)
        slot = later.replace(hour=settings.EISO_DIGEST_HOUR, minute=5)
        assert DIGEST in run_pending(slot)
        assert DIGEST not in run_pending(slot + dt.timedelta(minutes=30))
    finally:
        unregister_kind("test.daily")
    assert [m.to for m in mail.outbox] == [[personas.staff.email]]
    assert mail.outbox[0].subject == "[eiso] Bản tin hằng ngày: 1 thông báo mới"
