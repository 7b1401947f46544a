"""Services: programme, plan (independence, qualification), checklist generation and copy, results
and the finding event, lifecycle gates, progress, notices to auditees."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from eiso.audits import checklists, events, notices, selectors, services
from eiso.audits.models import Audit, AuditStatus, ChecklistItem, ProgrammeStatus, Result
from eiso.audits.tests.conftest import YEAR, clauses
from eiso.core import domain_events
from eiso.core.calendar import add_working_days, subtract_working_days
from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.notifications.models import Notification

pytestmark = pytest.mark.django_db

INDEPENDENCE = (
    "Đặng Thị Đánh thuộc Văn phòng Sở, là đơn vị được đánh giá: chuyên gia đánh giá không được "
    "đánh giá đơn vị của mình (tính độc lập). Hãy chọn chuyên gia khác hoặc bỏ đơn vị này khỏi "
    "phạm vi."
)


def _team_state(audit: Audit):
    audit.refresh_from_db()
    return (
        audit.lead_auditor_id,
        sorted(audit.auditors.values_list("pk", flat=True)),
        AuditEvent.objects.filter(action=events.AUDIT_TEAM, object_id=str(audit.pk)).count(),
    )


def test_independence_refuses_an_auditor_of_an_audited_unit_and_saves_nothing(
    personas, programme, auditor2
):
    world = personas.world
    audit = services.audit_create(
        actor=personas.iso,
        programme=programme,
        title="Đánh giá Văn phòng Sở",
        planned_month=10,
        units=[world.office],
        clauses=clauses("7.5"),
    )
    before = _team_state(audit)
    with pytest.raises(DomainError) as refused:
        services.audit_set_team(
            actor=personas.iso, audit=audit, lead_auditor=auditor2, auditors=[personas.auditor]
        )
    assert str(refused.value.message) == INDEPENDENCE
    assert refused.value.field == "auditors"
    assert _team_state(audit) == before == (None, [], 0)
    # The division's auditor audits the office.
    services.audit_set_team(actor=personas.iso, audit=audit, lead_auditor=auditor2, auditors=[])
    assert _team_state(audit)[0] == auditor2.pk


def test_independence_holds_for_a_sub_unit_and_when_the_scope_grows(personas, audit, auditor2):
    world = personas.world
    # auditor2 works in the division: refused on the division audit.
    with pytest.raises(DomainError, match="Lý Thị Kiểm thuộc Phòng Giáo dục phổ thông"):
        services.audit_set_team(
            actor=personas.iso, audit=audit, lead_auditor=personas.auditor, auditors=[auditor2]
        )
    # Adding the office (where the lead auditor works) to the scope is refused too.
    with pytest.raises(DomainError, match="Đặng Thị Đánh thuộc Văn phòng Sở"):
        services.audit_update_plan(
            actor=personas.iso,
            audit=audit,
            title=audit.title,
            planned_month=11,
            start_date=None,
            end_date=None,
            objectives="",
            criteria="",
            units=[world.division, world.office],
            clauses=[],
            procedures=[],
        )
    assert list(audit.units.all()) == [world.division]


def test_only_internal_auditors_form_the_team(personas, audit):
    with pytest.raises(DomainError) as refused:
        services.audit_set_team(
            actor=personas.iso, audit=audit, lead_auditor=personas.unit_head, auditors=[]
        )
    assert str(refused.value.message) == (
        "Vũ Văn Trưởng không phải là chuyên gia đánh giá nội bộ của Sở Giáo dục và Đào tạo."
    )
    audit.refresh_from_db()
    assert audit.lead_auditor_id == personas.auditor.pk


def test_checklist_generated_from_clauses_and_procedure_steps(personas, audit):
    count = services.checklist_generate(actor=personas.auditor, audit=audit)
    items = list(audit.items.order_by("order"))
    # 7.5: 3 questions, 8.5: 2 questions, then the 4 steps of the division's procedure.
    assert count == len(items) == 9
    assert [i.clause.number if i.clause else None for i in items] == [
        "7.5",
        "7.5",
        "7.5",
        "8.5",
        "8.5",
        None,
        None,
        None,
        None,
    ]
    assert all(i.unit_id == personas.world.division.pk for i in items)
    assert items[5].procedure_ref == "QT-GDPT-01 — bước 1"
    assert items[5].question.startswith("Bước 1 — Tiếp nhận hồ sơ, kiểm tra thành phần hồ sơ:")
    assert [i.order for i in items] == list(range(1, 10))
    with pytest.raises(DomainError, match="đã có"):
        services.checklist_generate(actor=personas.auditor, audit=audit)
    assert audit.items.count() == 9


def test_generation_counts_per_unit_and_chapter_expansion(personas, programme, procedure, auditor2):
    world = personas.world
    audit = services.audit_create(
        actor=personas.iso,
        programme=programme,
        title="Đánh giá hai đơn vị",
        planned_month=9,
        units=[world.office, world.division],
        clauses=clauses("9", "7.5"),
        procedures=[procedure],
    )
    # Chapter 9 → 9.1 (2) + 9.2 (2) + 9.3 (1); 7.5 → 3: 8 per unit, twice, + 4 steps.
    assert services.checklist_generate(actor=personas.iso, audit=audit) == 8 * 2 + 4
    office_items = audit.items.filter(unit=world.office).count()
    assert office_items == 8


def test_question_bank_lookup():
    assert len(checklists.questions_for_number("7.5")) == 3
    assert [k for k, _q in checklists.questions_for_number("7.1.2")] == ["7.1", "7.1"]
    assert {k for k, _q in checklists.questions_for_number("10")} == {"10.1", "10.2", "10.3"}
    assert checklists.questions_for_number("3") == []


def test_copy_from_the_previous_audit_of_the_same_scope(personas, standard, procedure):
    world = personas.world
    last = services.programme_create(actor=personas.iso, agency=world.agency, year=YEAR - 1)
    old = services.audit_create(
        actor=personas.iso,
        programme=last,
        title="Đánh giá năm trước",
        planned_month=10,
        units=[world.division],
        clauses=clauses("8.5"),
    )
    services.checklist_generate(actor=personas.iso, audit=old)
    services.item_add(actor=personas.iso, audit=old, question="Câu hỏi riêng của năm trước")
    old_questions = list(old.items.order_by("order").values_list("question", flat=True))
    ChecklistItem.objects.filter(audit=old).update(result=Result.CONFORMS, evidence="Đã xem")

    this = services.programme_create(actor=personas.iso, agency=world.agency, year=YEAR)
    new = services.audit_create(
        actor=personas.iso, programme=this, title="Năm nay", planned_month=5, units=[world.division]
    )
    assert services.previous_audit(new) == old
    assert services.checklist_copy(actor=personas.iso, audit=new) == len(old_questions) == 3
    copied = list(new.items.order_by("order"))
    assert [i.question for i in copied] == old_questions
    assert {(i.result, i.evidence) for i in copied} == {("", "")}
    other = services.audit_create(
        actor=personas.iso, programme=this, title="Khác", planned_month=6, units=[world.office]
    )
    with pytest.raises(DomainError, match="Không có đợt đánh giá trước"):
        services.checklist_copy(actor=personas.iso, audit=other)
    assert other.items.count() == 0


def test_edit_items_add_move_delete(personas, audit):
    services.checklist_generate(actor=personas.auditor, audit=audit)
    added = services.item_add(
        actor=personas.auditor,
        audit=audit,
        question="Kiểm tra sổ theo dõi",
        unit=personas.world.division,
    )
    assert added.order == 10
    services.item_move(actor=personas.auditor, item=added, direction="up")
    added.refresh_from_db()
    assert added.order == 9
    first = audit.items.get(order=1)
    services.item_delete(actor=personas.auditor, item=first)
    assert list(audit.items.order_by("order").values_list("order", flat=True)) == list(range(1, 10))
    with pytest.raises(PermissionDenied):
        services.item_add(actor=personas.staff, audit=audit, question="Không được")
    assert audit.items.count() == 9


def test_recording_results_and_the_finding_event(personas, running_audit):
    item = running_audit.items.get(order=1)
    with pytest.raises(DomainError) as missing:
        services.item_record(actor=personas.auditor, item=item, result=Result.MINOR_NC, evidence="")
    assert missing.value.field == "evidence"
    item.refresh_from_db()
    assert item.result == ""
    with pytest.raises(PermissionDenied):
        services.item_record(
            actor=personas.iso, item=item, result=Result.CONFORMS, evidence="Không thuộc đoàn"
        )
    services.item_record(
        actor=personas.auditor,
        item=item,
        result=Result.MINOR_NC,
        evidence="Sổ theo dõi hồ sơ tháng 9 thiếu chữ ký người nhận.",
    )
    item.refresh_from_db()
    assert item.result == Result.MINOR_NC and item.assessed_by == personas.auditor
    assert AuditEvent.objects.filter(action=events.ITEM_RESULT, object_id=str(item.pk)).count() == 1


def test_finding_event_published_after_commit(
    personas, running_audit, django_capture_on_commit_callbacks, monkeypatch
):
    received = []
    monkeypatch.setitem(
        domain_events._subscribers, events.FINDING_RECORDED, [lambda **kw: received.append(kw)]
    )
    item = running_audit.items.get(order=2)
    with django_capture_on_commit_callbacks(execute=True):
        services.item_record(
            actor=personas.auditor, item=item, result=Result.MAJOR_NC, evidence="Không có hồ sơ."
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.item_record(
            actor=personas.auditor, item=item, result=Result.MAJOR_NC, evidence="Sửa ghi chú."
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.item_record(
            actor=personas.auditor,
            item=running_audit.items.get(order=3),
            result=Result.CONFORMS,
            evidence="",
        )
    assert received == [{"checklist_item_id": item.pk}]


def test_lifecycle_gates(personas, audit):
    with pytest.raises(DomainError, match="danh mục kiểm tra"):
        services.audit_start(actor=personas.auditor, audit=audit)
    services.checklist_generate(actor=personas.auditor, audit=audit)
    services.audit_start(actor=personas.auditor, audit=audit)
    audit.refresh_from_db()
    assert audit.status == AuditStatus.IN_PROGRESS and audit.start_date == timezone.localdate()
    with pytest.raises(IllegalTransition):
        services.audit_start(actor=personas.auditor, audit=audit)
    with pytest.raises(DomainError, match="9 nội dung"):
        services.audit_complete(actor=personas.auditor, audit=audit)
    for item in audit.items.all():
        services.item_record(actor=personas.auditor, item=item, result=Result.CONFORMS, evidence="")
    with pytest.raises(PermissionDenied):
        services.audit_complete(actor=personas.iso, audit=audit)
    services.audit_complete(actor=personas.auditor, audit=audit)
    with pytest.raises(DomainError, match="kết luận"):
        services.report_approve(actor=personas.auditor, audit=audit)
    services.report_save(
        actor=personas.auditor, audit=audit, strengths="Hồ sơ đầy đủ", conclusion="Phù hợp."
    )
    with pytest.raises(PermissionDenied):
        services.report_approve(actor=personas.head, audit=audit)
    services.report_approve(actor=personas.auditor, audit=audit)
    audit.refresh_from_db()
    assert audit.status == AuditStatus.REPORTED and audit.report_approved_by == personas.auditor


def test_programme_unique_and_approved_by_the_head(personas, programme, audit):
    with pytest.raises(DomainError, match="đã có chương trình đánh giá"):
        services.programme_create(actor=personas.iso, agency=personas.world.agency, year=YEAR)
    with pytest.raises(PermissionDenied):
        services.programme_approve(actor=personas.iso, programme=programme)
    services.programme_approve(actor=personas.head, programme=programme)
    programme.refresh_from_db()
    assert programme.status == ProgrammeStatus.APPROVED and programme.approved_by == personas.head
    with pytest.raises(IllegalTransition):
        services.programme_approve(actor=personas.head, programme=programme)
    with pytest.raises(PermissionDenied):
        services.programme_create(actor=personas.dost, agency=personas.world.agency, year=YEAR + 1)


def test_programme_progress(personas, programme, running_audit):
    services.audit_create(actor=personas.iso, programme=programme, title="Đợt 2", planned_month=12)
    cancelled = services.audit_create(
        actor=personas.iso, programme=programme, title="Đợt 3", planned_month=12
    )
    services.audit_cancel(actor=personas.iso, audit=cancelled, reason="Gộp vào đợt 2")
    progress = selectors.programme_progress(personas.head, YEAR)
    assert (progress.planned, progress.done, progress.reported) == (2, 0, 0)
    Audit.objects.filter(pk=running_audit.pk).update(status=AuditStatus.REPORTED)
    progress = selectors.programme_progress(personas.head, YEAR)
    assert (progress.planned, progress.done, progress.reported, progress.percent) == (2, 1, 1, 50)
    assert selectors.programme_progress(personas.other_agency, YEAR).planned == 0


def test_auditees_notified_once_ahead(personas, audit):
    today = dt.date(2026, 11, 2)
    start = add_working_days(today, notices.notice_days())
    Audit.objects.filter(pk=audit.pk).update(start_date=start, end_date=start)
    assert notices.send_audit_notices(subtract_working_days(today, 1)) == 0
    assert notices.send_audit_notices(today) == 1
    notes = Notification.objects.filter(kind=notices.KIND_NOTICE)
    assert list(notes.values_list("recipient_id", flat=True)) == [personas.unit_head.pk]
    assert start.strftime("%d/%m/%Y") in notes.get().title
    assert notices.send_audit_notices(today) == 0
    assert notices.send_audit_notices(add_working_days(today, 1)) == 0
    assert notes.count() == 1


def test_question_bank_is_keyed_by_2015_clauses_and_covers_every_main_clause():
    import json

    from eiso.standards.loader import DATA_DIR

    data = json.loads((DATA_DIR / "tcvn-iso-9001-2015.json").read_text(encoding="utf-8"))
    numbers = {row[0] for row in data["clauses"]}
    bank = checklists.question_bank()
    assert set(bank) <= numbers
    main = {n for n in numbers if n.count(".") == 1 and n.split(".")[0] not in ("1", "2", "3")}
    assert main <= set(bank)
    assert all(q.strip().endswith("?") for questions in bank.values() for q in questions)
