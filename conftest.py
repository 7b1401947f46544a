"""Fixtures shared by every test: personas, the organisation world, audit flush guard."""

import pytest
from django.db import connections

from tests.support import demo as demo_support
from tests.support.personas import Personas, build_personas

# Browser fixtures (browser, page, phone_page) live in one plugin so the whole session shares one
# Playwright instance.
pytest_plugins = ["tests.support.browser"]


@pytest.fixture(autouse=True)
def _vietnamese(settings):
    settings.LANGUAGE_CODE = "vi"
    # Tests log in many times from one address; throttling is tested on its own.
    settings.AXES_ENABLED = False
    # Personas are built for most tests; argon2 on a dozen users would cost seconds each time.
    # Production hashing is asserted from the settings module itself (core/tests/test_security).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # A failing domain-event subscriber is only logged in production; tests must see it fail.
    settings.DOMAIN_EVENTS_RAISE = True


@pytest.fixture(autouse=True)
def _fresh_working_day_calendar():
    """The calendar caches years per process: exceptions rolled back with a test must not leak."""
    from eiso.core.calendar import invalidate_cache

    invalidate_cache()


@pytest.fixture
def personas(db) -> Personas:
    return build_personas()


@pytest.fixture
def world(personas):
    return personas.world


@pytest.fixture
def _shared_demo_build(django_db_setup, django_db_blocker):
    yield demo_support.SHARED.get(django_db_blocker)
    # After the test's own savepoint is rolled back (`db` is torn down first).
    demo_support.SHARED.release_unless_next_test_uses_it()


@pytest.fixture
def shared_demo(_shared_demo_build, db) -> demo_support.BuiltDemo:
    """The demo province of `seed_demo --if-empty`, built once for the consecutive tests that ask
    for it; each test runs in a savepoint and its writes are rolled back (tests/support/demo.py).
    A test using it needs no `django_db` mark: it gets `db` from here, after the build."""
    return _shared_demo_build


# First: pytest-xdist reads the xdist_group marks in its own hook.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Tests that use the shared demo run one after another (in one xdist group)."""
    using = [item for item in items if demo_support.uses_demo(item)]
    if using:
        first = items.index(using[0])
        rest = [item for item in items if not demo_support.uses_demo(item)]
        items[:] = rest[:first] + using + rest[first:]
    demo_support.group_demo_tests(config, using)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Before any fixture is torn down: the shared demo stays only if the next test uses it."""
    demo_support.SHARED.next_item = nextitem


@pytest.fixture(scope="session", autouse=True)
def _allow_test_flush_of_audit_log():
    """Transactional tests end with a flush; the audit log's triggers allow only that purge."""
    from django.core.management.commands import flush

    original = flush.Command.handle

    def handle(self, **options):
        connection = connections[options.get("database", "default")]
        if connection.vendor != "sqlite":
            return original(self, **options)
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO eiso_audit_purge_guard (enabled) VALUES (1)")
        try:
            return original(self, **options)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM eiso_audit_purge_guard")

    flush.Command.handle = handle
    yield
    flush.Command.handle = original
