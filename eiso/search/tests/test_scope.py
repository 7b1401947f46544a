"""Only what the user may see: every persona against entries of every audience."""

from __future__ import annotations

import pytest

from eiso.search.models import Audience
from eiso.search.services import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(notes, world, personas):
    w = world
    notes.add("Quy trình A cơ quan", agency=w.agency)
    notes.add("Quy trình B cơ quan khác", agency=w.other_agency)
    notes.add("Quy trình C tỉnh khác", agency=w.foreign_agency)
    notes.add(
        "Quy trình D dự thảo tổ",
        agency=w.agency,
        audience=Audience.DRAFT,
        unit_path=w.subdivision.path,
    )
    notes.add(
        "Quy trình E dự thảo văn phòng",
        agency=w.agency,
        audience=Audience.DRAFT,
        unit_path=w.office.path,
    )
    notes.add(
        "Quy trình I dự thảo của chuyên gia",
        agency=w.agency,
        audience=Audience.DRAFT,
        unit_path=w.office.path,
        author_id=personas.auditor.pk,
    )
    notes.add(
        "Quy trình J dự thảo cơ quan khác",
        agency=w.other_agency,
        audience=Audience.DRAFT,
        unit_path=w.other_unit.path,
    )
    notes.add("Quy trình F tỉnh", audience=Audience.PROVINCE, province_id=w.province.pk)
    notes.add("Quy trình G tỉnh khác", audience=Audience.PROVINCE, province_id=w.other_province.pk)
    notes.add("Quy trình H toàn quốc", audience=Audience.EVERYONE)
    return notes


EXPECTED = {
    "admin": "ABCDEFGHIJ",
    "province_admin": "ABDEFHIJ",
    "dost": "ABFH",
    "inspector": "ABFH",
    "head": "ADEFHI",
    "iso": "ADEFHI",
    "unit_head": "ADFH",
    "auditor": "AFHI",
    "staff": "ADFH",
    "other_agency": "BFHJ",
    "other_province": "CGH",
    "anonymous": "",
}


@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_each_persona_finds_only_what_they_may_see(entries, personas, persona):
    results = search(personas[persona], "quy trinh")
    letters = sorted(str(h.title).split()[2] for h in results.hits)
    assert "".join(letters) == EXPECTED[persona]
    assert results.total == len(EXPECTED[persona])
    assert sum(results.kind_counts.values()) == len(EXPECTED[persona])


def test_an_inactive_user_finds_nothing(entries, personas):
    staff = personas.staff
    staff.is_active = False
    assert search(staff, "quy trinh").total == 0
