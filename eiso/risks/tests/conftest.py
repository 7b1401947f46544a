"""Fixtures of the risk tests: an issue, a party, a risk of the agency under test."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from eiso.risks import services


def make_issue(personas, **extra):
    values = {
        "scope": "internal",
        "swot": "weakness",
        "category": "people",
        "description": "Bộ phận một cửa chỉ có 2 công chức, thường xuyên quá tải",
        **extra,
    }
    return services.issue_create(actor=personas.iso, agency=personas.world.agency, **values)


def make_party(personas, **extra):
    values = {
        "name": "Người dân, doanh nghiệp",
        "scope": "external",
        "needs": "Hồ sơ được giải quyết đúng hạn, thủ tục đơn giản",
        "monitoring": "Khảo sát sự hài lòng hằng quý",
        **extra,
    }
    return services.party_create(actor=personas.iso, agency=personas.world.agency, **values)


def make_risk(personas, *, actor=None, unit=None, **extra):
    values = {
        "kind": "risk",
        "title": "Hồ sơ TTHC trễ hạn do thiếu nhân sự bộ phận một cửa",
        "likelihood": 4,
        "impact": 4,
        "review_date": timezone.localdate() + dt.timedelta(days=30),
        **extra,
    }
    return services.risk_create(
        actor=actor or personas.iso, agency=personas.world.agency, unit=unit, **values
    )


def make_treatment(personas, risk, *, owner=None, days: int = 10, **extra):
    return services.treatment_create(
        actor=personas.iso,
        risk=risk,
        action=extra.pop("action", "Bổ sung 1 công chức cho bộ phận một cửa"),
        owner=owner or personas.unit_head,
        due_date=timezone.localdate() + dt.timedelta(days=days),
        **extra,
    )


@pytest.fixture
def risk(personas):
    return make_risk(personas)


@pytest.fixture
def treatment(personas, risk):
    return make_treatment(personas, risk)
