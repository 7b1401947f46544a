"""Fixtures of the notification tests: three registered kinds (one per e-mail mode) and
task backends that run jobs inline or just record them."""

import pytest
from django_tasks import default_task_backend

from eiso.notifications import kinds as registry
from eiso.notifications.kinds import register_kind, unregister_kind
from eiso.notifications.models import EmailMode

IMMEDIATE = "test.immediate"
DAILY = "test.daily"
NEVER = "test.never"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Personas are built for most tests; argon2 would make each setup take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def kinds():
    # Only the three test kinds exist during these tests: apps register their own kinds at start-up.
    saved = dict(registry._kinds)
    registry._kinds.clear()
    register_kind(IMMEDIATE, "Tài liệu chờ phê duyệt", EmailMode.IMMEDIATE)
    register_kind(DAILY, "Nhiệm vụ sắp đến hạn", EmailMode.DAILY)
    register_kind(NEVER, "Tin nội bộ", EmailMode.NEVER)
    yield
    for kind in (IMMEDIATE, DAILY, NEVER):
        unregister_kind(kind)
    registry._kinds.update(saved)


@pytest.fixture
def dummy_tasks(settings):
    """Enqueued jobs are recorded in `backend.results`, not run."""
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "email"],
        }
    }
    default_task_backend.clear()
    return default_task_backend


@pytest.fixture
def immediate_tasks(settings):
    """Enqueued jobs run at once, in the enqueueing thread."""
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["default", "email"],
        }
    }


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = "https://iso.hungyen.gov.vn"
    return settings.SITE_URL
