"""Connect controlled documents to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.documents import events  # noqa: F401  (registers audit action labels)
    from eiso.documents import history as document_history
    from eiso.documents import my_work as sections
    from eiso.documents.services import workflow
    from eiso.documents.tasks import make_due_editions_effective
    from eiso.notifications.kinds import register_kind

    register_kind(workflow.KIND_SUBMITTED, _("Document waiting for your review"))
    register_kind(workflow.KIND_REVIEWED, _("Document waiting for your approval"))
    register_kind(workflow.KIND_RETURNED, _("Document returned for changes"))
    register_kind(workflow.KIND_APPROVED, _("Document approved"))
    my_work.register("documents.review", sections.to_review_section)
    my_work.register("documents.approve", sections.to_approve_section)
    my_work.register("documents.returned", sections.returned_section)
    history.register(
        "documents.document",
        document_history.load_document,
        related=document_history.document_related,
        link=document_history.document_link,
    )
    history.register(
        "documents.edition", document_history.load_edition, link=document_history.edition_link
    )
    history.register_field_labels(
        "documents.edition",
        {
            "steps": _("procedure steps"),
            "records": _("records to keep"),
            "amendments": _("amendment log"),
            "references": _("reference documents"),
        },
    )
    register_periodic(
        "documents.make_due_editions_effective",
        make_due_editions_effective,
        Daily(hour=0, minute=5),
    )
