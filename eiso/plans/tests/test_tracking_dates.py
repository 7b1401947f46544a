"""Due dates in working days (Tết 2026, weekends), periods of recurring tasks, SQL thresholds."""

import datetime as dt

import pytest

from eiso.plans.models import PlanTask, Rhythm, TaskStatus, TimeframeKind
from eiso.plans.tracking import dates, selectors
from eiso.plans.tracking.dates import Thresholds
from eiso.plans.tracking.testing import add_task, issued_plan

D = dt.date

pytestmark = pytest.mark.django_db


def test_a_deadline_on_a_tet_day_moves_to_the_next_working_day():
    # Tết Bính Ngọ: Monday 16/02 – Friday 20/02/2026 are days off.
    assert dates.effective_due(TimeframeKind.BEFORE, D(2026, 2, 17)) == D(2026, 2, 23)
    assert dates.effective_due(TimeframeKind.BEFORE, D(2026, 2, 14)) == D(2026, 2, 23)  # Saturday
    assert dates.effective_due(TimeframeKind.RANGE, D(2026, 2, 13)) == D(2026, 2, 13)


def test_a_month_is_due_on_its_last_working_day():
    # 31/05/2026 is a Sunday, 30/05 a Saturday: the month ends on Friday 29/05.
    assert dates.effective_due(TimeframeKind.MONTH, D(2026, 5, 31)) == D(2026, 5, 29)
    assert dates.effective_due(TimeframeKind.QUARTER, D(2026, 3, 31)) == D(2026, 3, 31)
    assert dates.effective_due(TimeframeKind.REGULATORY, None) is None


def test_nothing_turns_overdue_during_tet_or_a_weekend():
    due = D(2026, 2, 13)  # Friday before Tết
    for day in (D(2026, 2, 14), D(2026, 2, 16), D(2026, 2, 20), D(2026, 2, 22)):
        assert not dates.is_overdue(due, day), day
    assert dates.is_overdue(due, D(2026, 2, 23))
    assert dates.working_days_late(due, D(2026, 2, 23)) == 1
    assert dates.working_days_late(due, D(2026, 2, 25)) == 3
    # Due on Friday 06/03/2026: Saturday and Sunday are not late, Monday is one day late.
    assert not dates.is_overdue(D(2026, 3, 6), D(2026, 3, 8))
    assert dates.working_days_late(D(2026, 3, 6), D(2026, 3, 9)) == 1


def test_reminder_is_three_working_days_before_across_tet():
    assert dates.reminder_from(D(2026, 2, 24)) == D(2026, 2, 12)
    assert dates.reminder_from(D(2026, 3, 9)) == D(2026, 3, 4)


def test_thresholds_of_a_tet_day():
    thresholds = Thresholds.for_day(D(2026, 2, 18))
    assert thresholds.latest_working == D(2026, 2, 13)
    assert thresholds.previous_working == D(2026, 2, 12)
    assert thresholds.horizon == D(2026, 2, 25)


def test_monthly_quarterly_half_yearly_yearly_periods():
    months = dates.occurrence_periods(Rhythm.MONTHLY, 2026)
    assert [p.label for p in months][:2] == ["Tháng 1/2026", "Tháng 2/2026"]
    assert len(months) == 12 and months[1].end == D(2026, 2, 28)
    quarters = dates.occurrence_periods(Rhythm.QUARTERLY, 2026)
    assert [(p.label, p.start, p.end) for p in quarters][1] == (
        "Quý II/2026",
        D(2026, 4, 1),
        D(2026, 6, 30),
    )
    halves = dates.occurrence_periods(Rhythm.HALF_YEARLY, 2026)
    assert [p.label for p in halves] == ["6 tháng đầu năm 2026", "6 tháng cuối năm 2026"]
    assert [p.label for p in dates.occurrence_periods(Rhythm.YEARLY, 2026)] == ["Năm 2026"]
    clipped = dates.occurrence_periods(Rhythm.MONTHLY, 2026, D(2026, 3, 15), D(2026, 5, 20))
    assert [(p.start, p.end) for p in clipped] == [
        (D(2026, 3, 15), D(2026, 3, 31)),
        (D(2026, 4, 1), D(2026, 4, 30)),
        (D(2026, 5, 1), D(2026, 5, 20)),
    ]


def _current(task_id, day):
    thresholds = Thresholds.for_day(day)
    return selectors.annotate_tasks(PlanTask.objects.filter(pk=task_id), thresholds).get().current


def test_sql_status_agrees_with_the_working_day_rules(world):
    plan = issued_plan(world.agency)
    before_tet = add_task(plan, "Báo cáo", due=D(2026, 2, 13), unit=world.division)
    saturday = add_task(plan, "Họp", due=D(2026, 2, 14), unit=world.division)
    may = add_task(
        plan, "Tháng 5", kind=TimeframeKind.MONTH, start=D(2026, 5, 1), due=D(2026, 5, 31)
    )
    assert _current(before_tet.pk, D(2026, 2, 20)) == "due_soon"
    assert _current(before_tet.pk, D(2026, 2, 23)) == TaskStatus.OVERDUE
    assert _current(saturday.pk, D(2026, 2, 23)) == "due_soon"
    assert _current(saturday.pk, D(2026, 2, 24)) == TaskStatus.OVERDUE
    assert _current(may.pk, D(2026, 5, 29)) == "due_soon"
    assert _current(may.pk, D(2026, 5, 30)) == "due_soon"  # Saturday: no working day passed
    assert _current(may.pk, D(2026, 6, 1)) == TaskStatus.OVERDUE
    assert _current(may.pk, D(2026, 4, 1)) == TaskStatus.NOT_STARTED
