"""Importing the catalogue: good files (CSV, XLSX), the row-by-row report of a bad file with
nothing saved, idempotent re-import with history, rows missing from the file, agency imports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.procedures import events, importing
from eiso.procedures.models import TTHC, AgencyTTHC, ImportState, TimeUnit, TTHCLevel
from eiso.procedures.tests.conftest import csv_bytes, many_rows, row, xlsx_bytes

pytestmark = pytest.mark.django_db


def _import(personas, content, *, actor=None, agency=None, name="danh-muc.csv"):
    return importing.catalogue_import_submit(
        actor=actor or personas.dost,
        province=personas.world.province,
        agency=agency,
        content=content,
        file_name=name,
    )


def test_csv_import_creates_tthc_and_scopes_the_implementing_agency(personas):
    content = csv_bytes(
        [
            row(),
            row(
                code="2.000123",
                name="Đăng ký khai sinh",
                field="Hộ tịch",
                level="Cấp xã",
                agency="UBND cấp xã",
                time="Trong ngày",
                unit="",
            ),
            row(code="1.004567", name="Cấp giấy phép", time="4 giờ", agency="SYT"),
        ]
    )
    record = _import(personas, content)
    assert record.state == ImportState.DONE, record.errors
    assert record.summary["created"] == 3
    first = TTHC.objects.get(code="1.001234")
    assert first.implementing_agency == personas.world.agency
    assert first.implementing_agency_text == ""
    assert first.level == TTHCLevel.PROVINCE
    assert first.legal_time == Decimal("10") and first.legal_time_unit == TimeUnit.DAYS
    assert first.decision_date == dt.date(2025, 3, 15)
    commune = TTHC.objects.get(code="2.000123")
    assert commune.implementing_agency is None
    assert commune.implementing_agency_text == "UBND cấp xã"
    assert (commune.legal_time, commune.legal_time_unit) == (Decimal(8), TimeUnit.HOURS)
    assert commune.legal_days == Decimal(1)
    hours = TTHC.objects.get(code="1.004567")
    assert hours.implementing_agency == personas.world.other_agency
    assert hours.legal_days == Decimal("0.5")
    scoped = set(AgencyTTHC.objects.values_list("agency__symbol", "tthc__code"))
    assert scoped == {("SGDĐT", "1.001234"), ("SYT", "1.004567")}
    assert AuditEvent.objects.filter(action=events.TTHC_CREATE).count() == 3


def test_xlsx_import_reads_the_header_below_a_title_row(personas):
    record = _import(
        personas,
        xlsx_bytes([row(), row(code="1.001235", time=12.5)]),
        name="danh-muc.xlsx",
    )
    assert record.state == ImportState.DONE, record.errors
    assert TTHC.objects.get(code="1.001235").legal_time == Decimal("12.5")


def test_bad_rows_are_reported_exactly_and_nothing_is_saved(personas):
    _import(personas, csv_bytes([row(code="1.000001")]))
    before = list(TTHC.objects.values_list("code", "name", "legal_time"))
    scopes = AgencyTTHC.objects.count()
    content = csv_bytes(
        [
            row(code="1.000001", name="Tên mới"),
            row(code="1.000002", time="mười ngày"),
            row(code="ABC", level="Cấp huyện"),
            row(code="1.000004", name="", decision_date="31/02/2025"),
            row(code="1.000002"),
            row(code="1.000006", active="Có lẽ"),
        ]
    )
    record = _import(personas, content)
    assert record.state == ImportState.REJECTED
    assert record.errors == [
        "Dòng 3, cột “Thời hạn giải quyết”: “mười ngày” không phải là số ngày hoặc giờ làm việc "
        "(ví dụ 10, 2,5 hoặc 4 giờ).",
        "Dòng 4, cột “Mã TTHC”: “ABC” không phải là mã TTHC (ví dụ 1.001234 hoặc 2.000123).",
        "Dòng 4, cột “Cấp thực hiện”: “Cấp huyện” không phải là cấp thực hiện (Cấp tỉnh, Cấp xã, "
        "Liên thông, Cấp trung ương, Khác).",
        "Dòng 5, cột “Tên TTHC”: ô này đang trống.",
        "Dòng 5, cột “Ngày QĐ công bố”: “31/02/2025” không phải là ngày (dd/mm/yyyy).",
        "Dòng 6, cột “Mã TTHC”: mã 1.000002 đã có ở dòng 3.",
        "Dòng 7, cột “Còn áp dụng”: ghi “Có” hoặc “Không”, không ghi “Có lẽ”.",
    ]
    assert list(TTHC.objects.values_list("code", "name", "legal_time")) == before
    assert AgencyTTHC.objects.count() == scopes


def test_reimport_is_idempotent_and_keeps_changes_in_history(personas):
    _import(personas, csv_bytes([row(), row(code="1.001235", name="Thủ tục B")]))
    events_before = AuditEvent.objects.count()
    again = _import(personas, csv_bytes([row(), row(code="1.001235", name="Thủ tục B")]))
    assert again.summary | {"missing": None, "updated_codes": None} == {
        "rows": 2,
        "created": 0,
        "updated": 0,
        "unchanged": 2,
        "scopes_added": 0,
        "missing": None,
        "updated_codes": None,
    }
    # Only the import's own event: no row was touched.
    assert AuditEvent.objects.count() == events_before + 1
    untouched = TTHC.objects.get(code="1.001235").updated_at
    changed = _import(personas, csv_bytes([row(time="7", fees="50.000 đồng/bản")]))
    assert changed.summary["updated"] == 1 and changed.summary["unchanged"] == 0
    assert changed.summary["missing"] == ["1.001235"]
    tthc = TTHC.objects.get(code="1.001234")
    assert tthc.legal_time == Decimal("7") and tthc.fees == "50.000 đồng/bản"
    assert TTHC.objects.get(code="1.001235").updated_at == untouched
    event = AuditEvent.objects.get(action=events.TTHC_UPDATE, object_id=str(tthc.pk))
    assert event.changes == {"legal_time": ["10.00", "7"], "fees": ["Không", "50.000 đồng/bản"]}


def test_a_file_that_is_not_a_catalogue_is_refused_before_anything(personas):
    with pytest.raises(DomainError) as error:
        _import(personas, b"MZ\x90\x00program")
    assert str(error.value.message) == "Hãy tải lên danh mục dạng Excel (.xlsx) hoặc CSV."
    with pytest.raises(DomainError) as error:
        _import(personas, csv_bytes([row()], header=["Mã TTHC", "Tên TTHC"]))
    assert str(error.value.message) == ("Thiếu cột: Lĩnh vực, Cấp thực hiện, Thời hạn giải quyết.")
    assert TTHC.objects.count() == 0


def test_agency_import_scopes_every_row_and_leaves_shared_tthc_to_the_dost(personas):
    world = personas.world
    _import(personas, csv_bytes([row(code="1.000777", agency="Sở Y tế")]))
    record = _import(
        personas,
        csv_bytes([row(code="1.000777", agency="Sở Y tế", time="3"), row(code="1.000778")]),
        actor=personas.iso,
        agency=world.agency,
    )
    assert record.state == ImportState.REJECTED
    assert record.errors == [
        "Dòng 2, cột “Mã TTHC”: TTHC 1.000777 cũng thuộc phạm vi của Sở Y tế; chỉ Sở KH&CN "
        "hoặc quản trị hệ thống tỉnh được sửa."
    ]
    assert not TTHC.objects.filter(code="1.000778").exists()
    ok = _import(
        personas,
        csv_bytes([row(code="1.000777", agency="Sở Y tế"), row(code="1.000778")]),
        actor=personas.iso,
        agency=world.agency,
    )
    assert ok.state == ImportState.DONE
    assert set(
        AgencyTTHC.objects.filter(agency=world.agency).values_list("tthc__code", flat=True)
    ) == {"1.000777", "1.000778"}


@pytest.mark.parametrize("name", ["staff", "unit_head", "inspector", "other_province", "auditor"])
def test_who_may_not_import_changes_nothing(personas, name):
    with pytest.raises(PermissionDenied):
        _import(personas, csv_bytes([row()]), actor=personas[name], agency=personas.world.agency)
    assert TTHC.objects.count() == 0


def _bulk_queries(personas, count: int, prefix: str) -> int:
    content = csv_bytes(many_rows(count, prefix=prefix))
    with CaptureQueriesContext(connection) as captured:
        record = importing.catalogue_import_run(
            importing.CatalogueImport.objects.create(
                province=personas.world.province,
                content=content,
                file_name="big.csv",
                total_rows=count,
                created_by=personas.dost,
            ),
            actor=personas.dost,
        )
    assert record.state == ImportState.DONE, record.errors[:3]
    return len(captured)


def test_a_large_import_uses_bulk_statements(personas):
    small = _bulk_queries(personas, 200, "1.1")
    large = _bulk_queries(personas, 2000, "1.2")
    assert TTHC.objects.count() == 2200

    # Bulk statements: the database's batch size bounds them, never one statement per row
    # (SQLite's parameter limit splits batches; PostgreSQL takes 500 rows per statement).
    def batches(model, rows):
        fields = [f for f in model._meta.concrete_fields if not f.primary_key or model is TTHC]
        size = min(importing.AUDIT_BATCH, connection.ops.bulk_batch_size(fields, [None] * rows))
        return -(-rows // size)

    expected = batches(TTHC, 2000) + batches(AgencyTTHC, 2000) + batches(AuditEvent, 4000) + 25
    assert small < 40
    assert large <= expected, (small, large, expected)
    assert large < 2000 / 10


def test_a_large_file_is_queued_for_the_worker(personas, django_capture_on_commit_callbacks):
    content = csv_bytes(many_rows(importing.SYNC_ROWS + 1))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        record = _import(personas, content)
    assert record.state == ImportState.QUEUED
    assert record.total_rows == importing.SYNC_ROWS + 1
    assert len(callbacks) == 1
    from eiso.procedures.tasks import run_catalogue_import

    assert run_catalogue_import.call(import_id=str(record.pk)) == ImportState.DONE
    assert TTHC.objects.count() == importing.SYNC_ROWS + 1
