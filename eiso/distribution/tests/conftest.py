"""Fixtures of the distribution tests."""

from __future__ import annotations

from collections import defaultdict

import pytest

from eiso.core import domain_events
from eiso.distribution import services


@pytest.fixture(autouse=True)
def _only_our_subscribers(monkeypatch):
    """Run the domain events of these tests through this app's subscribers only, so another
    module's subscriber (search indexing…) neither slows these tests nor breaks them."""
    ours = {
        "documents.edition_effective": [services.on_edition_effective],
        "documents.edition_withdrawn": [services.on_edition_withdrawn],
        "references.external_changed": [services.on_external_changed],
    }
    monkeypatch.setattr(domain_events, "_subscribers", defaultdict(list, ours))
