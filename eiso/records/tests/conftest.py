"""Fixtures of the records-register tests: effective procedures with records lists, written
directly (the documents app's own lifecycle is tested there)."""

from __future__ import annotations

import datetime as dt

import pytest

from eiso.documents.models import Document, Edition, Kind, RecordItem, State

RECORDS = (
    ("Phiếu kiểm soát quá trình giải quyết hồ sơ", "Bộ phận Một cửa", "05 năm"),
    ("Sổ theo dõi hồ sơ", "Tủ hồ sơ phòng", "10 năm"),
)


def make_procedure(agency, unit, code, records=RECORDS, *, state=State.EFFECTIVE, owner=None):
    document = Document.objects.create(
        agency=agency,
        owner_unit=unit,
        kind=Kind.PROCEDURE_TTHC,
        code=code,
        title=f"Quy trình {code}",
    )
    edition = Edition.objects.create(
        document=document, issue_number=1, state=state, effective_date=dt.date(2026, 1, 5)
    )
    RecordItem.objects.bulk_create(
        RecordItem(
            edition=edition,
            order=i,
            name=name,
            owner_unit=owner,
            place=place,
            retention=retention,
            owner="Chuyên viên thụ lý",
        )
        for i, (name, place, retention) in enumerate(records, start=1)
    )
    return document


@pytest.fixture
def procedures(personas):
    world = personas.world
    return [
        make_procedure(world.agency, world.division, "QT.01"),
        make_procedure(world.agency, world.subdivision, "QT.02", RECORDS[:1]),
        make_procedure(world.agency, world.office, "QT.03"),
        make_procedure(world.agency, world.division, "QT.04", state=State.DRAFT),
    ]
