"""Services: yearly numbering, every gate (exact message, nothing changed), the not-effective loop,
proposals, a nonconformity raised from an audit finding."""

from __future__ import annotations

import datetime as dt

import pytest

from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.nonconformities import services
from eiso.nonconformities.models import (
    ActionStatus,
    CorrectiveAction,
    Nonconformity,
    Proposal,
    State,
    Verification,
)
from eiso.nonconformities.tests.conftest import (
    ROOT_CAUSE,
    add_action,
    analyse,
    in_progress,
    make_nc,
    today,
)
from eiso.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        sorted(
            Nonconformity.objects.values_list("id", "state", "round", "root_cause", "closed_on")
        ),
        sorted(CorrectiveAction.objects.values_list("id", "status", "due_date")),
        sorted(Verification.objects.values_list("id", "effective")),
        AuditEvent.objects.count(),
    )


def test_numbers_run_per_agency_and_year(personas):
    year = today().year
    first = make_nc(personas)
    second = make_nc(personas)
    assert (first.number, second.number) == (f"KPH-{year}-001", f"KPH-{year}-002")
    assert (first.sequence, second.sequence) == (1, 2)
    other = services.nonconformity_create(
        actor=personas.other_agency,
        agency=personas.world.other_agency,
        source="other",
        description="Biểu mẫu cũ còn sử dụng",
        detected_on=today(),
    )
    assert other.number == f"KPH-{year}-001"
    last_year = make_nc(personas, detected_on=dt.date(year - 1, 12, 30))
    assert last_year.number == f"KPH-{year - 1}-001"
    assert make_nc(personas).number == f"KPH-{year}-003"


def test_a_refused_record_gives_its_number_back(personas):
    with pytest.raises(DomainError):
        make_nc(personas, description="   ")
    assert make_nc(personas).sequence == 1


def test_detection_date_in_the_future_is_refused(personas):
    with pytest.raises(DomainError) as error:
        make_nc(personas, detected_on=today() + dt.timedelta(days=1))
    assert str(error.value.message) == "Ngày phát hiện không được ở tương lai."
    assert not Nonconformity.objects.exists()


def test_in_progress_needs_a_root_cause(personas, nc):
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    assert str(error.value.message) == (
        "Chưa thể bắt đầu thực hiện khi chưa xác định nguyên nhân gốc rễ: "
        "hãy hoàn thành phân tích (5 tại sao) trước."
    )
    assert _snapshot() == before


def test_in_progress_needs_an_action(personas, nc):
    analyse(personas, nc)
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    assert str(error.value.message) == (
        "Chưa thể bắt đầu thực hiện khi chưa có hành động khắc phục: hãy thêm ít nhất một hành động."
    )
    assert _snapshot() == before
    assert Nonconformity.objects.get(pk=nc.pk).state == State.ANALYSED


def test_due_date_before_detection_is_refused(personas, nc):
    analyse(personas, nc)
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        add_action(personas, nc, due=nc.detected_on - dt.timedelta(days=1))
    detected = nc.detected_on.strftime("%d/%m/%Y")
    due = (nc.detected_on - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    assert error.value.field == "due_date"
    assert str(error.value.message) == (
        f"Hạn hoàn thành ({due}) không được trước ngày phát hiện sự không phù hợp ({detected})."
    )
    assert _snapshot() == before


def test_closing_with_an_open_action_is_refused(personas, started):
    nc, action = started
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        services.nonconformity_close(actor=personas.iso, nonconformity=nc)
    assert str(error.value.message) == (
        "Chưa thể kết thúc sự không phù hợp: còn 1 hành động khắc phục chưa hoàn thành: "
        f"“{action.description[:60]}”."
    )
    assert _snapshot() == before


def test_closing_without_confirmed_effectiveness_is_refused(personas, started):
    nc, action = started
    services.action_set_status(
        actor=personas.staff, action=action, status="done", result_note="Đã sửa quy trình"
    )
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        services.nonconformity_close(actor=personas.iso, nonconformity=nc)
    assert str(error.value.message) == (
        "Chưa thể kết thúc sự không phù hợp khi hiệu lực của hành động khắc phục chưa được "
        "xác nhận."
    )
    assert _snapshot() == before


def test_verification_waits_for_every_action(personas, started):
    nc, _action = started
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        services.nonconformity_request_verification(actor=personas.iso, nonconformity=nc)
    assert str(error.value.message).startswith("Mọi hành động khắc phục phải hoàn thành trước")
    assert _snapshot() == before


def test_effectiveness_is_checked_after_the_due_date(personas):
    nc = make_nc(personas)
    analyse(personas, nc)
    action = add_action(personas, nc, due=today() + dt.timedelta(days=5))
    services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    services.action_set_status(
        actor=personas.staff, action=action, status="done", result_note="Xong"
    )
    services.nonconformity_request_verification(actor=personas.iso, nonconformity=nc)
    before = _snapshot()
    with pytest.raises(DomainError) as error:
        services.nonconformity_verify(
            actor=personas.auditor, nonconformity=nc, effective=True, evidence="Kiểm tra 20 hồ sơ"
        )
    opens = (today() + dt.timedelta(days=5)).strftime("%d/%m/%Y")
    assert str(error.value.message) == (
        f"Chỉ kiểm tra hiệu lực sau hạn hoàn thành của các hành động (từ ngày {opens})."
    )
    assert _snapshot() == before


def _to_verification(personas, nc, action):
    services.action_set_status(
        actor=personas.staff, action=action, status="done", result_note="Xong"
    )
    services.nonconformity_request_verification(actor=personas.unit_head, nonconformity=nc)


def test_full_cycle_and_the_not_effective_loop(personas, started):
    nc, action = started
    _to_verification(personas, nc, action)
    assert Nonconformity.objects.get(pk=nc.pk).state == State.VERIFICATION
    services.nonconformity_verify(
        actor=personas.auditor,
        nonconformity=nc,
        effective=False,
        evidence="Tháng 11 vẫn còn 02 hồ sơ trễ do bàn giao",
    )
    nc.refresh_from_db()
    assert (nc.state, nc.round, nc.effectiveness_confirmed) == (State.ANALYSED, 2, False)
    assert nc.root_cause == ROOT_CAUSE  # the analysis stays, to be revised
    # A new round needs its own action before the work restarts.
    with pytest.raises(DomainError):
        services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    second = add_action(personas, nc)
    assert second.round == 2
    nc.refresh_from_db()
    assert nc.state == State.ACTION_PLAN
    services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    _to_verification(personas, nc, second)
    services.nonconformity_verify(
        actor=personas.iso, nonconformity=nc, effective=True, evidence="Không còn hồ sơ trễ"
    )
    services.nonconformity_close(actor=personas.head, nonconformity=nc)
    nc.refresh_from_db()
    assert nc.state == State.CLOSED and nc.closed_on == today()
    assert list(nc.verifications.values_list("round", "effective")) == [(1, False), (2, True)]
    actions = [e.action for e in AuditEvent.objects.filter(object_id=str(nc.pk)).order_by("id")]
    assert actions[0] == "nonconformities.create" and actions[-1] == "nonconformities.close"


def test_only_the_iso_coordinator_or_an_auditor_verifies(personas, started):
    nc, action = started
    _to_verification(personas, nc, action)
    before = _snapshot()
    for name in ("head", "unit_head", "staff", "dost", "admin"):
        with pytest.raises(PermissionDenied):
            services.nonconformity_verify(
                actor=personas[name], nonconformity=nc, effective=True, evidence="x"
            )
    assert _snapshot() == before


def test_illegal_moves_are_refused(personas, nc):
    with pytest.raises(IllegalTransition) as error:
        services.nonconformity_request_verification(actor=personas.iso, nonconformity=nc)
    assert str(error.value.message) == (
        "Không thể thực hiện khi sự không phù hợp đang ở trạng thái “Đã ghi nhận”."
    )


def test_whys_must_follow_each_other(personas, nc):
    with pytest.raises(DomainError) as error:
        services.nonconformity_analyse(
            actor=personas.iso, nonconformity=nc, correction="", whys=["A", "", "C"], root_cause="R"
        )
    assert error.value.field == "why_2"
    assert Nonconformity.objects.get(pk=nc.pk).state == State.RECORDED


def test_action_owner_is_told_and_marks_it_done(personas, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _nc, action = in_progress(personas)
    assert Notification.objects.filter(
        recipient=personas.staff, kind="nonconformities.action_assigned"
    ).exists()
    with pytest.raises(DomainError) as error:
        services.action_set_status(actor=personas.staff, action=action, status="done")
    assert error.value.field == "result_note"
    services.action_set_status(
        actor=personas.staff, action=action, status="done", result_note="Đã ban hành quy trình"
    )
    action.refresh_from_db()
    assert (action.status, action.done_by, action.done_on) == ("done", personas.staff, today())


def test_proposal_accepted_becomes_a_tracked_action(personas, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        proposal = _propose(personas)
    assert proposal.number == f"ĐXCT-{today().year}-001"
    assert Notification.objects.filter(
        recipient=personas.iso, kind="nonconformities.proposal_submitted"
    ).exists()
    with django_capture_on_commit_callbacks(execute=True):
        action = services.proposal_accept(
            actor=personas.iso,
            proposal=proposal,
            action="Triển khai nhắn tin SMS trên Hệ thống một cửa",
            owner=personas.unit_head,
            due_date=today() + dt.timedelta(days=30),
        )
    proposal.refresh_from_db()
    assert proposal.state == "accepted" and action.proposal == proposal
    assert action.status == ActionStatus.OPEN and action.nonconformity is None
    assert Notification.objects.filter(
        recipient=personas.staff, kind="nonconformities.proposal_decided"
    ).exists()
    assert Notification.objects.filter(
        recipient=personas.unit_head, kind="nonconformities.action_assigned"
    ).exists()
    with pytest.raises(DomainError) as error:
        services.proposal_reject(actor=personas.head, proposal=proposal, reason="Đổi ý")
    assert str(error.value.message) == "Đề xuất này đã được quyết định (Đã chấp nhận)."


def _propose(personas):
    return services.proposal_create(
        actor=personas.staff,
        agency=personas.world.agency,
        title="Nhắn tin SMS khi hồ sơ có kết quả",
        description="Gửi tin nhắn tự động cho công dân khi hồ sơ có kết quả",
        expected_benefit="Giảm thời gian chờ, tăng sự hài lòng",
    )


def test_proposal_rejected_keeps_the_reason(personas):
    proposal = services.proposal_create(
        actor=personas.staff,
        agency=personas.world.agency,
        title="Mua máy tính mới",
        description="Thay máy",
        expected_benefit="Nhanh hơn",
    )
    with pytest.raises(DomainError) as error:
        services.proposal_reject(actor=personas.head, proposal=proposal, reason=" ")
    assert error.value.field == "reason"
    services.proposal_reject(
        actor=personas.head, proposal=proposal, reason="Chưa có kinh phí năm 2026"
    )
    proposal.refresh_from_db()
    assert (proposal.state, proposal.reject_reason) == ("rejected", "Chưa có kinh phí năm 2026")
    assert Proposal.objects.get(pk=proposal.pk).decided_by == personas.head
    assert not CorrectiveAction.objects.exists()


def test_outsiders_cannot_propose(personas):
    for name in ("other_agency", "dost", "other_province"):
        with pytest.raises(PermissionDenied):
            services.proposal_create(
                actor=personas[name],
                agency=personas.world.agency,
                title="X",
                description="Y",
                expected_benefit="Z",
            )
    assert not Proposal.objects.exists()


def test_in_progress_helper(personas):
    nc, _action = in_progress(personas)
    assert Nonconformity.objects.get(pk=nc.pk).state == State.IN_PROGRESS


def _finding(personas, clause, result="major_nc"):
    from eiso.audits.models import Audit, AuditProgramme, ChecklistItem

    world = personas.world
    programme = AuditProgramme.objects.create(
        iso_unit=world.agency.iso_unit, agency=world.agency, year=today().year
    )
    audit = Audit.objects.create(
        programme=programme,
        sequence=1,
        title="Đánh giá nội bộ lần 1",
        planned_month=today().month,
        start_date=today() - dt.timedelta(days=3),
        end_date=today() - dt.timedelta(days=2),
    )
    return ChecklistItem.objects.create(
        audit=audit,
        order=1,
        unit=world.division,
        clause=clause,
        question="Hồ sơ TTHC có được theo dõi trên sổ theo dõi không?",
        result=result,
        evidence="05/40 hồ sơ mẫu không có phiếu kiểm soát quá trình",
    )


def test_a_finding_becomes_a_prefilled_nonconformity(personas, clause):
    item = _finding(personas, clause)
    nc = services.nonconformity_create_from_finding(actor=personas.auditor, checklist_item=item)
    assert (nc.source, nc.severity, nc.clause, nc.unit) == (
        "internal_audit",
        "major",
        clause,
        personas.world.division,
    )
    assert nc.finding == item and nc.detected_on == today() - dt.timedelta(days=2)
    assert nc.description == "05/40 hồ sơ mẫu không có phiếu kiểm soát quá trình"
    assert "Hồ sơ TTHC có được theo dõi" in nc.evidence
    with pytest.raises(DomainError) as error:
        services.nonconformity_create_from_finding(actor=personas.iso, checklist_item=item)
    assert str(error.value.message) == (
        f"Phát hiện này đã được ghi nhận thành sự không phù hợp {nc.number}."
    )
    assert Nonconformity.objects.count() == 1


def test_a_conforming_item_is_not_a_nonconformity(personas, clause):
    item = _finding(personas, clause, result="conforms")
    with pytest.raises(DomainError):
        services.nonconformity_create_from_finding(actor=personas.auditor, checklist_item=item)
    assert not Nonconformity.objects.exists()
