"""Fixtures of the TTHC tests: catalogue files built in memory (CSV and XLSX)."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook

from eiso.procedures.parsing import COLUMNS

HEADER = list(COLUMNS)


def row(
    code="1.001234",
    name="Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    field="Giáo dục và Đào tạo",
    level="Cấp tỉnh",
    agency="Sở Giáo dục và Đào tạo",
    time="10",
    unit="ngày làm việc",
    fees="Không",
    basis="Thông tư 21/2019/TT-BGDĐT",
    decision="1234/QĐ-UBND",
    decision_date="15/03/2025",
    active="Có",
) -> list[str]:
    return [
        code,
        name,
        field,
        level,
        agency,
        time,
        unit,
        fees,
        basis,
        decision,
        decision_date,
        active,
    ]


def csv_bytes(rows: list[list[str]], *, header=HEADER) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(rows: list[list], *, header=HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def many_rows(count: int, *, prefix: str = "1.0", agency: str = "Sở Giáo dục và Đào tạo"):
    return [
        row(
            code=f"{prefix}{index:05d}",
            name=f"Thủ tục số {index}",
            agency=agency,
            time=str(5 + index % 20),
        )
        for index in range(count)
    ]


def make_tthc(province, code="1.001234", *, legal_time="10", unit="days", **extra):
    from decimal import Decimal

    from eiso.procedures.models import TTHC

    values = {
        "name": "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "field": "Văn bằng, chứng chỉ",
        "level": "province",
        **extra,
    }
    return TTHC.objects.create(
        province=province, code=code, legal_time=Decimal(legal_time), legal_time_unit=unit, **values
    )


def make_procedure(agency, code="QT.05", *, kind="procedure_tthc", steps=(), state="draft"):
    """A controlled document with one edition and its steps [(duration, unit), ...]."""
    from decimal import Decimal

    from eiso.documents.models import Document, Edition, ProcedureStep

    document = Document.objects.create(
        agency=agency, kind=kind, code=code, title="Quy trình cấp bản sao văn bằng"
    )
    edition = Edition.objects.create(document=document, issue_number=1, state=state)
    for order, (duration, unit) in enumerate(steps, start=1):
        ProcedureStep.objects.create(
            edition=edition,
            order=order,
            task=f"Bước {order}",
            responsible="Bộ phận một cửa",
            duration=Decimal(str(duration)),
            duration_unit=unit,
        )
    if state == "effective":
        document.effective_edition = edition
        document.save(update_fields=["effective_edition"])
    return document, edition
