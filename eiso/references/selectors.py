"""Reads of external documents, always scoped to what the user may see."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db.models import Q, QuerySet, TextField, Value
from django.db.models.functions import Concat
from django.http import Http404
from django.utils.translation import gettext as _

from eiso.documents.permissions import visible_documents
from eiso.documents.selectors import documents_citing
from eiso.organizations.access import access_for
from eiso.organizations.models import Agency, Province
from eiso.organizations.search import Fold, fold
from eiso.references.models import ExternalDocument, ExternalStatusChange, Scope, Status
from eiso.references.permissions import coordinated_agencies, visible_external_documents

CHAIN_LIMIT = 10
ISSUER_LIMIT = 200

SORTS = {
    "issued": ("-issued_date", "number", "id"),
    "-issued": ("issued_date", "number", "id"),
    "number": ("number", "id"),
    "effective": ("-effective_date", "number", "id"),
}


def search_external_documents(
    user,
    *,
    q: str = "",
    kind: str = "",
    status: str = "",
    issuer: str = "",
    scope: str = "",
    sort: str = "issued",
) -> QuerySet[ExternalDocument]:
    """The list: visible documents filtered (accent-insensitive `q` over number, title and
    issuer), with what each row shows loaded in the same query."""
    queryset = visible_external_documents(user).select_related("province", "agency", "replaced_by")
    term = fold(q)
    if term:
        # number/issuer are CharFields, the title a TextField: PostgreSQL needs the result's type.
        text = Concat("number", Value(" "), "title", Value(" "), "issuer", output_field=TextField())
        queryset = queryset.annotate(search_text=Fold(text)).filter(search_text__contains=term)
    if kind:
        queryset = queryset.filter(kind=kind)
    if status:
        queryset = queryset.filter(status=status)
    if issuer:
        queryset = queryset.filter(issuer=issuer)
    if scope == Scope.NATIONAL:
        queryset = queryset.filter(province__isnull=True)
    elif scope == Scope.PROVINCE:
        queryset = queryset.filter(province__isnull=False, agency__isnull=True)
    elif scope == Scope.AGENCY:
        queryset = queryset.filter(agency__isnull=False)
    return queryset.order_by(*SORTS.get(sort, SORTS["issued"]))


def issuers_for(user) -> list[str]:
    """Distinct issuers of the visible documents (the issuer filter's choices)."""
    rows = (
        visible_external_documents(user)
        .order_by("issuer")
        .values_list("issuer", flat=True)
        .distinct()[:ISSUER_LIMIT]
    )
    return list(rows)


def get_external_for_user_or_404(user, document_id) -> ExternalDocument:
    try:
        pk = uuid.UUID(str(document_id))
    except ValueError as exc:
        raise Http404 from exc
    document = (
        visible_external_documents(user)
        .select_related("province", "agency", "replaced_by")
        .filter(pk=pk)
        .first()
    )
    if document is None:
        raise Http404
    return document


def status_history(document: ExternalDocument) -> QuerySet[ExternalStatusChange]:
    return document.status_changes.select_related("replaced_by", "changed_by").order_by(
        "-effective_date", "-created_at"
    )


def replaced_by_chain(user, document: ExternalDocument) -> list[ExternalDocument]:
    """The documents that replaced this one, in order (A → B → C), as far as the user sees."""
    visible = visible_external_documents(user)
    chain: list[ExternalDocument] = []
    seen = {document.pk}
    next_id = document.replaced_by_id
    while next_id is not None and next_id not in seen and len(chain) < CHAIN_LIMIT:
        following = visible.filter(pk=next_id).first()
        if following is None:
            break
        chain.append(following)
        seen.add(following.pk)
        next_id = following.replaced_by_id
    return chain


def replaced_documents(user, document: ExternalDocument) -> QuerySet[ExternalDocument]:
    """The visible documents this one replaced."""
    return visible_external_documents(user).filter(replaced_by=document).order_by("number")


def citing_documents(user, document_ids: list[uuid.UUID]):
    """The internal documents the user may see that cite these external documents (their current
    effective or open draft edition), from the documents app."""
    citing = documents_citing(list(document_ids))
    return (
        citing.filter(pk__in=visible_documents(user).values("pk"))
        .select_related("agency")
        .order_by("agency__name", "code")
    )


def wider_or_same_scope(document: ExternalDocument) -> Q:
    """Documents seen by everyone who sees `document` (a replacement must be one of them)."""
    condition = Q(province__isnull=True)
    if document.province_id is not None:
        condition |= Q(province_id=document.province_id, agency__isnull=True)
    if document.agency_id is not None:
        condition |= Q(agency_id=document.agency_id)
    return condition


def replacement_candidates(user, document: ExternalDocument) -> QuerySet[ExternalDocument]:
    """Documents that may replace `document`: visible, as widely seen, not itself, not replaced."""
    return (
        visible_external_documents(user)
        .filter(wider_or_same_scope(document))
        .exclude(pk=document.pk)
        .exclude(status=Status.REPLACED)
        .order_by("-issued_date", "number")
    )


@dataclass(frozen=True)
class ScopeChoice:
    key: str
    label: str
    province: Province | None
    agency: Agency | None


def manageable_scopes(user) -> list[ScopeChoice]:
    """The scopes the user may register documents in: "national", "province:<id>", "agency:<id>"."""
    access = access_for(user)
    choices: list[ScopeChoice] = []
    if not access.is_authenticated:
        return choices
    if access.global_admin:
        choices.append(ScopeChoice(Scope.NATIONAL, _("National (every province)"), None, None))
    province_ids = access.admin_provinces | access.overseer_provinces
    provinces = Province.objects.all() if access.global_admin else None
    if provinces is None:
        provinces = Province.objects.filter(pk__in=province_ids)
    for province in provinces.order_by("name"):
        label = _("Province: %(name)s") % {"name": province.name}
        choices.append(ScopeChoice(f"province:{province.pk}", label, province, None))
    for agency in coordinated_agencies(user).select_related("province"):
        label = _("Agency: %(name)s") % {"name": agency.name}
        choices.append(ScopeChoice(f"agency:{agency.pk}", label, agency.province, agency))
    return choices
