"""Background jobs of internal audit (Django Tasks API): thin wrappers."""

from __future__ import annotations

from django_tasks import task

from eiso.audits import notices


@task()
def send_audit_notices() -> int:
    """Tell the auditees of the audits starting within the notice period."""
    return notices.send_audit_notices()
