"""Writes of distribution, read acknowledgement and periodic review.

Every write is atomic with its audit event; notifications are stored in the same transaction
(`notify` queues e-mails on commit). The event handlers at the bottom are called by
`eiso.core.domain_events` after the publishing change committed (see wiring.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.distribution import events, permissions
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    DistributionTarget,
    ReviewKind,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.documents.models import Document, Edition, State
from eiso.notifications.services import notify
from eiso.organizations.models import Membership, RoleGrant, Unit
from eiso.organizations.roles import Role

# QĐ 19/2014/QĐ-TTg Art. 4: legal changes are folded into the QMS within 3 months.
EXTERNAL_CHANGE_REVIEW_MONTHS = 3


def ack_reminder_days() -> int:
    return int(getattr(settings, "EISO_ACK_REMINDER_WORKING_DAYS", 5))


def review_reminder_days() -> int:
    return int(getattr(settings, "EISO_REVIEW_REMINDER_WORKING_DAYS", 10))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31/01 + 1 → 28/02)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def document_url(document) -> str:
    return reverse("distribution:document", args=[document.pk])


# Distribution list ---------------------------------------------------------------------------


def distributed_people(document: Document) -> list[tuple]:
    """(user id, unit id) of everyone the document is distributed to: two queries.

    Units reach every active member whose unit lies in the unit's subtree; named people are
    reached wherever they work in the agency; no target means the whole agency.
    """
    targets = list(
        DistributionTarget.objects.filter(document=document).values_list("unit__path", "user_id")
    )
    members = Membership.objects.filter(
        agency_id=document.agency_id, is_active=True, user__is_active=True
    )
    if targets:
        condition = Q(pk__in=[])
        paths = [path for path, _user in targets if path]
        users = [user for _path, user in targets if user]
        for path in paths:
            condition |= Q(unit__path__startswith=path)
        if users:
            condition |= Q(user_id__in=users)
        members = members.filter(condition)
    return list(members.order_by("user_id").values_list("user_id", "unit_id").distinct())


@transaction.atomic
def distribution_set(*, actor, document: Document, units: Iterable[Unit], users: Iterable) -> None:
    """Replace the document's distribution list. People newly reached by it are asked to
    acknowledge the effective edition at once; nobody already asked is asked again."""
    if not permissions.can_edit_distribution(actor, document):
        raise PermissionDenied
    units, users = list(units), list(users)
    if any(unit.agency_id != document.agency_id for unit in units):
        raise DomainError(_("Choose units of the document's agency."), field="units")
    user_ids = [getattr(user, "pk", user) for user in users]
    members = set(
        Membership.objects.filter(
            agency_id=document.agency_id, user_id__in=user_ids, is_active=True
        ).values_list("user_id", flat=True)
    )
    if set(user_ids) - members:
        raise DomainError(_("Choose people who work in the document's agency."), field="users")
    before = _target_labels(document)
    DistributionTarget.objects.filter(document=document).delete()
    DistributionTarget.objects.bulk_create(
        [DistributionTarget(document=document, unit=unit, created_by=actor) for unit in units]
        + [DistributionTarget(document=document, user_id=pk, created_by=actor) for pk in user_ids]
    )
    after = _target_labels(document)
    audit.record(
        actor=actor,
        action=events.DISTRIBUTION_SET,
        obj=document,
        changes={"distribution": [before or gettext("The whole agency"), after or None]},
    )
    edition = document.effective_edition
    if edition is not None and edition.state == State.EFFECTIVE:
        _request_acknowledgements(edition, actor=actor)


def _target_labels(document: Document) -> list[str]:
    rows = DistributionTarget.objects.filter(document=document).select_related("unit", "user")
    return sorted(
        row.unit.name if row.unit else (row.user.full_name if row.user else "") for row in rows
    )


# Acknowledgements ---------------------------------------------------------------------------


def _request_acknowledgements(edition: Edition, *, actor=None) -> int:
    """Ask everyone reached by the distribution who was not yet asked about this edition.

    A bounded number of queries whatever the size of the list: the people, the existing
    requests, one bulk insert, one notification insert (+ preferences), one audit row.
    """
    document = edition.document
    people = distributed_people(document)
    asked = set(Acknowledgement.objects.filter(edition=edition).values_list("user_id", flat=True))
    today = timezone.localdate()
    new = [
        Acknowledgement(
            edition=edition,
            document=document,
            agency_id=document.agency_id,
            user_id=user_id,
            unit_id=unit_id,
            requested_on=today,
        )
        for user_id, unit_id in people
        if user_id not in asked
    ]
    if not new:
        return 0
    Acknowledgement.objects.bulk_create(new, batch_size=500, ignore_conflicts=True)
    notify(
        recipients=[row.user_id for row in new],
        kind=events.KIND_ACK_REQUESTED,
        title=_("Please read and confirm: %(code)s %(title)s (issue %(issue)s)")
        % {"code": document.code, "title": document.title[:150], "issue": edition.issue_number},
        body=_("The document took effect on %(date)s. Open it and confirm “Read and understood”.")
        % {"date": f"{edition.effective_date:%d/%m/%Y}" if edition.effective_date else "—"},
        url=document_url(document),
        agency=document.agency,
        actor=actor,
    )
    audit.record(
        actor=actor,
        action=events.ACKS_REQUESTED,
        obj=document,
        changes={"issue_number": [None, edition.issue_number], "people": [None, len(new)]},
    )
    return len(new)


@transaction.atomic
def acknowledgements_request(*, edition: Edition) -> int:
    """Open the requests of a newly effective edition; the older edition's open requests are
    closed as superseded. Idempotent: running it twice asks nobody twice."""
    if edition.state != State.EFFECTIVE:
        return 0
    Acknowledgement.objects.filter(document_id=edition.document_id, state=AckState.PENDING).exclude(
        edition=edition
    ).update(state=AckState.SUPERSEDED, updated_at=timezone.now())
    return _request_acknowledgements(edition)


@transaction.atomic
def acknowledgement_confirm(*, actor, acknowledgement: Acknowledgement) -> Acknowledgement:
    """ "Đã đọc và hiểu". Confirming again changes nothing (idempotent)."""
    if acknowledgement.user_id != getattr(actor, "pk", None):
        raise PermissionDenied(_("Only the person asked can confirm having read the document."))
    locked = Acknowledgement.objects.select_for_update().get(pk=acknowledgement.pk)
    if locked.state == AckState.ACKNOWLEDGED:
        return locked
    if locked.state != AckState.PENDING:
        raise DomainError(
            _("This edition is no longer in force; there is nothing to confirm."), code="closed"
        )
    locked.state = AckState.ACKNOWLEDGED
    locked.acknowledged_at = timezone.now()
    locked.save(update_fields=["state", "acknowledged_at", "updated_at"])
    audit.record(
        actor=actor,
        action=events.ACK_CONFIRMED,
        obj=locked,
        changes={"state": [str(AckState.PENDING.label), str(AckState.ACKNOWLEDGED.label)]},
        agency_id=locked.agency_id,
        province_id=locked.document.agency.province_id,
    )
    return locked


@transaction.atomic
def acknowledgements_close_withdrawn(*, edition: Edition) -> int:
    return Acknowledgement.objects.filter(edition=edition, state=AckState.PENDING).update(
        state=AckState.WITHDRAWN, updated_at=timezone.now()
    )


# Periodic review -----------------------------------------------------------------------------


def next_due_for(document: Document, schedule: ReviewSchedule) -> dt.date | None:
    """Interval months after the last review or the effective date, whichever is later."""
    starts = [d for d in (schedule.last_reviewed_on, schedule.effective_on) if d is not None]
    if not starts or not document.review_interval_months:
        return None
    return add_months(max(starts), document.review_interval_months)


def schedule_reset(*, document: Document, effective_on: dt.date | None) -> ReviewSchedule:
    """A new edition took effect (or none is in force, with None): restart the review clock."""
    schedule, _created = ReviewSchedule.objects.get_or_create(
        document=document, defaults={"agency_id": document.agency_id}
    )
    schedule.effective_on = effective_on
    if effective_on is None:
        schedule.next_due = None
    else:
        schedule.last_reviewed_on = None
        schedule.next_due = next_due_for(document, schedule)
    schedule.save(update_fields=["effective_on", "last_reviewed_on", "next_due", "updated_at"])
    return schedule


def review_recipients(documents: Iterable[Document]) -> dict:
    """document id -> user ids of its owner-unit heads and its agency's ISO coordinators (two
    queries for any number of documents)."""
    documents = list(documents)
    unit_ids = {d.owner_unit_id for d in documents if d.owner_unit_id}
    agency_ids = {d.agency_id for d in documents}
    heads: dict = {}
    for unit_id, user_id in RoleGrant.objects.filter(
        role=Role.UNIT_HEAD, unit_id__in=unit_ids, is_active=True, user__is_active=True
    ).values_list("unit_id", "user_id"):
        heads.setdefault(unit_id, []).append(user_id)
    coordinators: dict = {}
    for agency_id, user_id in RoleGrant.objects.filter(
        role=Role.ISO_COORDINATOR, agency_id__in=agency_ids, is_active=True, user__is_active=True
    ).values_list("agency_id", "user_id"):
        coordinators.setdefault(agency_id, []).append(user_id)
    return {
        d.pk: heads.get(d.owner_unit_id, []) + coordinators.get(d.agency_id, []) for d in documents
    }


def task_url(task: ReviewTask) -> str:
    return reverse("distribution:review_task", args=[task.pk])


@transaction.atomic
def review_task_open(
    *,
    actor=None,
    document: Document,
    due_date: dt.date,
    reason: str,
    source_external=None,
    kind: str | None = None,
    recipients: list | None = None,
) -> ReviewTask:
    """Open a review of `document` due on `due_date` and tell its owners and the ISO
    coordinator. Without an actor it is the system (the daily job, an external change).

    Idempotent: a periodic review for the same due date, or an open review for the same
    changed external document, is returned as it is (the first change sets the 3-month clock).
    """
    if actor is not None and not permissions.can_open_review(actor, document):
        raise PermissionDenied
    if not reason or not str(reason).strip():
        raise DomainError(_("Say why the document is to be reviewed."), field="reason")
    if actor is not None and due_date < timezone.localdate():
        raise DomainError(
            pgettext("review task", "The due date cannot be in the past."), field="due_date"
        )
    if kind is None:
        kind = ReviewKind.EXTERNAL_CHANGE if source_external is not None else ReviewKind.OTHER
    existing = _existing_task(document, due_date, kind, source_external)
    if existing is not None:
        return existing
    task = ReviewTask.objects.create(
        document=document,
        agency_id=document.agency_id,
        kind=kind,
        reason=str(reason)[:2000],
        due_date=due_date,
        source_external=source_external,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit.record(
        actor=actor,
        action=events.REVIEW_OPENED,
        obj=task,
        changes=audit.created(
            {"document": str(document), "due_date": f"{due_date:%d/%m/%Y}", "reason": task.reason}
        ),
        agency_id=document.agency_id,
        province_id=document.agency.province_id,
    )
    people = recipients if recipients is not None else review_recipients([document])[document.pk]
    notify(
        recipients=people,
        kind=events.KIND_REVIEW_OPENED,
        title=_("Review %(code)s %(title)s by %(date)s")
        % {"code": document.code, "title": document.title[:150], "date": f"{due_date:%d/%m/%Y}"},
        body=task.reason,
        url=task_url(task),
        agency=document.agency,
        actor=actor,
    )
    return task


def _existing_task(document, due_date, kind, source_external) -> ReviewTask | None:
    tasks = ReviewTask.objects.filter(document=document)
    if source_external is not None:
        return tasks.filter(state=ReviewState.OPEN, source_external=source_external).first()
    if kind == ReviewKind.PERIODIC:
        return tasks.filter(kind=ReviewKind.PERIODIC, due_date=due_date).first()
    return None


OUTCOMES = (ReviewState.NO_CHANGE, ReviewState.NEW_DRAFT)


@transaction.atomic
def review_record(*, actor, task: ReviewTask, outcome: str, comment: str = "") -> ReviewTask:
    """Record a review's outcome. "No change" moves the next periodic review on from today;
    "new draft needed" opens the next draft of the document (or links the one already open)."""
    task = ReviewTask.objects.select_for_update().select_related("document__agency").get(pk=task.pk)
    if not permissions.manages_document(actor, task.document):
        raise PermissionDenied
    if not task.is_open:
        raise DomainError(_("This review has already been recorded."), code="closed")
    if outcome not in OUTCOMES:
        raise DomainError(_("Choose the outcome of the review."), field="outcome")
    comment = (comment or "").strip()
    if outcome == ReviewState.NO_CHANGE and not comment:
        raise DomainError(_("Say briefly why the document stays as it is."), field="comment")
    document = task.document
    if outcome == ReviewState.NEW_DRAFT:
        task.draft_edition = _draft_for(actor, document)
    today = timezone.localdate()
    task.state = outcome
    task.reviewer = actor
    task.reviewed_on = today
    task.comment = comment
    task.save(
        update_fields=["state", "reviewer", "reviewed_on", "comment", "draft_edition", "updated_at"]
    )
    schedule = ReviewSchedule.objects.filter(document=document).first()
    if schedule is not None and schedule.effective_on is not None:
        schedule.last_reviewed_on = today
        schedule.next_due = next_due_for(document, schedule)
        schedule.save(update_fields=["last_reviewed_on", "next_due", "updated_at"])
    audit.record(
        actor=actor,
        action=events.REVIEW_RECORDED,
        obj=task,
        changes={
            "state": [str(ReviewState.OPEN.label), str(task.get_state_display())],
            "comment": [None, comment or None],
            "draft_edition": [None, str(task.draft_edition) if task.draft_edition else None],
        },
        agency_id=document.agency_id,
        province_id=document.agency.province_id,
    )
    return task


def _draft_for(actor, document: Document) -> Edition:
    from eiso.documents.models import OPEN_STATES
    from eiso.documents.services import edition_start_draft

    open_draft = Edition.objects.filter(document=document, state__in=OPEN_STATES).first()
    if open_draft is not None:
        return open_draft
    return edition_start_draft(actor=actor, document=document)


def review_tasks_cancel_periodic(*, document: Document, reason: str) -> int:
    """A new edition took effect or the document was withdrawn: open periodic reviews are moot."""
    return ReviewTask.objects.filter(
        document=document, kind=ReviewKind.PERIODIC, state=ReviewState.OPEN
    ).update(state=ReviewState.CANCELLED, comment=reason, updated_at=timezone.now())


# Domain event handlers (subscribed in wiring.py) ----------------------------------------------


def on_edition_effective(edition_id, previous_edition_id=None, **_payload) -> None:
    edition = (
        Edition.objects.select_related("document__agency", "document__effective_edition")
        .filter(pk=edition_id)
        .first()
    )
    if edition is None or edition.state != State.EFFECTIVE:
        return
    with transaction.atomic():
        acknowledgements_request(edition=edition)
        schedule_reset(document=edition.document, effective_on=edition.effective_date)
        review_tasks_cancel_periodic(
            document=edition.document,
            reason=gettext("Issue %(issue)s took effect.") % {"issue": edition.issue_number},
        )


def on_edition_withdrawn(edition_id, **_payload) -> None:
    edition = Edition.objects.select_related("document__agency").filter(pk=edition_id).first()
    if edition is None:
        return
    with transaction.atomic():
        acknowledgements_close_withdrawn(edition=edition)
        document = edition.document
        if not Edition.objects.filter(document=document, state=State.EFFECTIVE).exists():
            schedule_reset(document=document, effective_on=None)
            review_tasks_cancel_periodic(
                document=document, reason=gettext("The document was withdrawn.")
            )


def on_external_changed(
    external_document_id, new_status="", change_effective_date=None, **_payload
) -> int:
    """Open a review for every document citing the changed external document, due 3 months
    after the change takes effect (QĐ 19/2014/QĐ-TTg Art. 4)."""
    from eiso.documents.selectors import documents_citing
    from eiso.references.models import ExternalDocument

    external = ExternalDocument.objects.filter(pk=external_document_id).first()
    if external is None:
        return 0
    changed_on = _as_date(change_effective_date) or timezone.localdate()
    due = add_months(changed_on, EXTERNAL_CHANGE_REVIEW_MONTHS)
    documents = list(documents_citing([external.pk]).select_related("agency"))
    recipients = review_recipients(documents)
    status_label = _status_label(external, new_status)
    opened = 0
    with transaction.atomic():
        for document in documents:
            reason = gettext(
                "%(external)s was marked %(status)s, effective %(date)s: check whether the "
                "document must change (QĐ 19/2014/QĐ-TTg Art. 4)."
            ) % {
                "external": str(external),
                "status": status_label,
                "date": f"{changed_on:%d/%m/%Y}",
            }
            review_task_open(
                document=document,
                due_date=due,
                reason=reason,
                source_external=external,
                kind=ReviewKind.EXTERNAL_CHANGE,
                recipients=recipients[document.pk],
            )
            opened += 1
    return opened


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _status_label(external, new_status: str) -> str:
    field = external._meta.get_field("status")
    choices = dict(field.flatchoices)
    return str(choices.get(new_status or external.status, new_status or external.status))
