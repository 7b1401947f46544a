"""Reads of the TTHC catalogue, agency scopes and coverage, each scoped to the user.

Coverage counts a TTHC of the scope (an active catalogue entry) as:
- covered: mapped to a procedure that has an effective edition;
- draft only: mapped to a procedure with no effective edition yet;
- without procedure: not mapped.
Counts are aggregated in SQL (a fixed number of queries whatever the number of agencies).
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import (
    Case,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404

from eiso.organizations.models import Agency, Province
from eiso.procedures import permissions
from eiso.procedures.models import TTHC, AgencyTTHC, CatalogueImport, TTHCLevel

STATUS_COVERED = "covered"
STATUS_DRAFT = "draft"
STATUS_NONE = "none"

COVERED = Q(procedure__effective_edition__isnull=False)
DRAFT_ONLY = Q(procedure__isnull=False, procedure__effective_edition__isnull=True)
WITHOUT = Q(procedure__isnull=True)
# The same, seen from an agency (its `tthc_scope` rows).
AGENCY_COVERED = Q(tthc_scope__procedure__effective_edition__isnull=False)
AGENCY_DRAFT_ONLY = Q(
    tthc_scope__procedure__isnull=False, tthc_scope__procedure__effective_edition__isnull=True
)
AGENCY_WITHOUT = Q(tthc_scope__procedure__isnull=True)


def _get_or_404(queryset: QuerySet, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, ValidationError):
        raise Http404 from None


# Catalogue ------------------------------------------------------------------------------------


def catalogue(
    user,
    province: Province,
    *,
    q: str = "",
    field: str = "",
    level: str = "",
    active: bool | None = True,
    agency: Agency | None = None,
) -> QuerySet[TTHC]:
    tthcs = permissions.visible_tthc(user).filter(province=province)
    if q:
        tthcs = tthcs.filter(Q(code__icontains=q) | Q(name__icontains=q))
    if field:
        tthcs = tthcs.filter(field=field)
    if level:
        tthcs = tthcs.filter(level=level)
    if active is not None:
        tthcs = tthcs.filter(is_active=active)
    if agency is not None:
        in_scope = AgencyTTHC.objects.filter(agency=agency).values("tthc_id")
        tthcs = tthcs.filter(Q(implementing_agency=agency) | Q(pk__in=in_scope))
    # The scope count of each row is a subquery (not a join and GROUP BY over every scope row of
    # the province): the page is read in code order from the index and the count is plain.
    scope_count = (
        AgencyTTHC.objects.filter(tthc=OuterRef("pk"))
        .order_by()
        .values("tthc")
        .annotate(n=Count("id"))
        .values("n")
    )
    return (
        tthcs.select_related("implementing_agency")
        .annotate(scope_count=Coalesce(Subquery(scope_count, output_field=IntegerField()), 0))
        .order_by("code")
    )


def fields_of(province: Province) -> list[str]:
    return list(
        TTHC.objects.filter(province=province, is_active=True)
        .order_by("field")
        .values_list("field", flat=True)
        .distinct()
    )


def get_tthc_for_user_or_404(user, tthc_id) -> TTHC:
    return _get_or_404(
        permissions.visible_tthc(user).select_related("province", "implementing_agency"), tthc_id
    )


def scopes_of_tthc(user, tthc: TTHC) -> QuerySet[AgencyTTHC]:
    return (
        permissions.visible_scopes(user)
        .filter(tthc=tthc)
        .select_related("agency", "procedure", "procedure__effective_edition")
        .order_by("agency__name")
    )


def user_province(user) -> Province | None:
    """The province whose catalogue the user sees first: their active agency's, else the first
    they read."""
    agency = getattr(user, "active_agency", None)
    if agency is not None:
        return agency.province
    return readable_provinces(user).first()


def readable_provinces(user) -> QuerySet[Province]:
    from eiso.organizations.access import access_for

    if access_for(user).global_admin:
        with_catalogue = Province.objects.filter(tthc__isnull=False).distinct().order_by("name")
        return with_catalogue if with_catalogue.exists() else Province.objects.order_by("name")
    return Province.objects.filter(id__in=permissions.readable_province_ids(user)).order_by("name")


def get_province_for_user_or_404(user, province_id) -> Province:
    province = _get_or_404(Province.objects.all(), province_id)
    if not permissions.can_read_province(user, province):
        raise Http404
    return province


def imports_of(user, province: Province) -> QuerySet[CatalogueImport]:
    return (
        permissions.visible_imports(user)
        .filter(province=province)
        .select_related("agency", "created_by")
        .defer("content")
    )


def get_import_for_user_or_404(user, import_id) -> CatalogueImport:
    return _get_or_404(
        permissions.visible_imports(user).select_related("province", "agency").defer("content"),
        import_id,
    )


# Scope -----------------------------------------------------------------------------------------


def agency_scope(agency: Agency) -> QuerySet[AgencyTTHC]:
    """Every TTHC in the agency's scope (for other apps, e.g. the documents demo step that maps
    procedures). Not user-scoped: callers authorise the agency first."""
    return (
        AgencyTTHC.objects.filter(agency=agency)
        .select_related("tthc", "procedure")
        .order_by("tthc__code")
    )


def _with_status(scopes: QuerySet[AgencyTTHC]) -> QuerySet[AgencyTTHC]:
    return scopes.annotate(
        coverage=Case(
            When(COVERED, then=Value(STATUS_COVERED)),
            When(DRAFT_ONLY, then=Value(STATUS_DRAFT)),
            default=Value(STATUS_NONE),
        )
    )


def scope_rows(
    user, agency: Agency, *, status: str = "", q: str = "", task_open: bool = False
) -> QuerySet[AgencyTTHC]:
    """The agency's scope as the user sees it, with each row's coverage status."""
    if not permissions.can_view_scope(user, agency):
        return AgencyTTHC.objects.none()
    scopes = AgencyTTHC.objects.filter(agency=agency, tthc__is_active=True)
    if status == STATUS_COVERED:
        scopes = scopes.filter(COVERED)
    elif status == STATUS_DRAFT:
        scopes = scopes.filter(DRAFT_ONLY)
    elif status == STATUS_NONE:
        scopes = scopes.filter(WITHOUT)
    if q:
        scopes = scopes.filter(Q(tthc__code__icontains=q) | Q(tthc__name__icontains=q))
    if task_open:
        scopes = scopes.filter(task_open=True)
    return _with_status(
        scopes.select_related("tthc", "procedure", "procedure__effective_edition")
    ).order_by("tthc__field", "tthc__code")


def get_scope_for_user_or_404(user, scope_id) -> AgencyTTHC:
    return _get_or_404(
        permissions.visible_scopes(user).select_related(
            "agency", "agency__province", "tthc", "procedure"
        ),
        scope_id,
    )


def tthcs_for_document(document) -> list[TTHC]:
    """The TTHC a procedure implements (similar TTHC may share one procedure), by code."""
    return list(
        TTHC.objects.filter(
            scopes__procedure=document, scopes__agency_id=document.agency_id
        ).order_by("code")
    )


def tthc_for_document(document) -> TTHC | None:
    """The TTHC a procedure implements; with several, the one with the shortest legal time
    (the binding limit). `legal_days` gives its time in working days."""
    found = tthcs_for_document(document)
    if not found:
        return None
    return min(found, key=lambda t: (t.legal_days, t.code))


def mappable_procedures(agency: Agency):
    """TTHC-procedure documents of the agency (the choices of "map to procedure")."""
    from eiso.documents.models import Document, Kind

    return Document.objects.filter(agency=agency, kind=Kind.PROCEDURE_TTHC).order_by("code")


# Coverage --------------------------------------------------------------------------------------


def _percent(part, whole):
    return Case(
        When(
            **{f"{whole}__gt": 0},
            then=ExpressionWrapper(
                F(part) * Value(Decimal("100.0")) / F(whole),
                output_field=DecimalField(max_digits=6, decimal_places=2),
            ),
        ),
        default=Value(Decimal("0")),
        output_field=DecimalField(max_digits=6, decimal_places=2),
    )


def agency_coverage(agency: Agency) -> dict:
    """{in_scope, covered, draft, without, percent} of one agency (one query)."""
    counts = AgencyTTHC.objects.filter(agency=agency, tthc__is_active=True).aggregate(
        in_scope=Count("id"),
        covered=Count("id", filter=COVERED),
        draft=Count("id", filter=DRAFT_ONLY),
        without=Count("id", filter=WITHOUT),
    )
    counts["percent"] = (
        round(counts["covered"] * 100 / counts["in_scope"], 1) if counts["in_scope"] else None
    )
    return counts


SORTS = {
    "name": ("name",),
    "-name": ("-name",),
    "percent": ("percent", "name"),
    "-percent": ("-percent", "name"),
    "in_scope": ("in_scope", "name"),
    "-in_scope": ("-in_scope", "name"),
    "without": ("without", "name"),
    "-without": ("-without", "name"),
}


def province_coverage(user, province: Province, *, sort: str = "percent", kind: str = ""):
    """Agencies of the province with their coverage counts and percentage (sortable), or none
    when the user may not read the whole province."""
    if not permissions.can_view_province_coverage(user, province):
        return Agency.objects.none()
    agencies = Agency.objects.filter(province=province, is_active=True)
    if kind:
        agencies = agencies.filter(kind=kind)
    # One pass over the province's scope rows, grouped by agency (rather than four correlated
    # subqueries per agency).
    active = Q(tthc_scope__tthc__is_active=True)
    agencies = agencies.annotate(
        in_scope=Count("tthc_scope", filter=active),
        covered=Count("tthc_scope", filter=active & AGENCY_COVERED),
        draft=Count("tthc_scope", filter=active & AGENCY_DRAFT_ONLY),
        without=Count("tthc_scope", filter=active & AGENCY_WITHOUT),
    ).annotate(percent=_percent("covered", "in_scope"))
    return agencies.order_by(*SORTS.get(sort, SORTS["percent"]))


def province_totals(user, province: Province) -> dict:
    """Province-wide counts (one query)."""
    if not permissions.can_view_province_coverage(user, province):
        return {"in_scope": 0, "covered": 0, "draft": 0, "without": 0, "percent": None}
    counts = AgencyTTHC.objects.filter(
        agency__province=province, agency__is_active=True, tthc__is_active=True
    ).aggregate(
        in_scope=Count("id"),
        covered=Count("id", filter=COVERED),
        draft=Count("id", filter=DRAFT_ONLY),
        without=Count("id", filter=WITHOUT),
    )
    counts["catalogue"] = TTHC.objects.filter(province=province, is_active=True).count()
    counts["percent"] = (
        round(counts["covered"] * 100 / counts["in_scope"], 1) if counts["in_scope"] else None
    )
    return counts


def coverage_totals(rows, province: Province) -> dict:
    """`province_totals` from the rows of an unfiltered `province_coverage` (every active agency
    of the province), without a second pass over the scope rows."""
    counts = {
        key: sum(getattr(row, key) for row in rows)
        for key in ("in_scope", "covered", "draft", "without")
    }
    counts["catalogue"] = TTHC.objects.filter(province=province, is_active=True).count()
    counts["percent"] = (
        round(counts["covered"] * 100 / counts["in_scope"], 1) if counts["in_scope"] else None
    )
    return counts


def open_tasks(agency_ids) -> QuerySet[AgencyTTHC]:
    """Open "newly in scope" tasks of these agencies, earliest due first."""
    return (
        AgencyTTHC.objects.filter(agency_id__in=agency_ids, task_open=True, tthc__is_active=True)
        .select_related("tthc", "agency")
        .order_by("due_date", "tthc__code")
    )


LEVEL_CHOICES = TTHCLevel.choices
