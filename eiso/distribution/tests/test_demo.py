"""The demo step on a small world: acknowledgements mostly done, some pending (the demo staff
member's among them), reviews recorded last year, some due soon, a few overdue, the 3-month
review of a document citing an amended external document; deterministic for a seed."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from eiso.demo.context import SCALES, Context
from eiso.demo.steps.distribution import build_distribution
from eiso.demo.writer import BatchWriter
from eiso.distribution import reminders
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    ReviewKind,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.distribution.tests.seed import bulk_documents, bulk_people, external_document
from eiso.documents.models import EditionCitation
from eiso.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _run(world, seed=7):
    ctx = Context(seed=seed, scale=SCALES["demo"], writer=BatchWriter(), log=lambda _m: None)
    province = SimpleNamespace(id=world.province.pk, agencies=[SimpleNamespace(id=world.agency.pk)])
    build_distribution(ctx, province)
    return ctx


def test_demo_step(personas):
    world = personas.world
    today = timezone.localdate()
    bulk_people(world.agency, world.subdivision, 30, prefix="cv")
    old = bulk_documents(world.agency, world.division, 40, effective_on=dt.date(2024, 3, 1))
    recent = bulk_documents(
        world.agency, world.office, 3, effective_on=today - dt.timedelta(days=5), start=500
    )
    external = external_document(world)
    external.status = "amended"
    external.status_effective_date = dt.date(2026, 11, 1)
    external.save()
    EditionCitation.objects.create(edition=old[0].effective_edition, external_document=external)

    _run(world)

    acks = Acknowledgement.objects.all()
    # Editions in force for long were read by everyone; recent ones partly.
    assert not acks.filter(document__in=old).exclude(state=AckState.ACKNOWLEDGED).exists()
    assert set(acks.filter(document__in=recent).values_list("state", flat=True)) == {
        AckState.PENDING,
        AckState.ACKNOWLEDGED,
    }
    # Reviews recorded when they fell due (2025 and 2026), schedules follow.
    history = ReviewTask.objects.filter(state=ReviewState.NO_CHANGE, document=old[1])
    assert history.count() == 2 and history.exclude(reviewer=None).count() == 2
    assert ReviewSchedule.objects.count() == 43
    assert not ReviewSchedule.objects.filter(next_due=None).exists()
    open_periodic = ReviewTask.objects.filter(kind=ReviewKind.PERIODIC, state=ReviewState.OPEN)
    assert open_periodic.filter(due_date__lt=today).exists()
    assert open_periodic.filter(due_date__gt=today).exists()
    external_task = ReviewTask.objects.get(kind=ReviewKind.EXTERNAL_CHANGE)
    assert (external_task.document_id, external_task.due_date) == (old[0].pk, dt.date(2027, 2, 1))
    # The first daily run after the demo does not flood anyone with reminders.
    ids = set(acks.values_list("id", flat=True))
    result = reminders.daily(today)
    assert result["ack_reminders"] == 0 and result["reviews_opened"] == 0
    assert Notification.objects.count() == 0
    # Same seed, same ids.
    ReviewTask.objects.all().delete()
    Acknowledgement.objects.all().delete()
    ReviewSchedule.objects.all().delete()
    from eiso.distribution.models import DistributionTarget

    DistributionTarget.objects.all().delete()
    _run(world)
    assert set(Acknowledgement.objects.values_list("id", flat=True)) == ids
