"""Overdue actions escalate once per action and level: the unit head the day after the due date,
the ISO coordinator N working days later; the daily job is registered."""

from __future__ import annotations

import datetime as dt

import pytest

from eiso.core.calendar import add_working_days
from eiso.core.scheduler import registered_jobs
from eiso.nonconformities.escalation import escalate_overdue_actions
from eiso.nonconformities.models import ActionEscalation, CorrectiveAction
from eiso.nonconformities.tests.conftest import in_progress, today
from eiso.notifications.models import Notification

pytestmark = pytest.mark.django_db

KIND = "nonconformities.action_overdue"


def _recipients():
    return sorted(
        Notification.objects.filter(kind=KIND).values_list("recipient__username", flat=True)
    )


def test_escalation_goes_once_per_level(personas, settings):
    settings.EISO_NC_ESCALATION_WORKING_DAYS = 3
    _nc, action = in_progress(personas)
    due = action.due_date
    assert escalate_overdue_actions(due) == 0  # not late on the due day
    day_after = due + dt.timedelta(days=1)
    assert escalate_overdue_actions(day_after) == 1
    assert _recipients() == ["gd.chuyenvien", "gd.truongphong"]  # owner and unit head
    assert escalate_overdue_actions(day_after) == 0  # re-run: nothing new
    assert escalate_overdue_actions(day_after + dt.timedelta(days=1)) == 0
    later = add_working_days(due, 3)
    assert escalate_overdue_actions(later) == 1
    assert _recipients() == ["gd.chuyenvien", "gd.chuyenvien", "gd.thuky", "gd.truongphong"]
    assert escalate_overdue_actions(later + dt.timedelta(days=7)) == 0
    assert sorted(ActionEscalation.objects.values_list("level", flat=True)) == [1, 2]


def test_done_actions_do_not_escalate(personas):
    _nc, action = in_progress(personas)
    CorrectiveAction.objects.filter(pk=action.pk).update(status="done")
    assert escalate_overdue_actions(today() + dt.timedelta(days=30)) == 0
    assert not Notification.objects.filter(kind=KIND).exists()


def test_the_daily_job_is_registered():
    names = [job.name for job in registered_jobs()]
    assert "nonconformities.escalate_overdue_actions" in names
