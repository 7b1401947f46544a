"""Background jobs of controlled documents (Django Tasks API): thin wrappers."""

from __future__ import annotations

from django_tasks import task

from eiso.documents.services import workflow


@task()
def make_due_editions_effective() -> int:
    """Approved editions whose effective date has come take effect (superseding the previous)."""
    return workflow.make_due_editions_effective()
