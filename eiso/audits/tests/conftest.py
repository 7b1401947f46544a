"""Fixtures of the internal-audit tests: the standard loaded, a procedure of the division, a
second internal auditor (working in the division), a programme with one audit of the division."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from eiso.audits import services
from eiso.documents.models import Document, Edition, Kind, ProcedureStep, State
from eiso.organizations.roles import Role
from eiso.standards.models import Clause
from tests.support.world import grant, make_user

STEPS = [
    ("Tiếp nhận hồ sơ, kiểm tra thành phần hồ sơ", "Bộ phận Một cửa", "0.5", "Giấy tiếp nhận"),
    ("Thẩm định hồ sơ, trình lãnh đạo phòng", "Chuyên viên Phòng GDPT", "2", "Phiếu kiểm soát"),
    ("Ký duyệt kết quả", "Lãnh đạo Sở", "1", ""),
    ("Trả kết quả cho người dân", "Bộ phận Một cửa", "0.5", "Sổ theo dõi hồ sơ"),
]
YEAR = 2026


def make_procedure(agency, unit, code: str, title: str, steps=STEPS) -> Document:
    document = Document.objects.create(
        agency=agency, owner_unit=unit, kind=Kind.PROCEDURE_TTHC, code=code, title=title
    )
    edition = Edition.objects.create(
        document=document, issue_number=1, state=State.EFFECTIVE, effective_date=dt.date(2026, 1, 5)
    )
    ProcedureStep.objects.bulk_create(
        ProcedureStep(
            edition=edition,
            order=order,
            task=task,
            responsible=responsible,
            duration=Decimal(duration),
            output=output,
        )
        for order, (task, responsible, duration, output) in enumerate(steps, start=1)
    )
    document.effective_edition = document.latest_edition = edition
    document.save(update_fields=["effective_edition", "latest_edition"])
    return document


def clauses(*numbers: str) -> list[Clause]:
    found = {
        c.number: c
        for c in Clause.objects.filter(edition__code="TCVN ISO 9001:2015", number__in=numbers)
    }
    return [found[n] for n in numbers]


def load_2015() -> None:
    """TCVN ISO 9001:2015 from the standards app's data file, in two queries (the full loader,
    three editions and their mappings, costs more per test than these tests need)."""
    import json
    import uuid

    from eiso.standards.loader import DATA_DIR
    from eiso.standards.models import StandardEdition

    data = json.loads((DATA_DIR / "tcvn-iso-9001-2015.json").read_text(encoding="utf-8"))
    edition = StandardEdition.objects.create(
        code=data["code"], title=data["title"], title_en=data["title_en"], year=data["year"]
    )
    ids: dict[str, uuid.UUID] = {}
    rows = []
    for order, (number, title_vi, title_en, guidance) in enumerate(data["clauses"], start=1):
        ids[number] = uuid.uuid4()
        parent = number.rsplit(".", 1)[0] if "." in number else None
        rows.append(
            Clause(
                id=ids[number],
                edition=edition,
                number=number,
                title_vi=title_vi,
                title_en=title_en,
                guidance_vi=guidance,
                parent_id=ids[parent] if parent else None,
                depth=number.count("."),
                order=order,
            )
        )
    Clause.objects.bulk_create(rows)


@pytest.fixture
def standard(db):
    load_2015()


@pytest.fixture
def auditor2(personas):
    """An internal auditor who works in the division (may audit the office, not the division)."""
    world = personas.world
    user = make_user(
        "gd.danhgia2",
        "Lý Thị Kiểm",
        agency=world.agency,
        unit=world.division,
        position="Chuyên viên",
    )
    grant(user, Role.INTERNAL_AUDITOR, agency=world.agency)
    return user


@pytest.fixture
def procedure(personas):
    world = personas.world
    return make_procedure(world.agency, world.division, "QT-GDPT-01", "Cấp bản sao văn bằng")


@pytest.fixture
def programme(personas, standard):
    return services.programme_create(
        actor=personas.iso,
        agency=personas.world.agency,
        year=YEAR,
        objectives="Đánh giá toàn bộ HTQLCL.",
    )


@pytest.fixture
def audit(personas, programme, procedure):
    """Audit 1 of the division: clauses 7.5 and 8.5 and its procedure; team: the auditor."""
    world = personas.world
    audit = services.audit_create(
        actor=personas.iso,
        programme=programme,
        title="Đánh giá Phòng Giáo dục phổ thông",
        planned_month=11,
        units=[world.division],
        clauses=clauses("7.5", "8.5"),
        procedures=[procedure],
        objectives="Xác định mức độ phù hợp của quy trình cấp bản sao văn bằng.",
    )
    services.audit_set_team(
        actor=personas.iso, audit=audit, lead_auditor=personas.auditor, auditors=[]
    )
    return audit


@pytest.fixture
def running_audit(personas, audit):
    services.checklist_generate(actor=personas.auditor, audit=audit)
    services.audit_start(actor=personas.auditor, audit=audit)
    audit.refresh_from_db()
    return audit
