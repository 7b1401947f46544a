"""The plan in "Lịch sử": its own events and those of its tasks (a deleted task's event is
recorded on the plan itself, so nothing is lost when the task row is gone)."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse

from eiso.plans.models import Plan
from eiso.plans.permissions import visible_plans


def load_plan(user, object_id: str) -> Plan | None:
    return visible_plans(user).filter(pk=object_id).first()


def plan_related(plan: Plan) -> Q:
    ids = [str(pk) for pk in plan.tasks.values_list("pk", flat=True)]
    return Q(object_type="plans.plantask", object_id__in=ids)


def connect() -> None:
    from eiso.core import history

    history.register(
        "plans.plan",
        load_plan,
        related=plan_related,
        link=lambda plan: reverse("plans:detail", args=[plan.pk]),
    )
