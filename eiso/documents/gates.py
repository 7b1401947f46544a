"""Checks other modules add to "submit for review".

A check is ``fn(edition) -> list[str]``: Vietnamese messages, empty when the edition may go on.
The procedures app registers "the steps take longer than the legal processing time of the TTHC".
Checks are registered from ``AppConfig.ready()``; submitting runs every one of them and refuses
with all their messages together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SubmitCheck = Callable[[Any], list[str]]

_checks: list[SubmitCheck] = []


def register_submit_check(fn: SubmitCheck) -> None:
    if fn not in _checks:
        _checks.append(fn)


def unregister_submit_check(fn: SubmitCheck) -> None:
    if fn in _checks:
        _checks.remove(fn)


def submit_checks() -> list[SubmitCheck]:
    return list(_checks)


def run_submit_checks(edition) -> list[str]:
    """Every message of every registered check, in registration order."""
    messages: list[str] = []
    for check in submit_checks():
        messages.extend(str(message) for message in check(edition) or [])
    return messages
