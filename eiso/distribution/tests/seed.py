"""Test data of distribution: effective documents written directly, with the
`documents.edition_effective` event published as the documents app publishes it (the full
lifecycle through the documents app's services is covered by the end-to-end test)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from eiso.accounts.models import User
from eiso.core import domain_events
from eiso.documents.models import Document, Edition, Kind, State
from eiso.organizations.models import Membership
from eiso.references.models import ExternalDocument

BODY = "Hướng dẫn tiếp nhận, kiểm tra và trả kết quả hồ sơ tại Bộ phận Một cửa."


def _publish_effective(edition, previous, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        domain_events.publish(
            "documents.edition_effective",
            edition_id=edition.pk,
            previous_edition_id=previous.pk if previous else None,
        )


def make_effective_document(
    personas,
    django_capture_on_commit_callbacks,
    *,
    title="Hướng dẫn tiếp nhận hồ sơ",
    code="",
    review_interval_months=12,
    effective_on: dt.date | None = None,
) -> Document:
    """A work instruction of the agency under test, owned by `division`, whose first edition
    took effect today; `documents.edition_effective` is published as the documents app does."""
    world = personas.world
    number = Document.objects.filter(agency=world.agency).count() + 1
    document = Document.objects.create(
        agency=world.agency,
        owner_unit=world.division,
        kind=Kind.WORK_INSTRUCTION,
        code=code or f"HD.{number:02d}",
        title=title,
        review_interval_months=review_interval_months,
    )
    edition = Edition.objects.create(
        document=document,
        issue_number=1,
        state=State.EFFECTIVE,
        effective_date=effective_on or timezone.localdate(),
        body=BODY,
    )
    document.effective_edition = edition
    document.latest_edition = edition
    document.save(update_fields=["effective_edition", "latest_edition"])
    _publish_effective(edition, None, django_capture_on_commit_callbacks)
    document.refresh_from_db()
    return document


def next_edition_effective(personas, django_capture_on_commit_callbacks, document) -> Edition:
    previous = document.effective_edition
    Edition.objects.filter(pk=previous.pk).update(state=State.SUPERSEDED)
    edition = Edition.objects.create(
        document=document,
        issue_number=previous.issue_number + 1,
        state=State.EFFECTIVE,
        effective_date=timezone.localdate(),
        body=BODY + " (sửa đổi)",
    )
    document.effective_edition = edition
    document.latest_edition = edition
    document.save(update_fields=["effective_edition", "latest_edition"])
    _publish_effective(edition, previous, django_capture_on_commit_callbacks)
    document.refresh_from_db()
    return edition


def withdraw(document, django_capture_on_commit_callbacks) -> None:
    edition = document.effective_edition
    Edition.objects.filter(pk=edition.pk).update(state=State.WITHDRAWN)
    Document.objects.filter(pk=document.pk).update(effective_edition=None)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        domain_events.publish("documents.edition_withdrawn", edition_id=edition.pk)


def bulk_documents(agency, owner_unit, count: int, *, effective_on: dt.date, start: int = 1):
    """`count` effective documents written directly (for query-count tests at two sizes)."""
    documents = Document.objects.bulk_create(
        Document(
            agency=agency,
            owner_unit=owner_unit,
            kind=Kind.FORM,
            code=f"BM.{start + i:03d}",
            title=f"Biểu mẫu số {start + i}",
        )
        for i in range(count)
    )
    editions = Edition.objects.bulk_create(
        Edition(document=d, issue_number=1, state=State.EFFECTIVE, effective_date=effective_on)
        for d in documents
    )
    for document, edition in zip(documents, editions, strict=True):
        document.effective_edition = edition
    Document.objects.bulk_update(documents, ["effective_edition"])
    return documents


def bulk_people(agency, unit, count: int, prefix: str) -> list[User]:
    users = User.objects.bulk_create(
        User(username=f"{prefix}{i}", full_name=f"Nguyễn Văn {prefix.upper()}{i}", email="")
        for i in range(count)
    )
    Membership.objects.bulk_create(Membership(user=u, agency=agency, unit=unit) for u in users)
    return users


def external_document(world, number="25/2025/NĐ-CP") -> ExternalDocument:
    return ExternalDocument.objects.create(
        number=number,
        title="Nghị định quy định chi tiết về thủ tục hành chính",
        kind="decree",
        issuer="Chính phủ",
        issued_date=dt.date(2025, 2, 1),
    )
