"""A small in-process domain event bus, so one module can react to another's changes without the
two importing each other (e.g. search re-indexes a document edition; distribution notifies readers
when an edition takes effect).

Publishers call ``publish(name, **payload)`` from inside their service's transaction; subscribers
run after that transaction commits (never on rollback), in subscription order. Subscribers are
registered from ``AppConfig.ready()``::

    domain_events.subscribe("documents.edition_effective", on_edition_effective)

Payloads carry ids, not model instances, so a subscriber reads fresh data (and could run in a
background task). A failing subscriber is logged and does not stop the others: the publishing
change has already committed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

Subscriber = Callable[..., Any]

_subscribers: dict[str, list[Subscriber]] = defaultdict(list)


def subscribe(name: str, subscriber: Subscriber) -> None:
    """Run ``subscriber(**payload)`` after every committed ``publish(name, ...)``."""
    if subscriber not in _subscribers[name]:
        _subscribers[name].append(subscriber)


def subscribers(name: str) -> list[Subscriber]:
    return list(_subscribers.get(name, ()))


def publish(name: str, **payload: Any) -> None:
    """Queue the event; subscribers run once the current transaction commits."""
    for subscriber in subscribers(name):
        transaction.on_commit(_safe(subscriber, name, payload))


def _safe(subscriber: Subscriber, name: str, payload: dict[str, Any]) -> Callable[[], None]:
    def run() -> None:
        try:
            subscriber(**payload)
        except Exception:  # a broken subscriber must not break the others
            logger.exception("Subscriber %r of %s failed", subscriber, name)
            if getattr(settings, "DOMAIN_EVENTS_RAISE", False):  # tests see the failure
                raise

    return run
