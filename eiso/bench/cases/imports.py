"""The heavy import of issue 6: a 10,000-row TTHC catalogue (target ≤ 10 s).

The file is the province's own catalogue as its DOST would re-publish it: every TTHC already there
(each with a changed fee line, so every row is an update with its history) and new provincial ones
of the same fields and departments up to 10,000 rows, in the columns the import reads. The import runs as the background worker runs it
(`catalogue_import_run`: parse, check every row, apply all or nothing) inside a transaction that
is rolled back afterwards, so each timed run imports into the same catalogue.
"""

from __future__ import annotations

import io

from django.db import transaction
from openpyxl import Workbook

from eiso.bench.registry import Call, register_case
from eiso.procedures.importing import catalogue_import_run
from eiso.procedures.models import TTHC, CatalogueImport, ImportState, TTHCLevel
from eiso.procedures.parsing import COLUMNS

ROWS = 10_000
LEVELS: dict[str, str] = {TTHCLevel.PROVINCE: "Cấp tỉnh", TTHCLevel.COMMUNE: "Cấp xã"}


class _Rollback(Exception):
    pass


def catalogue_file(province, rows: int = ROWS) -> bytes:
    existing = list(
        TTHC.objects.filter(province=province)
        .select_related("implementing_agency")
        .order_by("code")
        .values_list(
            "code",
            "name",
            "field",
            "level",
            "implementing_agency__name",
            "implementing_agency_text",
            "legal_time",
            "decision_number",
        )[:rows]
    )
    if not existing:
        raise ValueError("the province has no TTHC to re-import")
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    sheet.append(list(COLUMNS))
    for index in range(rows):
        code, name, field, level, agency, agency_text, time, decision = existing[
            index % len(existing)
        ]
        if index >= len(existing):
            # A new provincial TTHC of the same field and department (a new commune-level one
            # would enter the scope of every commune: a different, rarer operation).
            code, name = f"9.{index:06d}", f"{name} (bổ sung {index // len(existing)})"
            level, agency_text = TTHCLevel.PROVINCE, ""
        sheet.append(
            [
                code,
                name,
                field,
                LEVELS.get(level, "Cấp tỉnh"),
                agency or agency_text,
                f"{time.normalize():f}".replace(".", ","),
                "ngày làm việc",
                "Không thu phí" if index % 2 else "Lệ phí 50.000 đồng/hồ sơ",
                "Nghị định 63/2010/NĐ-CP; Nghị định 118/2025/NĐ-CP",
                decision or "1234/QĐ-UBND",
                "15/03/2026",
                "Có",
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _import(ctx, content: bytes, rows: int) -> bytes:
    actor, province = ctx.user("dost"), ctx.fixture("province")
    try:
        with transaction.atomic():
            record = CatalogueImport.objects.create(
                province=province,
                file_name="danh-muc-tthc-10000.xlsx",
                content=content,
                total_rows=rows,
                created_by=actor,
            )
            record = catalogue_import_run(record, actor=actor)
            if record.state != ImportState.DONE:
                raise ValueError(f"the import was {record.state}: {record.errors[:3]}")
            raise _Rollback
    except _Rollback:
        pass
    return content


SMOKE_ROWS = 300  # the CI smoke run checks the case works, quickly


def _build(ctx) -> Call:
    rows = SMOKE_ROWS if ctx.scale == "smoke" else ROWS
    content = catalogue_file(ctx.fixture("province"), rows)
    return Call(lambda: _import(ctx, content, rows))


register_case("TTHC catalogue import, 10,000 rows (XLSX; 300 at smoke scale)", "import", _build)
