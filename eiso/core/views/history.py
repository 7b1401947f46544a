""" "Lịch sử" (history) of one object, and the global audit log for administrators.

Both are read-only: they answer GET/HEAD only (405 otherwise), since the audit log is append-only
and no path in the application edits or deletes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from eiso.core import audit, history
from eiso.core.auditlog import export
from eiso.core.auditlog.forms import AuditLogFilterForm
from eiso.core.auditlog.selectors import (
    agency_names,
    apply_filters,
    can_view_audit_log,
    events_for_user,
)
from eiso.core.models import AuditEvent

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class EventRow:
    event: AuditEvent
    action: str
    type_label: str
    changes: list[history.Change]
    history_url: str = ""
    agency_name: str = ""


def _rows(events, *, names: dict | None = None) -> list[EventRow]:
    """Page rows: labels and change tables computed in Python, no query per row."""
    type_labels: dict[str, str] = {}
    rows = []
    for event in events:
        if event.object_type not in type_labels:
            type_labels[event.object_type] = history.object_type_label(event.object_type)
        url = ""
        if history.is_registered(event.object_type):
            url = reverse("core:history", args=[event.object_type, event.object_id])
        rows.append(
            EventRow(
                event=event,
                action=audit.action_label(event.action),
                type_label=type_labels[event.object_type],
                changes=history.changes_of(event),
                history_url=url,
                agency_name=(names or {}).get(event.agency_id, ""),
            )
        )
    return rows


@require_safe
@login_required
def history_page(request, object_type: str, object_id: str):
    """Events about one object, newest first; an htmx request gets the panel only."""
    obj = history.load(request.user, object_type, object_id)
    if obj is None:
        raise Http404
    can_include = history.has_related(object_type)
    include_related = can_include and request.GET.get("sub") == "1"
    events = history.events_for(object_type, obj, include_related=include_related)
    page = Paginator(events, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "obj": obj,
        "obj_id": str(obj.pk),
        "object_type": object_type,
        "type_label": history.object_type_label(object_type),
        "page": page,
        "rows": _rows(page.object_list),
        "can_include": can_include,
        "include_related": include_related,
        "panel_url": reverse("core:history", args=[object_type, str(obj.pk)]),
        "back_url": history.back_url(object_type, obj),
    }
    template = "core/history_panel.html" if request.htmx else "core/history.html"
    return render(request, template, context)


def _filtered_events(request):
    if not can_view_audit_log(request.user):
        raise PermissionDenied
    form = AuditLogFilterForm(request.GET or None)
    return form, apply_filters(events_for_user(request.user), form.filters())


@require_safe
@login_required
def audit_log_page(request):
    form, events = _filtered_events(request)
    page = Paginator(events, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
    events_on_page = list(page.object_list)
    names = agency_names(e.agency_id for e in events_on_page)
    export_query = request.GET.copy()
    export_query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": _rows(events_on_page, names=names),
        "export_query": export_query.urlencode(),
    }
    return render(request, "core/audit_log.html", context)


@require_safe
@login_required
def audit_log_export(request):
    _form, events = _filtered_events(request)
    content = export.workbook_bytes(events)
    response = HttpResponse(content, content_type=XLSX)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="nhat-ky-he-thong-{stamp}.xlsx"'
    return response
