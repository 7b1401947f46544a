"""“Lịch sử” loader of review tasks (distribution lists and acknowledgement requests are recorded
on the document, whose history the documents app registers)."""

from __future__ import annotations

import uuid

from django.urls import reverse

from eiso.distribution.models import ReviewTask
from eiso.distribution.permissions import visible_review_tasks


def load_review_task(user, object_id: str) -> ReviewTask | None:
    try:
        return visible_review_tasks(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, ReviewTask.DoesNotExist):
        return None


def review_task_link(task: ReviewTask) -> str:
    return reverse("distribution:review_task", args=[task.pk])
