"""Permission matrix of every page and action (status, and nothing changed when denied)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from eiso.core.models import AuditEvent
from eiso.nonconformities import services
from eiso.nonconformities.models import CorrectiveAction, Nonconformity, Proposal, Verification
from eiso.nonconformities.tests.conftest import today
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
MANAGERS = {"admin", "province_admin", "head", "iso"}
HANDLERS = MANAGERS | {"unit_head"}
MEMBERS = {"head", "iso", "unit_head", "auditor", "staff"}
PROVINCE_READERS = {"admin", "province_admin", "dost", "inspector"}


def _state():
    return (
        sorted(
            Nonconformity.objects.values_list(
                "id", "state", "description", "root_cause", "round", "effectiveness_confirmed"
            )
        ),
        sorted(CorrectiveAction.objects.values_list("id", "status", "description", "due_date")),
        sorted(Verification.objects.values_list("id", "effective")),
        sorted(Proposal.objects.values_list("id", "state", "reject_reason")),
        AuditEvent.objects.count(),
    )


def _agency_q(personas):
    return f"?agency={personas.world.agency.pk}"


@pytest.mark.parametrize(
    "name", ["nonconformities:index", "nonconformities:dashboard", "nonconformities:proposals"]
)
def test_agency_pages_are_read_by_members_and_the_province(personas, client, nc, name):
    url = reverse(name) + _agency_q(personas)
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_province_view_is_for_the_province_readers(personas, client, nc):
    url = reverse("nonconformities:province") + _agency_q(personas)
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=PROVINCE_READERS)


def test_detail_and_request_form(personas, client, started):
    nc, _action = started
    for url in (
        reverse("nonconformities:detail", args=[nc.pk]),
        reverse("nonconformities:request_form", args=[nc.pk, "docx"]),
    ):
        check_matrix(personas, client, request=lambda c, p, url=url: c.get(url), allowed=READERS)


def test_record(personas, client, clause):
    url = reverse("nonconformities:create") + _agency_q(personas)
    data = {
        "source": "complaint",
        "description": "Công dân phản ánh chậm trả kết quả",
        "severity": "minor",
        "unit": personas.world.division.pk,
        "clause": clause.pk,
        "detected_on": today().strftime("%d/%m/%Y"),
    }
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, data),
        allowed=MANAGERS | {"unit_head", "auditor"},
        state=_state,
    )
    assert Nonconformity.objects.count() == 6


def test_edit_analyse_and_plan(personas, client, nc):
    edit = reverse("nonconformities:edit", args=[nc.pk])
    data = {
        "source": "process_monitoring",
        "description": "Mô tả đã sửa",
        "severity": "major",
        "unit": personas.world.division.pk,
        "detected_on": nc.detected_on.strftime("%d/%m/%Y"),
    }
    check_matrix(
        personas, client, request=lambda c, p: c.post(edit, data), allowed=HANDLERS, state=_state
    )
    analyse_url = reverse("nonconformities:analyse", args=[nc.pk])
    answers = {"correction": "Đã xử lý", "why_1": "Vì A", "why_2": "Vì B", "root_cause": "Gốc"}
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(analyse_url, answers),
        allowed=HANDLERS,
        state=_state,
    )
    add = reverse("nonconformities:action_add", args=[nc.pk])
    action = {
        "description": "Sửa quy trình",
        "owner": personas.staff.pk,
        "due_date": today().strftime("%d/%m/%Y"),
    }
    check_matrix(
        personas, client, request=lambda c, p: c.post(add, action), allowed=HANDLERS, state=_state
    )
    assert CorrectiveAction.objects.filter(nonconformity=nc).count() == 5
    start = reverse("nonconformities:start", args=[nc.pk])
    check_matrix(
        personas, client, request=lambda c, p: c.post(start), allowed=HANDLERS, state=_state
    )
    assert Nonconformity.objects.get(pk=nc.pk).state == "in_progress"


def test_action_done_reopen_and_verification(personas, client, started):
    nc, action = started
    done = reverse("nonconformities:action_done", args=[action.pk])
    reopen = reverse("nonconformities:action_reopen", args=[action.pk])
    allowed = HANDLERS | {"staff"}  # the owner

    def toggle(c, p):
        response = c.post(done, {"result_note": "Đã làm"})
        if response.status_code in (302, 204):
            c.post(reopen)
        return response

    check_matrix(personas, client, request=toggle, allowed=allowed, state=_state)
    check_matrix(
        personas, client, request=lambda c, p: c.post(reopen), allowed=allowed, state=_state
    )
    services.action_set_status(
        actor=personas.staff, action=action, status="done", result_note="Xong"
    )
    ask = reverse("nonconformities:request_verification", args=[nc.pk])
    check_matrix(personas, client, request=lambda c, p: c.post(ask), allowed=HANDLERS, state=_state)
    verify = reverse("nonconformities:verify", args=[nc.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(verify, {"effective": "1", "evidence": "Kiểm tra 30 hồ sơ"}),
        allowed={"iso", "auditor"},
        state=_state,
    )
    close = reverse("nonconformities:close", args=[nc.pk])
    check_matrix(
        personas, client, request=lambda c, p: c.post(close), allowed=MANAGERS, state=_state
    )
    assert Nonconformity.objects.get(pk=nc.pk).state == "closed"


def _proposal(personas):
    return services.proposal_create(
        actor=personas.staff,
        agency=personas.world.agency,
        title="Số hóa sổ theo dõi hồ sơ",
        description="Dùng bảng tính dùng chung thay sổ giấy",
        expected_benefit="Tra cứu nhanh",
    )


def test_proposals(personas, client):
    create = reverse("nonconformities:proposal_create") + _agency_q(personas)
    data = {"title": "Đề xuất", "description": "Nội dung", "expected_benefit": "Lợi ích"}
    check_matrix(
        personas, client, request=lambda c, p: c.post(create, data), allowed=MEMBERS, state=_state
    )
    proposal = _proposal(personas)
    detail = reverse("nonconformities:proposal_detail", args=[proposal.pk])
    check_matrix(personas, client, request=lambda c, p: c.get(detail), allowed=READERS)
    reject = reverse("nonconformities:proposal_reject", args=[proposal.pk])
    # Allowed deciders hit an already-decided proposal after the first: a message, no change.
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reject, {"reason": "Chưa phù hợp"}),
        allowed={"head", "iso"},
        state=_state,
    )
    second = _proposal(personas)
    accept = reverse("nonconformities:proposal_detail", args=[second.pk])
    body = {
        "description": "Triển khai sổ điện tử",
        "owner": personas.staff.pk,
        "due_date": today().strftime("%d/%m/%Y"),
    }
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(accept, body),
        allowed={"head", "iso"},
        state=_state,
    )
    assert CorrectiveAction.objects.filter(proposal=second).count() == 1
