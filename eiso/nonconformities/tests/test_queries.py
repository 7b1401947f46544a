"""Query counts do not grow with the data: the register, a nonconformity, the dashboards, the
proposals, the API list and the "Việc của tôi" sections, each at two data sizes."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.core.my_work import sections_for
from eiso.nonconformities import services
from eiso.nonconformities.tests.conftest import add_action, analyse, make_nc, today

pytestmark = pytest.mark.django_db


def _grow(personas, n):
    for i in range(n):
        nc = make_nc(personas, unit="division" if i % 2 else "office", source="complaint")
        analyse(personas, nc)
        add_action(personas, nc, due=nc.detected_on)
        services.proposal_create(
            actor=personas.staff,
            agency=personas.world.agency,
            title=f"Đề xuất {i}",
            description="Nội dung",
            expected_benefit="Lợi ích",
        )


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _urls(personas, nc) -> list[str]:
    q = f"?agency={personas.world.agency.pk}"
    return [
        reverse("nonconformities:index") + q,
        reverse("nonconformities:index") + q + "&state=open&source=complaint",
        reverse("nonconformities:detail", args=[nc.pk]),
        reverse("nonconformities:dashboard") + q,
        reverse("nonconformities:province") + q,
        reverse("nonconformities:proposals") + q,
        f"/api/v1/nonconformities{q}",
        f"/api/v1/nonconformities/{nc.pk}/actions",
    ]


def test_page_query_counts_do_not_grow(client, personas, settings):
    settings.EISO_PAGE_SIZE = 4
    client.force_login(personas.admin)
    _grow(personas, 5)
    nc = make_nc(personas)
    analyse(personas, nc)
    for _ in range(3):
        add_action(personas, nc)
    small = [_count(client, url) for url in _urls(personas, nc)]
    _grow(personas, 6)
    for _ in range(4):
        add_action(personas, nc)
    assert [_count(client, url) for url in _urls(personas, nc)] == small


def _my_work_queries(user) -> int:
    with CaptureQueriesContext(connection) as ctx:
        sections_for(user, None)
    return len(ctx.captured_queries)


def test_my_work_sections(personas):
    _grow(personas, 3)
    sections = {s.key: s for s in sections_for(personas.staff, None)}
    actions = sections["nonconformities.actions"]
    assert actions.total == 3 and actions.items[0].due == today() - __import__(
        "datetime"
    ).timedelta(days=10)
    assert {s.key for s in sections_for(personas.iso, None)} >= {"nonconformities.proposals"}
    small = (_my_work_queries(personas.staff), _my_work_queries(personas.iso))
    _grow(personas, 12)
    assert (_my_work_queries(personas.staff), _my_work_queries(personas.iso)) == small
