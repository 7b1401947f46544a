"""Hooks of plan tracking into the rest of eiso, connected from `PlansConfig.ready()`:
audit labels, notification kinds, the daily job, the "Việc của tôi" section, history loaders."""

from __future__ import annotations

_connected = False


def connect() -> None:
    global _connected
    if _connected:
        return
    _connected = True
    from django.conf import settings

    from eiso.core import audit, history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.notifications.kinds import register_kind
    from eiso.notifications.models import EmailMode
    from eiso.plans.tracking import events
    from eiso.plans.tracking.my_work import my_plan_tasks_section
    from eiso.plans.tracking.tasks import daily_tracking

    audit.register_actions(events.ACTIONS)
    for code, label in events.KINDS.items():
        register_kind(code, label, EmailMode.IMMEDIATE)
    register_periodic(
        "plans.daily_tracking",
        daily_tracking,
        Daily(hour=lambda: getattr(settings, "EISO_PLAN_REMINDER_HOUR", 7), minute=15),
    )
    my_work.register("plans.tasks", my_plan_tasks_section)
    _register_history(history)


def _register_history(history) -> None:
    from django.urls import reverse

    from eiso.plans.tracking import permissions

    def load_share(user, object_id):
        return permissions.visible_assignments(user).filter(pk=object_id).first()

    def load_occurrence(user, object_id):
        return permissions.visible_occurrences(user).filter(pk=object_id).first()

    history.register(
        "plans.taskassignment",
        load_share,
        link=lambda share: reverse("plans:tracking_share", args=[share.pk]),
    )
    history.register(
        "plans.taskoccurrence",
        load_occurrence,
        link=lambda occurrence: (
            reverse("plans:tracking_share", args=[occurrence.assignment_id])
            if occurrence.assignment_id
            else reverse("plans:tracking_task", args=[occurrence.task_id])
        ),
    )
