"""Reads of the audit log, scoped to what the administrator may see.

A global administrator sees every event; a province administrator sees the events of their
province(s). Nobody else reads the global log (they open "Lịch sử" on objects instead).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from eiso.core.models import AuditEvent


def can_view_audit_log(user) -> bool:
    from eiso.organizations.permissions import can_view_audit_log as allowed

    return allowed(user)


def events_for_user(user) -> QuerySet[AuditEvent]:
    from eiso.organizations.access import access_for

    access = access_for(user)
    if access.global_admin:
        events = AuditEvent.objects.all()
    elif access.admin_provinces:
        events = AuditEvent.objects.filter(province_id__in=access.admin_provinces)
    else:
        events = AuditEvent.objects.none()
    return events.order_by("-at", "-id")


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _agency_condition(text: str) -> Q:
    """An agency given by id (links from an agency page) or by part of its name or symbol."""
    from eiso.organizations.models import Agency

    try:
        return Q(agency_id=uuid.UUID(text))
    except ValueError:
        pass
    matching = Agency.objects.filter(
        Q(name__icontains=text) | Q(short_name__icontains=text) | Q(symbol__iexact=text)
    ).values("id")
    return Q(agency_id__in=matching)


def apply_filters(events: QuerySet[AuditEvent], filters: Mapping[str, Any]) -> QuerySet:
    """Narrow `events` by the cleaned values of the audit-log filter form (empty = no filter)."""
    if actor := filters.get("actor"):
        events = events.filter(Q(actor_name__icontains=actor) | Q(actor__username__icontains=actor))
    if action := filters.get("action"):
        events = events.filter(action=action)
    if object_type := filters.get("object_type"):
        events = events.filter(object_type=object_type)
    if agency := filters.get("agency"):
        events = events.filter(_agency_condition(agency))
    if date_from := filters.get("date_from"):
        events = events.filter(at__gte=_start_of(date_from))
    if date_to := filters.get("date_to"):
        events = events.filter(at__lt=_start_of(date_to + dt.timedelta(days=1)))
    if text := filters.get("q"):
        events = events.filter(object_repr__icontains=text)
    return events


def agency_names(agency_ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    """Names of the agencies events refer to (one query for a page or an export chunk)."""
    from eiso.organizations.models import Agency

    ids = {pk for pk in agency_ids if pk is not None}
    if not ids:
        return {}
    return dict(Agency.objects.filter(id__in=ids).values_list("id", "name"))
