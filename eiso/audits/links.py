"""What internal audit reads from its neighbours (standards, documents, nonconformities), in one place.

Each function goes through the other app's published selectors or services (the cross-app
contracts of the project).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse


def edition_for(iso_unit):
    """The standard edition the ISO unit's QMS follows (the current edition when not recorded)."""
    from eiso.standards.selectors import isounit_edition

    return isounit_edition(iso_unit)


def edition_clauses(edition) -> QuerySet:
    from eiso.standards.models import Clause
    from eiso.standards.selectors import clauses_of

    if edition is None:
        return Clause.objects.none()
    return clauses_of(edition).select_related("edition").order_by("order")


def procedure_steps(edition) -> list:
    from eiso.documents.selectors import procedure_steps as steps_of

    return list(steps_of(edition))


def _procedures(documents, agency_ids) -> QuerySet:
    from eiso.documents.models import PROCEDURE_KINDS

    return (
        documents.filter(agency_id__in=list(agency_ids), kind__in=list(PROCEDURE_KINDS))
        .select_related("owner_unit")
        .order_by("code")
    )


def agency_procedures(user, agency_ids) -> QuerySet:
    """The procedures (system, TTHC and internal-work) of the agencies that `user` may see."""
    from eiso.documents.selectors import visible_documents

    return _procedures(visible_documents(user), agency_ids)


def procedures_of(agency_ids) -> QuerySet:
    """Every procedure of the agencies (the programme's coverage: its readers see the agency)."""
    from eiso.documents.models import Document

    return _procedures(Document.objects.all(), agency_ids)


def create_nonconformity(*, actor, checklist_item):
    """The nonconformity raised from a finding, prefilled by the nonconformities app."""
    from eiso.nonconformities.services import nonconformity_create_from_finding

    return nonconformity_create_from_finding(actor=actor, checklist_item=checklist_item)


def nonconformities_for_items(item_ids) -> dict:
    """{checklist item id: nonconformity} for the items that already raised one (one query)."""
    from eiso.nonconformities.models import Nonconformity

    rows = Nonconformity.objects.filter(finding_id__in=list(item_ids))
    return {row.finding_id: row for row in rows}


def nonconformity_url(nonconformity) -> str:
    return reverse("nonconformities:detail", args=[nonconformity.pk])
