"""The "Việc của tôi" section ranks in Python what `selectors._current` computes in SQL: the
same order and the same overdue / due-soon marks, across kinds, boundaries and undated work."""

import datetime as dt

import pytest

from eiso.plans.models import Rhythm, TaskStatus, TimeframeKind
from eiso.plans.tracking import selectors
from eiso.plans.tracking.dates import Thresholds
from eiso.plans.tracking.my_work import SECTION_LIMIT, my_plan_tasks_section
from eiso.plans.tracking.testing import add_task, issued_plan

pytestmark = pytest.mark.django_db


def test_the_python_rank_matches_the_sql_status(world, personas):
    thresholds = Thresholds.for_day(province=world.agency.province_id)
    today = thresholds.today
    plan = issued_plan(world.agency, year=today.year)
    kinds = (TimeframeKind.BEFORE, TimeframeKind.MONTH, TimeframeKind.REGULATORY)
    for offset in range(-6, 9):
        kind = kinds[offset % len(kinds)]
        due = today + dt.timedelta(days=offset)
        add_task(plan, f"Việc {offset:+d} {kind}", kind=kind, due=due, unit=world.division)
    add_task(plan, "Việc không hạn", kind=TimeframeKind.REGULATORY, unit=world.division)
    add_task(plan, "Việc thường xuyên", kind=TimeframeKind.RECURRING, unit=world.division)
    add_task(
        plan,
        "Việc hằng tháng",
        kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.MONTHLY,
        unit=world.division,
    )
    annotated = selectors.annotate_tasks(plan.tasks.filter(status__in=selectors.OPEN), thresholds)
    rank = {TaskStatus.OVERDUE: 0, selectors.DUE_SOON: 1}
    expected = sorted(
        annotated,
        key=lambda t: (rank.get(t.current, 2), t.due_on is None, t.due_on or today, t.pk),
    )
    section = my_plan_tasks_section(personas.unit_head, world.agency)
    assert section.total == len(expected) > SECTION_LIMIT
    assert [item.title for item in section.items] == [t.content for t in expected][:SECTION_LIMIT]
    for item, task in zip(section.items, expected, strict=False):
        assert item.overdue == (task.current == TaskStatus.OVERDUE)
        assert bool(item.badge) == (task.current == selectors.DUE_SOON)
