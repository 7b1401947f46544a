"""API: permission matrix of every endpoint, the action status update, bad input."""

from __future__ import annotations

import json

import pytest

from eiso.nonconformities import services
from eiso.nonconformities.models import CorrectiveAction
from eiso.nonconformities.tests.test_views_matrix import HANDLERS, READERS
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db


def _state():
    return sorted(CorrectiveAction.objects.values_list("id", "status", "result_note"))


def test_reads(personas, client, started):
    nc, action = started
    proposal = services.proposal_create(
        actor=personas.staff,
        agency=personas.world.agency,
        title="Đề xuất",
        description="Nội dung",
        expected_benefit="Lợi ích",
    )
    agency = personas.world.agency.pk
    for url in (
        f"/api/v1/nonconformities?agency={agency}",
        f"/api/v1/nonconformities/{nc.pk}",
        f"/api/v1/nonconformities/{nc.pk}/actions",
        f"/api/v1/corrective-actions/{action.pk}",
        f"/api/v1/improvement-proposals?agency={agency}",
        f"/api/v1/improvement-proposals/{proposal.pk}",
    ):
        check_matrix(
            personas,
            client,
            request=lambda c, p, url=url: c.get(url),
            allowed=READERS,
            anonymous_statuses=(401,),
        )


def test_list_content(personas, client, started):
    nc, _action = started
    client.force_login(personas.dost)
    body = client.get(
        f"/api/v1/nonconformities?agency={personas.world.agency.pk}&state=open"
    ).json()
    assert body["count"] == 1
    item = body["items"][0]
    assert (item["number"], item["state"], item["state_label"]) == (
        nc.number,
        "in_progress",
        "Đang thực hiện",
    )
    assert len(item["whys"]) == 3


def test_action_status_update(personas, client, started):
    _nc, action = started
    url = f"/api/v1/corrective-actions/{action.pk}/status"
    done = json.dumps({"status": "done", "result_note": "Đã ban hành quy trình sửa đổi"})
    reopen = json.dumps({"status": "open"})

    def toggle(c, p):
        response = c.post(url, done, content_type="application/json")
        if response.status_code == 200:
            assert response.json()["status"] == "done"
            c.post(url, reopen, content_type="application/json")
        return response

    check_matrix(
        personas,
        client,
        request=toggle,
        allowed=HANDLERS | {"staff"},
        state=_state,
        anonymous_statuses=(401, 403),
    )


def test_done_without_a_result_is_a_clear_400(personas, client, started):
    _nc, action = started
    client.force_login(personas.staff)
    response = client.post(
        f"/api/v1/corrective-actions/{action.pk}/status",
        json.dumps({"status": "done"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "Nêu kết quả đã thực hiện." in response.content.decode()
    assert CorrectiveAction.objects.get(pk=action.pk).status == "open"
