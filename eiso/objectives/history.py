"""“Lịch sử” loaders: an objective (with its plan, measurements and evaluation as sub-objects)."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.objectives.models import ActionItem, Evaluation, Measurement, Objective
from eiso.objectives.permissions import visible_objectives


def load_objective(user, object_id: str) -> Objective | None:
    try:
        return visible_objectives(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Objective.DoesNotExist):
        return None


def objective_related(objective: Objective) -> Q:
    ids = [
        str(pk)
        for pk in ActionItem.objects.filter(objective=objective).values_list("pk", flat=True)
    ]
    ids += [
        str(pk)
        for pk in Measurement.objects.filter(objective=objective).values_list("pk", flat=True)
    ]
    ids += [
        str(pk)
        for pk in Evaluation.objects.filter(objective=objective).values_list("pk", flat=True)
    ]
    return Q(object_id__in=ids)


def objective_link(objective: Objective) -> str:
    return reverse("objectives:detail", args=[objective.pk])
