"""Services of distribution: requests on effective editions, confirmation, new editions,
distribution lists, periodic review outcomes and reviews opened by external changes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.distribution import events, services
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    ReviewKind,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.distribution.tests.seed import (
    external_document,
    make_effective_document,
    next_edition_effective,
    withdraw,
)
from eiso.documents.models import EditionCitation, State
from eiso.notifications.models import Notification
from eiso.organizations.models import Membership

pytestmark = pytest.mark.django_db


def _agency_members(world) -> set:
    return set(
        Membership.objects.filter(agency=world.agency, is_active=True).values_list(
            "user_id", flat=True
        )
    )


def _state_of(document) -> list:
    return list(
        Acknowledgement.objects.filter(document=document)
        .order_by("id")
        .values_list("id", "state", "acknowledged_at")
    )


def test_effective_edition_asks_the_whole_agency_once(personas, django_capture_on_commit_callbacks):
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    world = personas.world
    asked = Acknowledgement.objects.filter(edition=document.effective_edition)
    assert set(asked.values_list("user_id", flat=True)) == _agency_members(world)
    assert set(asked.values_list("state", flat=True)) == {AckState.PENDING}
    staff_row = asked.get(user=personas.staff)
    assert staff_row.unit_id == world.subdivision.pk
    assert staff_row.requested_on == timezone.localdate()
    # Everyone asked was notified, in Vietnamese, with a link to the document's page.
    notes = Notification.objects.filter(kind=events.KIND_ACK_REQUESTED)
    assert set(notes.values_list("recipient_id", flat=True)) == _agency_members(world)
    note = notes.get(recipient=personas.staff)
    assert note.title.startswith("Đề nghị đọc và xác nhận: ")
    assert note.url == f"/phan-phoi/tai-lieu/{document.pk}/"
    # The event again (a retry) asks nobody twice.
    before = asked.count()
    services.on_edition_effective(edition_id=document.effective_edition_id)
    assert asked.count() == before
    assert notes.count() == before
    assert (
        AuditEvent.objects.filter(action=events.ACKS_REQUESTED, object_id=str(document.pk)).count()
        == 1
    )


def test_distribution_to_a_unit_subtree_and_named_people(
    personas, django_capture_on_commit_callbacks
):
    world = personas.world
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    Acknowledgement.objects.all().delete()
    services.distribution_set(
        actor=personas.iso, document=document, units=[world.division], users=[personas.auditor]
    )
    asked = set(
        Acknowledgement.objects.filter(edition=document.effective_edition).values_list(
            "user_id", flat=True
        )
    )
    # division + its subdivision (unit head, staff) and the named auditor (office).
    assert asked == {personas.unit_head.pk, personas.staff.pk, personas.auditor.pk}
    event = AuditEvent.objects.get(action=events.DISTRIBUTION_SET)
    assert event.changes["distribution"] == [
        "Toàn cơ quan",
        sorted(["Phòng Giáo dục phổ thông", "Đặng Thị Đánh"]),
    ]


def test_distribution_refuses_other_agencies_and_outsiders(
    personas, django_capture_on_commit_callbacks
):
    world = personas.world
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    with pytest.raises(DomainError) as error:
        services.distribution_set(
            actor=personas.iso, document=document, units=[world.other_unit], users=[]
        )
    assert error.value.field == "units"
    with pytest.raises(DomainError) as error:
        services.distribution_set(
            actor=personas.iso, document=document, units=[], users=[personas.other_agency]
        )
    assert error.value.field == "users"
    for name in ("staff", "dost", "auditor", "other_agency"):
        with pytest.raises(PermissionDenied):
            services.distribution_set(
                actor=personas[name], document=document, units=[world.office], users=[]
            )
    assert not document.distribution_targets.exists()


def test_confirm_is_idempotent_audited_and_only_by_the_person_asked(
    personas, django_capture_on_commit_callbacks
):
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    row = Acknowledgement.objects.get(edition=document.effective_edition, user=personas.staff)
    with pytest.raises(PermissionDenied):
        services.acknowledgement_confirm(actor=personas.iso, acknowledgement=row)
    row.refresh_from_db()
    assert row.state == AckState.PENDING
    done = services.acknowledgement_confirm(actor=personas.staff, acknowledgement=row)
    assert done.state == AckState.ACKNOWLEDGED and done.acknowledged_at is not None
    again = services.acknowledgement_confirm(actor=personas.staff, acknowledgement=row)
    assert again.acknowledged_at == done.acknowledged_at
    assert AuditEvent.objects.filter(action=events.ACK_CONFIRMED).count() == 1


def test_new_edition_supersedes_open_requests_and_asks_again(
    personas, django_capture_on_commit_callbacks
):
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    first = document.effective_edition
    staff_first = Acknowledgement.objects.get(edition=first, user=personas.staff)
    services.acknowledgement_confirm(actor=personas.staff, acknowledgement=staff_first)
    second = next_edition_effective(personas, django_capture_on_commit_callbacks, document)
    assert second.state == State.EFFECTIVE and second.issue_number == 2
    old = dict(Acknowledgement.objects.filter(edition=first).values_list("user_id", "state"))
    assert old[personas.staff.pk] == AckState.ACKNOWLEDGED
    assert {s for u, s in old.items() if u != personas.staff.pk} == {AckState.SUPERSEDED}
    new = Acknowledgement.objects.filter(edition=second)
    assert set(new.values_list("state", flat=True)) == {AckState.PENDING}
    assert new.filter(user=personas.staff).exists()
    # A superseded request can no longer be confirmed.
    head_first = Acknowledgement.objects.get(edition=first, user=personas.head)
    with pytest.raises(DomainError):
        services.acknowledgement_confirm(actor=personas.head, acknowledgement=head_first)


def test_people_added_to_the_list_while_in_force_are_asked_at_once(
    personas, django_capture_on_commit_callbacks
):
    world = personas.world
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    Acknowledgement.objects.exclude(user=personas.staff).delete()
    services.distribution_set(actor=personas.iso, document=document, units=[world.office], users=[])
    asked = set(Acknowledgement.objects.values_list("user_id", flat=True))
    assert asked == {personas.staff.pk, personas.iso.pk, personas.auditor.pk}


def test_withdrawn_edition_closes_open_requests_and_stops_the_review_clock(
    personas, django_capture_on_commit_callbacks
):
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    withdraw(document, django_capture_on_commit_callbacks)
    assert set(Acknowledgement.objects.values_list("state", flat=True)) == {AckState.WITHDRAWN}
    assert ReviewSchedule.objects.get(document=document).next_due is None


def test_review_schedule_and_no_change_outcome(personas, django_capture_on_commit_callbacks):
    document = make_effective_document(
        personas, django_capture_on_commit_callbacks, review_interval_months=6
    )
    today = timezone.localdate()
    schedule = ReviewSchedule.objects.get(document=document)
    assert schedule.effective_on == today
    assert schedule.next_due == services.add_months(today, 6)
    task = services.review_task_open(
        actor=personas.iso, document=document, due_date=schedule.next_due, reason="Xem xét sớm"
    )
    with pytest.raises(DomainError) as error:
        services.review_record(actor=personas.iso, task=task, outcome="no_change", comment="")
    assert error.value.field == "comment"
    for name in ("staff", "dost", "auditor", "other_agency"):
        with pytest.raises(PermissionDenied):
            services.review_record(
                actor=personas[name], task=task, outcome="no_change", comment="Không đổi"
            )
    task.refresh_from_db()
    assert task.state == ReviewState.OPEN
    done = services.review_record(
        actor=personas.unit_head, task=task, outcome="no_change", comment="Vẫn phù hợp"
    )
    assert (done.state, done.reviewer, done.reviewed_on, done.comment) == (
        ReviewState.NO_CHANGE,
        personas.unit_head,
        today,
        "Vẫn phù hợp",
    )
    schedule.refresh_from_db()
    assert schedule.last_reviewed_on == today
    assert schedule.next_due == services.add_months(today, 6)
    with pytest.raises(DomainError):
        services.review_record(actor=personas.iso, task=done, outcome="no_change", comment="x")
    assert AuditEvent.objects.filter(action=events.REVIEW_RECORDED).count() == 1


def test_new_draft_outcome_opens_and_links_the_next_draft(
    personas, django_capture_on_commit_callbacks
):
    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    task = services.review_task_open(
        document=document, due_date=timezone.localdate(), reason="Định kỳ", kind="periodic"
    )
    done = services.review_record(actor=personas.iso, task=task, outcome="new_draft")
    assert done.state == ReviewState.NEW_DRAFT
    assert done.draft_edition is not None
    assert (done.draft_edition.issue_number, done.draft_edition.state) == (2, State.DRAFT)
    # A second review while that draft is open links the same draft (no second draft).
    other = services.review_task_open(
        document=document, due_date=timezone.localdate(), reason="Lần khác", kind="other"
    )
    again = services.review_record(actor=personas.iso, task=other, outcome="new_draft")
    assert again.draft_edition_id == done.draft_edition_id


def test_add_months_clamps_to_the_end_of_the_month():
    assert services.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert services.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert services.add_months(dt.date(2027, 11, 29), 3) == dt.date(2028, 2, 29)


def test_external_change_opens_a_review_due_three_months_after_it_takes_effect(
    personas, django_capture_on_commit_callbacks
):
    from eiso.references import services as reference_services

    document = make_effective_document(personas, django_capture_on_commit_callbacks)
    uncited = make_effective_document(
        personas, django_capture_on_commit_callbacks, title="Tài liệu khác"
    )
    external = external_document(personas.world)
    EditionCitation.objects.create(edition=document.effective_edition, external_document=external)
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        reference_services.external_change_status(
            actor=personas.admin,
            document=external,
            status="amended",
            effective_date=dt.date(2026, 11, 30),
            amended_by="Nghị định 12/2026/NĐ-CP",
        )
    task = ReviewTask.objects.get()
    assert task.document == document and uncited.review_tasks.count() == 0
    assert (task.kind, task.due_date, task.source_external) == (
        ReviewKind.EXTERNAL_CHANGE,
        dt.date(2027, 2, 28),
        external,
    )
    assert "25/2025/NĐ-CP" in task.reason and "30/11/2026" in task.reason
    told = set(
        Notification.objects.filter(kind=events.KIND_REVIEW_OPENED).values_list(
            "recipient_id", flat=True
        )
    )
    assert told == {personas.unit_head.pk, personas.iso.pk}
    # The same change published again opens nothing new.
    services.on_external_changed(
        external_document_id=external.pk,
        new_status="amended",
        change_effective_date="2026-11-30",
    )
    assert ReviewTask.objects.count() == 1


def test_requests_are_created_in_constant_queries(personas, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from eiso.distribution.tests.seed import bulk_people

    world = personas.world
    counts = []
    for size, prefix in ((3, "a"), (60, "b")):
        bulk_people(world.agency, world.subdivision, size, prefix=prefix)
        document = make_effective_document(
            personas, django_capture_on_commit_callbacks, title=f"Tài liệu {prefix}"
        )
        Acknowledgement.objects.filter(document=document).delete()
        with CaptureQueriesContext(connection) as queries:
            created = services.acknowledgements_request(edition=document.effective_edition)
        assert created == Membership.objects.filter(agency=world.agency).count()
        counts.append(len(queries))
    assert counts[0] == counts[1]
