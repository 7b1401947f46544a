"""The demo province for live-server tests, built once per test process.

pytest-django empties the database after each live-server test, so the first test that asks for
`committed_demo` builds it with `seed_demo` and keeps a copy of its rows; the next ones put the
same rows back (tests/support/snapshot.py), which is several times cheaper than building again.
"""

import pytest
from django.core.management import call_command

from tests.support import snapshot

FIXTURE = "committed_demo"
_ROWS: list[tuple[snapshot.TableRows, ...]] = []


@pytest.fixture
def committed_demo(transactional_db) -> None:
    """`seed_demo` (default seed) committed in the otherwise empty test database."""
    if _ROWS:
        snapshot.restore(_ROWS[0])
    else:
        call_command("seed_demo", verbosity=0)
        _ROWS.append(snapshot.capture())


# First: pytest-xdist reads the xdist_group marks in its own hook.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """One xdist group, so the demo is built once per run rather than once per worker."""
    for item in items:
        if FIXTURE in getattr(item, "fixturenames", ()) and not item.get_closest_marker(
            "xdist_group"
        ):
            item.add_marker(pytest.mark.xdist_group("e2e-demo"))
