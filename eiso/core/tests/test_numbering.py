"""Số, ký hiệu: formats, sequences per agency/year/type, and uniqueness under concurrency."""

import datetime as dt
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction

from eiso.core.errors import DomainError
from eiso.core.models import AuditEvent, IssuedNumber, NumberSequence
from eiso.core.numbering import (
    DocType,
    format_symbol,
    issue_number,
    issued_numbers_for,
    peek_next_number,
)
from tests.support.world import make_agency

D = dt.date


def test_symbol_formats_follow_nd_30():
    assert format_symbol(5, doc_type="QĐ", agency_symbol="UBND") == "05/QĐ-UBND"
    assert format_symbol(187, doc_type="KH", agency_symbol="SGDĐT") == "187/KH-SGDĐT"
    assert format_symbol(1, doc_type="TTr", agency_symbol="SGDĐT") == "01/TTr-SGDĐT"
    assert format_symbol(10, doc_type="QyĐ", agency_symbol="SKHCN") == "10/QyĐ-SKHCN"
    assert format_symbol(12, doc_type="KH", agency_symbol="SGDĐT", unit_symbol="VP") == (
        "12/KH-SGDĐT-VP"
    )
    # A công văn carries the agency and the drafting unit, no type code.
    assert format_symbol(123, doc_type="CV", agency_symbol="SGDĐT", unit_symbol="VP") == (
        "123/SGDĐT-VP"
    )
    assert set(DocType.values) == {
        "QĐ", "KH", "BC", "TB", "TTr", "HD", "CTr", "QyĐ", "QC", "BB", "CV",
    }  # fmt: skip


@pytest.mark.django_db
def test_issue_number_counts_per_agency_year_and_type(personas):
    w = personas.world

    def issue(agency, doc_type, day, **kw):
        return issue_number(
            actor=personas.iso, agency=agency, doc_type=doc_type, issued_on=day, **kw
        ).symbol

    assert issue(w.agency, "KH", D(2026, 1, 5)) == "01/KH-SGDĐT"
    assert issue(w.agency, "KH", D(2026, 3, 1)) == "02/KH-SGDĐT"
    assert issue(w.agency, "QĐ", D(2026, 3, 1)) == "01/QĐ-SGDĐT"  # own sequence per type
    assert issue(w.other_agency, "KH", D(2026, 3, 1)) == "01/KH-SYT"  # own sequence per agency
    assert issue(w.agency, "CV", D(2026, 3, 1), unit=w.office) == "01/SGDĐT-VP"
    assert issue(w.agency, "KH", D(2026, 12, 31)) == "03/KH-SGDĐT"
    assert issue(w.agency, "KH", D(2027, 1, 1)) == "01/KH-SGDĐT"  # restarts on 1 January
    assert issue(w.agency, "KH", D(2026, 12, 31)) == "04/KH-SGDĐT"  # late entry in the old year
    assert NumberSequence.objects.get(agency=w.agency, year=2026, doc_type="KH").last_number == 4


@pytest.mark.django_db
def test_issue_number_registers_the_object_and_writes_an_audit_event(personas):
    w = personas.world
    issued = issue_number(
        actor=personas.iso,
        agency=w.agency,
        doc_type="QĐ",
        issued_on=D(2026, 2, 2),
        summary="Thành lập Ban chỉ đạo ISO",
        obj=w.office,
    )
    issued.refresh_from_db()
    assert (issued.number, issued.year, issued.symbol) == (1, 2026, "01/QĐ-SGDĐT")
    assert issued.object_type == "organizations.unit"
    assert issued.object_id == str(w.office.pk)
    assert issued.issued_by == personas.iso
    assert list(issued_numbers_for(w.office)) == [issued]
    event = AuditEvent.objects.get(action="number.issue")
    assert event.agency_id == w.agency.pk and event.province_id == w.province.pk
    assert event.changes["symbol"] == [None, "01/QĐ-SGDĐT"]


@pytest.mark.django_db
def test_issue_number_defaults_to_today_and_rolls_back_with_the_caller(personas):
    w = personas.world
    first = issue_number(actor=None, agency=w.agency, doc_type="BC")
    assert first.year == dt.date.today().year and first.issued_by is None
    with pytest.raises(RuntimeError), transaction.atomic():
        issue_number(actor=None, agency=w.agency, doc_type="BC")
        raise RuntimeError("the document could not be saved")
    # The number given back by the rollback is issued again: no gaps.
    assert issue_number(actor=None, agency=w.agency, doc_type="BC").number == 2


@pytest.mark.django_db
def test_invalid_type_or_missing_abbreviation_is_a_domain_error(personas):
    w = personas.world
    with pytest.raises(DomainError):
        issue_number(actor=None, agency=w.agency, doc_type="XX")
    nameless = make_agency(w.province, "Trung tâm Thử nghiệm", "")
    with pytest.raises(DomainError) as error:
        issue_number(actor=None, agency=nameless, doc_type="KH")
    assert error.value.field == "agency"
    assert IssuedNumber.objects.count() == 0


@pytest.mark.django_db
def test_peek_next_number_does_not_take_a_number(personas):
    w = personas.world
    assert peek_next_number(w.agency, "KH", 2026).symbol == "01/KH-SGDĐT"
    issue_number(actor=None, agency=w.agency, doc_type="KH", issued_on=D(2026, 5, 5))
    preview = peek_next_number(w.agency, "KH", 2026)
    assert (preview.number, preview.symbol) == (2, "02/KH-SGDĐT")
    assert peek_next_number(w.agency, "KH", 2026).number == 2
    assert peek_next_number(w.agency, "CV", 2026, unit=w.office).symbol == "01/SGDĐT-VP"
    assert peek_next_number(w.agency, "KH", 2027).number == 1


def _in_thread(function):
    """Run `function` in a new thread (with its own database connection) and return its result."""
    outcome: list = []

    def run():
        try:
            outcome.append(function())
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


@contextmanager
def _database_shared_by_threads():
    """Make every thread's own connection reach the test data.

    PostgreSQL (and a file SQLite database) need nothing. The in-memory SQLite test database is
    shared between threads through SQLite's shared cache, whose table locks fail at once ("database
    table is locked") instead of waiting like the file database used in production does; so the
    data is copied to a temporary file database and new connections open that file.
    """
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    connection.ensure_connection()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "threads.sqlite3"
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        settings_dict = connections.settings[DEFAULT_DB_ALIAS]
        original_name = settings_dict["NAME"]
        settings_dict["NAME"] = str(path)
        try:
            yield
        finally:
            settings_dict["NAME"] = original_name


@pytest.mark.django_db(transaction=True)
def test_concurrent_issues_are_distinct_and_contiguous(personas):
    agency = personas.world.agency
    threads_count, per_thread = 8, 5
    results: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(threads_count)
    lock = threading.Lock()

    def worker():
        try:
            start.wait()
            for _ in range(per_thread):
                issued = issue_number(
                    actor=None, agency=agency, doc_type="KH", issued_on=D(2026, 6, 1)
                )
                with lock:
                    results.append(issued.number)
        except BaseException as error:  # reported below with the failing thread's error
            errors.append(error)
        finally:
            connections.close_all()

    with _database_shared_by_threads():
        threads = [threading.Thread(target=worker) for _ in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        registered = _in_thread(
            lambda: sorted(
                IssuedNumber.objects.filter(agency=agency, year=2026, doc_type="KH").values_list(
                    "number", flat=True
                )
            )
        )
    assert not errors, errors
    total = threads_count * per_thread
    assert sorted(results) == list(range(1, total + 1))
    assert registered == list(range(1, total + 1))
