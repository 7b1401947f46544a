"""The demo step gives issued plans a believable mix of progress."""

import datetime as dt

import pytest
from django.utils import timezone

from eiso.demo.context import SCALES, BuiltProvince, Context
from eiso.demo.places import province_info
from eiso.demo.steps.plan_tracking import build_plan_tracking
from eiso.demo.writer import BatchWriter
from eiso.plans.models import PlanScope, ProgressUpdate, Rhythm, TaskStatus, TimeframeKind
from eiso.plans.tracking.testing import add_task, issued_plan

pytestmark = pytest.mark.django_db


def test_demo_progress_has_done_in_progress_and_overdue_work(world):
    today = timezone.localdate()
    plan = issued_plan(world.agency, year=today.year)
    for month in range(1, 13):
        for unit in (world.division, world.office):
            add_task(plan, f"Việc tháng {month}", due=dt.date(today.year, month, 20), unit=unit)
    add_task(
        plan, "Báo cáo", kind=TimeframeKind.RECURRING, rhythm=Rhythm.MONTHLY, unit=world.office
    )
    wide = issued_plan(world.dost, year=today.year, scope=PlanScope.PROVINCE)
    add_task(
        wide, "Duy trì", due=dt.date(today.year, 1, 15), agencies=[world.agency, world.other_agency]
    )
    ctx = Context(seed=7, scale=SCALES["demo"], writer=BatchWriter(), log=lambda _m: None)
    province = BuiltProvince(info=province_info(world.province.code), id=world.province.pk)
    build_plan_tracking(ctx, province)
    ctx.writer.flush()
    statuses = set(plan.tasks.values_list("status", flat=True))
    assert TaskStatus.DONE in statuses
    assert ProgressUpdate.objects.filter(evidence="").count() == ProgressUpdate.objects.count() > 0
    recurring = plan.tasks.get(content="Báo cáo")
    assert recurring.occurrences.count() == 12
    assert wide.tasks.get().assignments.exclude(status=TaskStatus.NOT_STARTED).exists()
