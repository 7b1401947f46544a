"""Reads scoped to the user: every view and API endpoint of distribution fetches through here."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from eiso.distribution import permissions
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    DistributionTarget,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.documents.models import Document
from eiso.organizations.access import access_for
from eiso.organizations.roles import Role


def get_document_for_user_or_404(user, document_id) -> Document:
    from eiso.documents.selectors import get_document_for_user_or_404 as get_document

    return get_document(user, document_id)


def targets_of(document: Document) -> QuerySet[DistributionTarget]:
    return (
        DistributionTarget.objects.filter(document=document)
        .select_related("unit", "user")
        .order_by("unit__path", "user__full_name")
    )


# Acknowledgements ---------------------------------------------------------------------------


def my_pending(user, *, agency=None) -> QuerySet[Acknowledgement]:
    """The user's open requests, oldest first."""
    if not getattr(user, "is_authenticated", False):
        return Acknowledgement.objects.none()
    rows = Acknowledgement.objects.filter(user=user, state=AckState.PENDING)
    if agency is not None:
        rows = rows.filter(agency=agency)
    return rows.select_related("document__agency", "edition").order_by("requested_on", "id")


def my_acknowledgement(user, document: Document) -> Acknowledgement | None:
    """The user's request about the document's effective edition, if they were asked."""
    if not getattr(user, "is_authenticated", False) or document.effective_edition_id is None:
        return None
    return Acknowledgement.objects.filter(
        user=user, edition_id=document.effective_edition_id
    ).first()


def get_my_acknowledgement_or_404(user, acknowledgement_id) -> Acknowledgement:
    """Only the person asked may open their request (anyone else: 404, nothing leaks)."""
    if not getattr(user, "is_authenticated", False):
        raise Http404
    try:
        return Acknowledgement.objects.select_related("document__agency", "edition").get(
            pk=acknowledgement_id, user=user
        )
    except (Acknowledgement.DoesNotExist, ValueError):
        raise Http404 from None


def acknowledgements_of(
    document: Document, *, unit=None, state: str = ""
) -> QuerySet[Acknowledgement]:
    """Requests about the effective edition, not acknowledged first, then by name."""
    if document.effective_edition_id is None:
        return Acknowledgement.objects.none()
    rows = Acknowledgement.objects.filter(edition_id=document.effective_edition_id)
    if unit is not None:
        rows = rows.filter(unit__path__startswith=unit.path, unit__agency_id=unit.agency_id)
    if state in (AckState.PENDING, AckState.ACKNOWLEDGED):
        rows = rows.filter(state=state)
    return rows.select_related("user", "unit").order_by("-state", "user__full_name", "id")


def ack_counts(document: Document) -> dict[str, int]:
    """{"total", "acknowledged", "pending", "percent"} for the effective edition: one query."""
    if document.effective_edition_id is None:
        return {"total": 0, "acknowledged": 0, "pending": 0, "percent": 0}
    counts = Acknowledgement.objects.filter(edition_id=document.effective_edition_id).aggregate(
        total=Count("id"),
        acknowledged=Count("id", filter=Q(state=AckState.ACKNOWLEDGED)),
    )
    total, done = counts["total"] or 0, counts["acknowledged"] or 0
    return {
        "total": total,
        "acknowledged": done,
        "pending": total - done,
        "percent": round(100 * done / total) if total else 0,
    }


def status_documents(user, agency) -> QuerySet[Document]:
    """Effective documents of the agency whose acknowledgement status the user may read, with
    their counts (one query per page)."""
    access = access_for(user)
    documents = Document.objects.filter(agency=agency, effective_edition__isnull=False)
    whole_agency = (
        access.manages_agency(agency.pk, agency.province_id)
        or access.reads_province(agency.province_id)
        or access.has_agency_role(agency.pk, Role.INTERNAL_AUDITOR)
    )
    if not whole_agency:
        owned = permissions._owned_units_q(access, prefix="")
        documents = documents.filter(owned)
    # Counted per effective edition (the unique index on edition and person), not over every
    # request of the document: older editions' requests are most of the table after years.
    return (
        documents.select_related("effective_edition", "owner_unit")
        .annotate(ack_total=_ack_count(), ack_done=_ack_count(state=AckState.ACKNOWLEDGED))
        .order_by("code")
    )


def _ack_count(**filters):
    requests = (
        Acknowledgement.objects.filter(edition_id=OuterRef("effective_edition_id"), **filters)
        .order_by()
        .values("edition_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(requests, output_field=IntegerField()), 0)


# Reviews ------------------------------------------------------------------------------------


def schedule_of(document: Document) -> ReviewSchedule | None:
    return ReviewSchedule.objects.filter(document=document).first()


def review_tasks_for_user(
    user, *, agency=None, state: str = "", kind: str = "", document=None
) -> QuerySet[ReviewTask]:
    tasks = permissions.visible_review_tasks(user)
    if agency is not None:
        tasks = tasks.filter(agency=agency)
    if document is not None:
        tasks = tasks.filter(document=document)
    if state in ReviewState.values:
        tasks = tasks.filter(state=state)
    if kind:
        tasks = tasks.filter(kind=kind)
    return tasks.select_related(
        "document__owner_unit", "source_external", "reviewer", "draft_edition"
    ).order_by("due_date", "id")


def get_review_task_for_user_or_404(user, task_id) -> ReviewTask:
    try:
        return (
            permissions.visible_review_tasks(user)
            .select_related(
                "document__agency__province",
                "document__owner_unit",
                "document__effective_edition",
                "source_external",
                "reviewer",
                "draft_edition",
            )
            .get(pk=task_id)
        )
    except (ReviewTask.DoesNotExist, ValueError):
        raise Http404 from None


def open_reviews_of(agency) -> QuerySet[ReviewTask]:
    return ReviewTask.objects.filter(agency=agency, state=ReviewState.OPEN)
