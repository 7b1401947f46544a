"""Excel export of the audit log with the same filters as the page."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from eiso.core import audit, history
from eiso.core.auditlog.selectors import agency_names
from eiso.core.models import AuditEvent

# An export is a working file, not a backup: beyond this, narrow the filters.
MAX_ROWS = 100_000
CHUNK = 2_000


def _chunks(events: Iterable[AuditEvent]) -> Iterator[list[AuditEvent]]:
    chunk: list[AuditEvent] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _changes_text(event: AuditEvent) -> str:
    return "\n".join(f"{c.field}: {c.old} → {c.new}" for c in history.changes_of(event))


def headers() -> list[str]:
    return [
        _("Time"),
        _("Actor"),
        _("Action"),
        _("Object type"),
        _("Object"),
        _("Agency"),
        _("Changes"),
        _("IP address"),
    ]


def workbook_bytes(events) -> bytes:
    """An .xlsx of `events` (already filtered and scoped), newest first, at most MAX_ROWS."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Audit log")[:31])
    sheet.column_dimensions["A"].width = 17
    for column, width in zip("BCDEFGH", (24, 30, 20, 40, 34, 60, 16), strict=True):
        sheet.column_dimensions[column].width = width
    bold = Font(bold=True)
    header_cells = []
    for text in headers():
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    type_labels: dict[str, str] = {}
    rows = events.only(
        "at",
        "actor_name",
        "action",
        "object_type",
        "object_repr",
        "agency_id",
        "changes",
        "ip_address",
    )[:MAX_ROWS]
    for chunk in _chunks(rows.iterator(chunk_size=CHUNK)):
        names = agency_names(e.agency_id for e in chunk)
        for event in chunk:
            if event.object_type not in type_labels:
                type_labels[event.object_type] = history.object_type_label(event.object_type)
            moment = WriteOnlyCell(sheet, value=timezone.localtime(event.at).replace(tzinfo=None))
            moment.number_format = "dd/mm/yyyy hh:mm"
            sheet.append(
                [
                    moment,
                    event.actor_name,
                    audit.action_label(event.action),
                    type_labels[event.object_type],
                    event.object_repr,
                    names.get(event.agency_id, "") if event.agency_id is not None else "",
                    _changes_text(event),
                    event.ip_address or "",
                ]
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
