"""API of objectives: permission matrix of every endpoint, bad input, constant query counts."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eiso.objectives import services
from eiso.objectives.models import Measurement
from eiso.objectives.tests.conftest import make_objective, measured_day
from eiso.objectives.tests.test_views_matrix import AGENCY_MANAGERS, READERS
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db


def _state():
    return sorted(Measurement.objects.values_list("id", "value"))


def test_list_and_read(personas, client, objective):
    base = "/api/v1/objectives"
    agency = personas.world.agency.pk
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(f"{base}?agency={agency}"),
        allowed=READERS,
        anonymous_statuses=(401,),
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(f"{base}/{objective.pk}"),
        allowed=READERS,
        anonymous_statuses=(401,),
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(f"{base}/{objective.pk}/measurements"),
        allowed=READERS,
        anonymous_statuses=(401,),
    )


def test_create_measurement(personas, client, unit_objective):
    url = f"/api/v1/objectives/{unit_objective.pk}/measurements"
    body = json.dumps({"measured_on": measured_day(unit_objective).isoformat(), "value": "97.5"})
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, body, content_type="application/json"),
        allowed=AGENCY_MANAGERS | {"unit_head", "staff"},
        state=_state,
        anonymous_statuses=(401, 403),
    )
    assert results["iso"] == 201
    assert results["dost"] == 403
    assert results["other_agency"] == 404


def test_bad_measurement_is_a_400_with_the_field(personas, client, objective):
    client.force_login(personas.iso)
    url = f"/api/v1/objectives/{objective.pk}/measurements"
    response = client.post(
        url,
        json.dumps({"measured_on": "1999-01-01", "value": "1"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["field"] == "measured_on"
    assert "kỳ của mục tiêu" in response.json()["detail"]
    response = client.post(
        url, json.dumps({"measured_on": "x", "value": "1"}), content_type="application/json"
    )
    assert response.status_code == 422


def _fill(personas, n):
    for i in range(n):
        obj = make_objective(
            personas,
            statement=f"Mục tiêu {i}",
            unit=personas.world.division,
            responsible_unit=personas.world.division,
            responsible_person=personas.staff,
        )
        services.measurement_create(
            actor=personas.iso, objective=obj, measured_on=measured_day(obj), value=i
        )


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_counts_do_not_grow(personas, client, objective):
    client.force_login(personas.iso)
    list_url = f"/api/v1/objectives?agency={personas.world.agency.pk}"
    measurements_url = f"/api/v1/objectives/{objective.pk}/measurements"
    for _ in range(2):
        services.measurement_create(
            actor=personas.iso, objective=objective, measured_on=measured_day(objective), value=1
        )
    _fill(personas, 2)
    small = (_count(client, list_url), _count(client, measurements_url))
    _fill(personas, 8)
    for _ in range(6):
        services.measurement_create(
            actor=personas.iso, objective=objective, measured_on=measured_day(objective), value=1
        )
    assert (_count(client, list_url), _count(client, measurements_url)) == small
