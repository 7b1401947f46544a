"""The demo province shared by the tests that only read it (the `shared_demo` fixture of conftest.py).

Building the demo province (`seed_demo`) costs seconds of CPU, and a dozen test modules check
what it built. The first test that asks for `shared_demo` builds it inside an outer transaction that
stays open; every test then runs in a savepoint of it (pytest-django's `db`), so whatever a test
writes is rolled back to the freshly built demo. The outer transaction is rolled back as soon as
the next test does not ask for `shared_demo` (`release_unless_next_test_uses_it`), so no other test ever sees the demo
data. The tests that use it are kept together, on one xdist worker, by `group_demo_tests`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.test import override_settings

from config import settings as project_settings

FIXTURE = "shared_demo"
XDIST_GROUP = "demo-province"


@dataclass
class BuiltDemo:
    """What `seed_demo --if-empty` printed when it built the shared demo on an empty database."""

    output: str


class SharedDemo:
    def __init__(self) -> None:
        self._atomic: transaction.Atomic | None = None
        self._blocker: Any = None
        self.built: BuiltDemo | None = None
        self.next_item: Any = None  # set by conftest's pytest_runtest_teardown

    def get(self, django_db_blocker) -> BuiltDemo:
        if self.built is None:
            self._build(django_db_blocker)
        assert self.built is not None
        return self.built

    def _build(self, django_db_blocker) -> None:
        from django.core.management import call_command

        self._blocker = django_db_blocker
        with django_db_blocker.unblock():
            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                output = io.StringIO()
                # As `make run` builds it: the project's password hashers (argon2), not the fast
                # one the tests' settings use; one hash is shared by every generated account.
                with override_settings(PASSWORD_HASHERS=project_settings.PASSWORD_HASHERS):
                    call_command("seed_demo", if_empty=True, stdout=output)
                # Check the deferred foreign keys now, once: otherwise PostgreSQL checks every
                # row of the demo again when each test's savepoint checks its constraints.
                connection.check_constraints()
            except BaseException:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)
                raise
        self._atomic = atomic
        self.built = BuiltDemo(output=output.getvalue())

    def release_unless_next_test_uses_it(self) -> None:
        """Roll the demo back unless the next test uses it: the database is empty again."""
        if self._atomic is None or uses_demo(self.next_item):
            return
        atomic, self._atomic, self.built = self._atomic, None, None
        with self._blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def uses_demo(item) -> bool:
    return item is not None and FIXTURE in getattr(item, "fixturenames", ())


SHARED = SharedDemo()


def group_demo_tests(config, items) -> None:
    """One xdist group (`--dist loadgroup`): the demo is built once, on one worker."""
    import pytest

    for item in items:
        if uses_demo(item) and not item.get_closest_marker("xdist_group"):
            item.add_marker(pytest.mark.xdist_group(XDIST_GROUP))
