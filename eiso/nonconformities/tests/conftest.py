"""Fixtures of the nonconformity tests: a clause of the standard, nonconformities at each stage."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from eiso.nonconformities import services
from eiso.standards.models import Clause, StandardEdition


@pytest.fixture
def clause(db):
    edition = StandardEdition.objects.create(
        code="TCVN ISO 9001:2015", title="TCVN ISO 9001:2015", year=2015
    )
    return Clause.objects.create(
        edition=edition,
        number="8.5.1",
        title_vi="Kiểm soát sản xuất và cung cấp dịch vụ",
        title_en="Control of production and service provision",
        order=1,
    )


def today() -> dt.date:
    return timezone.localdate()


def make_nc(personas, *, actor=None, unit="division", detected_on=None, **extra):
    world = personas.world
    values = {
        "source": "complaint",
        "description": "03 hồ sơ cấp phép giải quyết quá hạn, không có phiếu xin lỗi công dân",
        "severity": "minor",
        "evidence": "Sổ theo dõi hồ sơ tháng 10/2026",
        **extra,
    }
    return services.nonconformity_create(
        actor=actor or personas.iso,
        agency=world.agency,
        unit=getattr(world, unit) if unit else None,
        detected_on=detected_on or today() - dt.timedelta(days=10),
        **values,
    )


WHYS = [
    "Hồ sơ chuyển giữa các phòng không được theo dõi",
    "Không có sổ giao nhận hồ sơ liên phòng",
    "Quy trình không quy định bước bàn giao",
]
ROOT_CAUSE = "Quy trình giải quyết TTHC thiếu bước bàn giao và theo dõi hồ sơ liên phòng"


def analyse(personas, nc, actor=None):
    return services.nonconformity_analyse(
        actor=actor or personas.iso,
        nonconformity=nc,
        correction="Đã gửi thư xin lỗi công dân, giải quyết xong 03 hồ sơ",
        whys=WHYS,
        root_cause=ROOT_CAUSE,
    )


def add_action(personas, nc, *, due=None, owner=None, actor=None):
    return services.action_create(
        actor=actor or personas.iso,
        nonconformity=nc,
        description="Bổ sung bước bàn giao hồ sơ vào quy trình, lập sổ giao nhận",
        owner=owner or personas.staff,
        due_date=due or today(),
    )


def in_progress(personas, **kwargs):
    nc = make_nc(personas, **kwargs)
    analyse(personas, nc)
    action = add_action(personas, nc)
    services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    return nc, action


@pytest.fixture
def nc(personas):
    return make_nc(personas)


@pytest.fixture
def started(personas):
    return in_progress(personas)
