import pytest
from django.db import transaction

from eiso.core import domain_events


@pytest.fixture
def bus(monkeypatch):
    monkeypatch.setattr(domain_events, "_subscribers", domain_events.defaultdict(list))
    return domain_events


@pytest.mark.django_db(transaction=True)
def test_subscribers_run_after_commit_with_the_payload(bus):
    seen = []
    bus.subscribe("thing.changed", lambda **payload: seen.append(payload))
    with transaction.atomic():
        bus.publish("thing.changed", thing_id=7)
        assert seen == []
    assert seen == [{"thing_id": 7}]


@pytest.mark.django_db(transaction=True)
def test_rolled_back_events_are_never_delivered(bus):
    seen = []
    bus.subscribe("thing.changed", lambda **payload: seen.append(payload))
    with pytest.raises(RuntimeError), transaction.atomic():
        bus.publish("thing.changed", thing_id=7)
        raise RuntimeError("rollback")
    assert seen == []


@pytest.mark.django_db(transaction=True)
def test_a_failing_subscriber_is_logged_and_the_others_still_run(bus, settings, caplog):
    settings.DOMAIN_EVENTS_RAISE = False
    seen = []

    def broken(**payload):
        raise ValueError("boom")

    bus.subscribe("thing.changed", broken)
    bus.subscribe("thing.changed", lambda **payload: seen.append(payload))
    bus.subscribe("thing.changed", broken)  # subscribing twice is a no-op
    assert len(bus.subscribers("thing.changed")) == 2
    bus.publish("thing.changed", thing_id=1)
    assert seen == [{"thing_id": 1}]
    assert "thing.changed failed" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_in_tests_a_failing_subscriber_raises(bus):
    def broken(**payload):
        raise ValueError("boom")

    bus.subscribe("thing.changed", broken)
    with pytest.raises(ValueError, match="boom"):
        bus.publish("thing.changed", thing_id=1)
