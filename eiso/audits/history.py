"""“Lịch sử” loaders: a programme, and an audit with its checklist items as sub-objects."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.audits.models import Audit, AuditProgramme, ChecklistItem
from eiso.audits.permissions import visible_audits, visible_programmes


def load_programme(user, object_id: str) -> AuditProgramme | None:
    try:
        return visible_programmes(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, AuditProgramme.DoesNotExist):
        return None


def programme_related(programme: AuditProgramme) -> Q:
    ids = [str(pk) for pk in programme.audits.values_list("pk", flat=True)]
    return Q(object_type="audits.audit", object_id__in=ids)


def programme_link(programme: AuditProgramme) -> str:
    return reverse("audits:programme", args=[programme.pk])


def load_audit(user, object_id: str) -> Audit | None:
    try:
        return visible_audits(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Audit.DoesNotExist):
        return None


def audit_related(audit: Audit) -> Q:
    ids = [str(pk) for pk in ChecklistItem.objects.filter(audit=audit).values_list("pk", flat=True)]
    return Q(object_type="audits.checklistitem", object_id__in=ids)


def audit_link(audit: Audit) -> str:
    return reverse("audits:audit", args=[audit.pk])
