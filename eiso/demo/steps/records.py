"""Step "records": every unit's records register (danh mục hồ sơ) for last year and this year.

The lines come from the records lists of the effective procedures the documents step (order 34)
wrote, read back after a flush; each agency's office also keeps the file of outgoing documents and
the staff conference file, which no procedure lists. Last year's registers were established in
January of last year (before the latest procedures: today's lines differ from them); this year's
in January, and one unit of each agency has added a line since, so its page shows the
difference.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.documents.selectors import effective_record_items
from eiso.records.models import ManualRecord, RecordRegister
from eiso.records.selectors import kept_by, lines_from_items, lines_from_manual

OFFICE_BOOKS = (
    ("Tập lưu văn bản đi của cơ quan", "Văn thư cơ quan", "Vĩnh viễn"),
    ("Hồ sơ hội nghị cán bộ, công chức, viên chức năm", "Tủ hồ sơ Văn phòng", "10 năm"),
)
ADDED_LATER = ("Sổ theo dõi giao nhận hồ sơ nội bộ", "Tủ hồ sơ phòng", "05 năm")


@step("records", order=38)
def build_records(ctx: Context, province: BuiltProvince) -> None:
    ctx.writer.flush()  # the documents step's records lists must be readable
    today = timezone.localdate()
    for agency in province.agencies:
        _agency(ctx, agency, today)


def _agency(ctx: Context, agency: BuiltAgency, today: dt.date) -> None:
    items = list(
        effective_record_items(agency=agency.id).select_related("edition__document__owner_unit")
    )
    author = agency.people.get("iso") or agency.people.get("head")
    added_later = False
    for unit in agency.units:
        lines = lines_from_items(item for item in items if kept_by(item, unit.path))
        books = OFFICE_BOOKS if unit.spec.kind == "office" else ()
        if not lines and not books:
            continue
        for year in (today.year - 1, today.year):
            register_id = ctx.uuid("record_register", unit.id, year)
            manual = [
                _manual(ctx, register_id, order, name, unit.name, place, retention)
                for order, (name, place, retention) in enumerate(books, start=1)
            ]
            # Last year a procedure had one record fewer than today.
            kept = lines[:-1] if year < today.year else lines
            established = kept + lines_from_manual(manual)
            later = year == today.year and not added_later and unit.spec.kind != "leadership"
            if later:
                name, place, retention = ADDED_LATER
                manual.append(
                    _manual(ctx, register_id, len(manual) + 1, name, unit.name, place, retention)
                )
                added_later = True
            ctx.writer.add(
                RecordRegister(
                    id=register_id,
                    agency_id=agency.id,
                    unit_id=unit.id,
                    year=year,
                    established_on=dt.date(year, 1, 20),
                    established_by_id=author,
                    snapshot=[line.as_snapshot() for line in established],
                )
            )
            for entry in manual:
                ctx.writer.add(entry)
            ctx.stats["record_registers"] += 1


def _manual(ctx, register_id, order, name, unit_name, place, retention) -> ManualRecord:
    return ManualRecord(
        id=ctx.uuid("manual_record", register_id, order),
        register_id=register_id,
        order=order,
        name=name,
        owner_unit=unit_name,
        place=place,
        retention=retention,
    )
