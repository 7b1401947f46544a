"""The approval workflow of an edition: submit, review, return, approve, take effect, withdraw.

The signature block is filled by the people who did each step (the author who submits is the
drafter). Approval with an effective date of today or earlier makes the edition effective at once;
a future date waits for the daily job `make_due_editions_effective`. Taking effect supersedes the
previous effective edition and publishes `documents.edition_effective`.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eiso.core import audit, domain_events
from eiso.core.errors import DomainError
from eiso.documents import events, gates, states
from eiso.documents.models import Document, Edition, ReviewNote, State
from eiso.documents.permissions import can_approve, can_author, can_review, can_withdraw
from eiso.documents.services._common import (
    clean_text,
    document_changed,
    on_commit,
    person,
    require,
)
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role

KIND_SUBMITTED = "documents.edition_submitted"
KIND_REVIEWED = "documents.edition_reviewed"
KIND_RETURNED = "documents.edition_returned"
KIND_APPROVED = "documents.edition_approved"
STATE_FIELDS = ("state", "effective_date", "return_comment", "withdrawn_reason", "ended_on")


def _locked(edition: Edition) -> Edition:
    return (
        Edition.objects.select_for_update(of=("self",))
        .select_related("document__agency", "document__owner_unit")
        .get(pk=edition.pk)
    )


def _note(edition: Edition, actor, action: str, comment: str = "") -> None:
    ReviewNote.objects.create(
        edition=edition,
        action=action,
        author_name=actor.display_name if actor is not None else "",
        comment=comment,
        created_by=actor if actor is not None else None,
    )


def _record(actor, action: str, edition: Edition, before: dict) -> None:
    audit.record(
        actor=actor,
        action=action,
        obj=edition,
        changes=audit.diff(before, audit.snapshot(edition, STATE_FIELDS)),
    )
    document_changed(edition.document)


def _url(edition: Edition) -> str:
    return reverse("documents:edition", args=[edition.pk])


def _notify(recipients, kind: str, title, edition: Edition, actor, body: str = "") -> None:
    from eiso.notifications.services import notify

    recipients = [pk for pk in dict.fromkeys(recipients) if pk and pk != getattr(actor, "pk", None)]
    if not recipients:
        return
    notify(
        recipients=recipients,
        kind=kind,
        title=title,
        body=body or str(edition.document),
        url=_url(edition),
        agency=edition.document.agency,
        actor=actor,
    )


def _agency_people(document: Document, *roles: str) -> list:
    return list(
        RoleGrant.objects.filter(
            agency_id=document.agency_id, role__in=roles, is_active=True
        ).values_list("user_id", flat=True)
    )


def _reviewers(document: Document) -> list:
    people = _agency_people(document, Role.ISO_COORDINATOR)
    if document.owner_unit is not None:
        path = document.owner_unit.path
        heads = RoleGrant.objects.filter(
            unit__agency_id=document.agency_id, role=Role.UNIT_HEAD, is_active=True
        ).values_list("user_id", "unit__path")
        people += [user_id for user_id, unit_path in heads if path.startswith(unit_path)]
    return people


def _field_label(name: str) -> str:
    field = Edition._meta.get_field(name)
    return str(getattr(field, "verbose_name", name))


def submit_problems(edition: Edition) -> list[str]:
    """Why the edition cannot be submitted yet (empty when it can)."""
    problems: list[str] = []
    document = edition.document
    has_text = any(
        getattr(edition, name).strip() for name in ("purpose", "scope", "body", "definitions")
    )
    steps = list(edition.steps.all())
    if not (has_text or steps or edition.file):
        problems.append(_("The edition is empty: write its content or attach its file."))
    if document.is_procedure and not edition.file and not steps:
        problems.append(_("A procedure needs at least one step in its steps table."))
    if document.is_tthc and not edition.file:
        missing = [
            _field_label(name)
            for name in ("dossier_components", "processing_time", "submission_place")
            if not getattr(edition, name).strip()
        ]
        if missing:
            problems.append(
                _("A TTHC procedure must state: %(fields)s.") % {"fields": ", ".join(missing)}
            )
    problems.extend(gates.run_submit_checks(edition))
    return problems


@transaction.atomic
def edition_submit(*, actor, edition: Edition) -> Edition:
    locked = _locked(edition)
    require(can_author(actor, locked.document))
    states.check("submit", locked.state)
    problems = submit_problems(locked)
    if problems:
        raise DomainError(" ".join(problems), field="submit", code="gates")
    before = audit.snapshot(locked, STATE_FIELDS)
    locked.state = State.SUBMITTED
    locked.submitted_at = timezone.now()
    locked.drafted_by = actor
    locked.drafted_name, locked.drafted_position = person(actor, locked.document.agency)
    locked.drafted_on = timezone.localdate()
    locked.reviewed_by, locked.reviewed_name, locked.reviewed_position = None, "", ""
    locked.reviewed_on = None
    locked.locked_by, locked.locked_at = None, None
    locked.save()
    _note(locked, actor, ReviewNote.Action.SUBMITTED)
    _record(actor, events.EDITION_SUBMIT, locked, before)
    on_commit(
        _notify,
        _reviewers(locked.document),
        KIND_SUBMITTED,
        gettext_lazy("Document waiting for your review"),
        locked,
        actor,
    )
    return locked


@transaction.atomic
def edition_review(*, actor, edition: Edition, comment: str = "") -> Edition:
    """The reviewer agrees: the edition goes to the agency head for approval."""
    locked = _locked(edition)
    require(can_review(actor, locked.document))
    states.check("review", locked.state)
    comment = clean_text(comment, field="comment")
    before = audit.snapshot(locked, STATE_FIELDS)
    locked.state = State.REVIEWED
    locked.reviewed_by = actor
    locked.reviewed_name, locked.reviewed_position = person(actor, locked.document.agency)
    locked.reviewed_on = timezone.localdate()
    locked.save()
    _note(locked, actor, ReviewNote.Action.REVIEWED, comment)
    _record(actor, events.EDITION_REVIEW, locked, before)
    on_commit(
        _notify,
        _agency_people(locked.document, Role.AGENCY_HEAD),
        KIND_REVIEWED,
        gettext_lazy("Document waiting for your approval"),
        locked,
        actor,
    )
    return locked


@transaction.atomic
def edition_return(*, actor, edition: Edition, comment: str) -> Edition:
    """Return a submitted or reviewed edition to draft, saying what to change."""
    locked = _locked(edition)
    document = locked.document
    if locked.state == State.REVIEWED:
        require(can_approve(actor, document) or can_review(actor, document))
    else:
        require(can_review(actor, document) or can_approve(actor, document))
    states.check("return", locked.state)
    comment = clean_text(comment, field="comment")
    if not comment:
        raise DomainError(_("Say what should be changed."), field="comment")
    before = audit.snapshot(locked, STATE_FIELDS)
    locked.state = State.DRAFT
    locked.return_comment = comment
    locked.save()
    _note(locked, actor, ReviewNote.Action.RETURNED, comment)
    _record(actor, events.EDITION_RETURN, locked, before)
    on_commit(
        _notify,
        [locked.drafted_by_id],
        KIND_RETURNED,
        gettext_lazy("Document returned for changes"),
        locked,
        actor,
        comment,
    )
    return locked


def _clean_effective_date(value, today: dt.date) -> dt.date:
    if isinstance(value, str) and value.strip():
        for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                value = dt.datetime.strptime(value.strip(), pattern).date()
                break
            except ValueError:
                continue
    if not isinstance(value, dt.date):
        if value in (None, ""):
            return today
        raise DomainError(_("Enter a date as dd/mm/yyyy."), field="effective_date")
    if value < today:
        raise DomainError(_("The effective date cannot be in the past."), field="effective_date")
    return value


@transaction.atomic
def edition_approve(*, actor, edition: Edition, effective_date=None, comment: str = "") -> Edition:
    """The agency head approves; effective today (at once) or on a later date (daily job)."""
    locked = _locked(edition)
    require(can_approve(actor, locked.document))
    states.check("approve", locked.state)
    today = timezone.localdate()
    effective_on = _clean_effective_date(effective_date, today)
    before = audit.snapshot(locked, STATE_FIELDS)
    locked.state = State.APPROVED
    locked.effective_date = effective_on
    locked.approved_by = actor
    locked.approved_name, locked.approved_position = person(actor, locked.document.agency)
    locked.approved_on = today
    locked.return_comment = ""
    locked.save()
    _note(locked, actor, ReviewNote.Action.APPROVED, clean_text(comment, field="comment"))
    _record(actor, events.EDITION_APPROVE, locked, before)
    on_commit(
        _notify,
        [locked.drafted_by_id, locked.reviewed_by_id],
        KIND_APPROVED,
        gettext_lazy("Document approved"),
        locked,
        actor,
    )
    if effective_on <= today:
        _make_effective(locked, actor)
    return locked


def _make_effective(edition: Edition, actor) -> Edition:
    """Supersede the previous effective edition and make this one effective (in a transaction)."""
    states.check("make_effective", edition.state)
    document = Document.objects.select_for_update().get(pk=edition.document_id)
    previous = (
        Edition.objects.select_for_update()
        .filter(document=document, state=State.EFFECTIVE)
        .exclude(pk=edition.pk)
        .first()
    )
    day = edition.effective_date or timezone.localdate()
    if previous is not None:
        before = audit.snapshot(previous, STATE_FIELDS)
        previous.state = State.SUPERSEDED
        previous.ended_on = day
        previous.save()
        _record(actor, events.EDITION_SUPERSEDE, previous, before)
    before = audit.snapshot(edition, STATE_FIELDS)
    edition.state = State.EFFECTIVE
    edition.effective_date = day
    edition.save()
    _note(edition, actor, ReviewNote.Action.EFFECTIVE)
    _record(actor, events.EDITION_EFFECTIVE, edition, before)
    document.effective_edition = edition
    document.save(update_fields=["effective_edition", "updated_at"])
    domain_events.publish(
        events.EDITION_EFFECTIVE_EVENT,
        edition_id=edition.pk,
        previous_edition_id=previous.pk if previous is not None else None,
    )
    return edition


def make_due_editions_effective(today: dt.date | None = None) -> int:
    """Daily job: approved editions whose effective date has come take effect. Returns how many."""
    today = today or timezone.localdate()
    due = list(
        Edition.objects.filter(state=State.APPROVED, effective_date__lte=today)
        .order_by("effective_date", "pk")
        .values_list("pk", flat=True)
    )
    done = 0
    for pk in due:
        with transaction.atomic():
            edition = _locked(Edition(pk=pk))
            if edition.state == State.APPROVED:
                _make_effective(edition, None)
                done += 1
    return done


@transaction.atomic
def edition_withdraw(*, actor, edition: Edition, reason: str) -> Edition:
    """The agency head withdraws an approved or effective edition (hết hiệu lực), with a reason."""
    locked = _locked(edition)
    require(can_withdraw(actor, locked.document))
    states.check("withdraw", locked.state)
    reason = clean_text(reason, field="reason")
    if not reason:
        raise DomainError(_("Give the reason for the withdrawal."), field="reason")
    before = audit.snapshot(locked, STATE_FIELDS)
    was_effective = locked.state == State.EFFECTIVE
    locked.state = State.WITHDRAWN
    locked.withdrawn_reason = reason
    locked.ended_on = timezone.localdate()
    locked.save()
    _note(locked, actor, ReviewNote.Action.WITHDRAWN, reason)
    _record(actor, events.EDITION_WITHDRAW, locked, before)
    if was_effective:
        Document.objects.filter(pk=locked.document_id, effective_edition=locked).update(
            effective_edition=None, updated_at=timezone.now()
        )
    domain_events.publish(events.EDITION_WITHDRAWN_EVENT, edition_id=locked.pk)
    return locked
