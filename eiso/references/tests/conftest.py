"""Fixtures of the external-document tests: one document in each scope the personas meet."""

from __future__ import annotations

import datetime as dt

import pytest

from eiso.references import services


def make_external(actor, *, number, province=None, agency=None, **extra):
    values = {
        "kind": "decree",
        "title": f"Về việc {number}",
        "issuer": "Chính phủ",
        "issued_date": dt.date(2020, 3, 5),
        "effective_date": dt.date(2020, 3, 5),
        **extra,
    }
    return services.external_create(
        actor=actor, province=province, agency=agency, number=number, **values
    )


@pytest.fixture
def docs(personas):
    world = personas.world
    return {
        "national": make_external(
            personas.admin,
            number="30/2020/NĐ-CP",
            title="Về công tác văn thư",
        ),
        "province": make_external(
            personas.province_admin,
            number="12/2024/QĐ-UBND",
            kind="decision",
            issuer="UBND tỉnh Hưng Yên",
            province=world.province,
        ),
        "agency": make_external(
            personas.iso,
            number="05/HD-SGDĐT",
            kind="other",
            issuer="Sở Giáo dục và Đào tạo",
            agency=world.agency,
        ),
        "other_agency": make_external(
            personas.other_agency,
            number="07/HD-SYT",
            kind="other",
            issuer="Sở Y tế",
            agency=world.other_agency,
        ),
        "foreign": make_external(
            personas.province_admin.__class__.objects.get(username="admin"),
            number="01/2024/QĐ-UBND",
            kind="decision",
            issuer="UBND thành phố Hà Nội",
            province=world.other_province,
        ),
    }
