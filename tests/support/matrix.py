"""Permission-matrix helper: run one request as every persona and check who may and who may not.

Denied cases must change nothing: `state` is called before and after each denied request and the
two results must be equal. Typical use:

    check_matrix(
        personas, client,
        request=lambda c, p: c.post(url, {"name": "X"}),
        allowed={"admin", "province_admin", "iso", "head"},
        state=lambda: list(Unit.objects.values_list("id", "name", "is_active").order_by("id")),
    )
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.test import Client

from tests.support.personas import Personas

ALLOWED_STATUSES = (200, 201, 204, 302, 303)
DENIED_STATUSES = (403, 404)


def _login(client: Client, personas: Personas, name: str) -> None:
    client.logout()
    user = personas[name]
    if user is not None:
        client.force_login(user)


def check_matrix(
    personas: Personas,
    client: Client,
    *,
    request: Callable[[Client, str], Any],
    allowed: Iterable[str],
    state: Callable[[], Any] | None = None,
    allowed_statuses: Iterable[int] = ALLOWED_STATUSES,
    denied_statuses: Iterable[int] = DENIED_STATUSES,
    anonymous_statuses: Iterable[int] = (302, 401),
    personas_to_check: Iterable[str] | None = None,
) -> dict[str, int]:
    """Returns {persona: status}. Fails with a table of every mismatch, not just the first."""
    allowed = set(allowed)
    names = list(personas_to_check or personas.names())
    unknown = allowed - set(personas.names())
    assert not unknown, f"unknown personas in allowed: {unknown}"
    results: dict[str, int] = {}
    problems: list[str] = []
    for name in names:
        _login(client, personas, name)
        before = state() if state is not None and name not in allowed else None
        response = request(client, name)
        status = response.status_code
        results[name] = status
        if name in allowed:
            if status not in set(allowed_statuses):
                problems.append(f"{name}: expected allowed, got {status}")
        else:
            expected = set(anonymous_statuses) if name == "anonymous" else set(denied_statuses)
            if status not in expected:
                problems.append(f"{name}: expected denied {sorted(expected)}, got {status}")
            if state is not None:
                after = state()
                if after != before:
                    problems.append(f"{name}: denied but state changed")
    client.logout()
    assert not problems, "permission matrix mismatches:\n" + "\n".join(problems)
    return results
