"""Pages of the TTHC catalogue: the province's list, one TTHC, import with its report, the
template, an agency's scope (add, remove, map to procedure) and the coverage tables."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core.history import url_for as history_url
from eiso.organizations.models import AgencyKind
from eiso.organizations.selectors import get_agency_for_user_or_404
from eiso.organizations.views._helpers import (
    call_service,
    deny_unless,
    paginate,
    post_action,
)
from eiso.procedures import exports, importing, permissions, selectors, services
from eiso.procedures.forms import (
    PROVINCE_WIDE,
    AddCodesForm,
    AddFieldForm,
    CatalogueFilterForm,
    ImportForm,
    MapProcedureForm,
)
from eiso.procedures.models import ImportState

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _province(request):
    """The province of the page: ?province= (checked) or the user's own."""
    if request.GET.get("province"):
        return selectors.get_province_for_user_or_404(request.user, request.GET["province"])
    province = selectors.user_province(request.user)
    if province is None:
        raise Http404
    return province


def _download(content: bytes, name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


@require_safe
@login_required
def index(request):
    province = _province(request)
    form = CatalogueFilterForm(request.GET or None, fields=selectors.fields_of(province))
    data = form.cleaned_data if form.is_valid() else {}
    tthcs = selectors.catalogue(
        request.user,
        province,
        q=data.get("q", ""),
        field=data.get("field", ""),
        level=data.get("level", ""),
        active=form.active_value(),
    )
    agency = request.user.active_agency
    context = {
        "province": province,
        "form": form,
        "page": paginate(request, tthcs),
        "can_import": permissions.can_manage_catalogue(request.user, province)
        or (agency is not None and permissions.can_import_for_agency(request.user, agency)),
        "can_coverage": permissions.can_view_province_coverage(request.user, province),
        "scope_agency": agency
        if agency is not None and permissions.can_view_scope(request.user, agency)
        else None,
        "provinces": selectors.readable_provinces(request.user),
    }
    template = (
        "procedures/_catalogue_results.html" if _is_htmx(request) else "procedures/index.html"
    )
    return render(request, template, context)


@require_safe
@login_required
def tthc_detail(request, tthc_id):
    tthc = selectors.get_tthc_for_user_or_404(request.user, tthc_id)
    context = {
        "tthc": tthc,
        "province": tthc.province,
        "scopes": selectors.scopes_of_tthc(request.user, tthc)[:200],
        "history_url": history_url(tthc),
    }
    return render(request, "procedures/tthc_detail.html", context)


@require_safe
@login_required
def template_download(request):
    if request.GET.get("format") == "csv":
        return _download(exports.template_csv(), "mau-danh-muc-tthc.csv", "text/csv; charset=utf-8")
    return _download(exports.template_xlsx(), "mau-danh-muc-tthc.xlsx", XLSX)


def _import_agencies(user, province):
    return [
        a
        for a in permissions.scope_manageable_agencies(user)
        .filter(province=province)
        .order_by("name")
        if permissions.can_import_for_agency(user, a)
    ]


@login_required
def import_page(request):
    province = _province(request)
    province_wide = permissions.can_manage_catalogue(request.user, province)
    agencies = [] if province_wide else _import_agencies(request.user, province)
    deny_unless(province_wide or bool(agencies))
    form = ImportForm(
        request.POST or None,
        request.FILES or None,
        province_wide=province_wide,
        agencies=agencies,
    )
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["target"]
        agency = (
            None
            if target == PROVINCE_WIDE
            else next((a for a in agencies if str(a.pk) == target), None)
        )
        upload = form.cleaned_data["file"]
        record = call_service(
            form,
            importing.catalogue_import_submit,
            actor=request.user,
            province=province,
            agency=agency,
            content=upload.read(),
            file_name=upload.name,
        )
        if record is not None:
            return redirect("procedures:import_result", record.pk)
    context = {
        "form": form,
        "province": province,
        "imports": selectors.imports_of(request.user, province)[:10],
    }
    return render(request, "procedures/import.html", context)


@require_safe
@login_required
def import_result(request, import_id):
    record = selectors.get_import_for_user_or_404(request.user, import_id)
    context = {
        "record": record,
        "province": record.province,
        "running": record.state in (ImportState.QUEUED, ImportState.RUNNING),
    }
    if _is_htmx(request):
        return render(request, "procedures/_import_status.html", context)
    return render(request, "procedures/import_result.html", context)


# Scope -----------------------------------------------------------------------------------------


def _scope_agency(request, agency_id):
    agency = get_agency_for_user_or_404(request.user, agency_id)
    deny_unless(permissions.can_view_scope(request.user, agency))
    return agency


@require_safe
@login_required
def scope(request, agency_id):
    agency = _scope_agency(request, agency_id)
    status = request.GET.get("status", "")
    rows = selectors.scope_rows(
        request.user,
        agency,
        status=status,
        q=request.GET.get("q", "").strip()[:200],
        task_open=request.GET.get("task") == "open",
    )
    can_manage = permissions.can_manage_scope(request.user, agency)
    fields = selectors.fields_of(agency.province) if can_manage else []
    context = {
        "agency": agency,
        "province": agency.province,
        "coverage": selectors.agency_coverage(agency),
        "page": paginate(request, rows),
        "status": status,
        "task": request.GET.get("task", ""),
        "q": request.GET.get("q", ""),
        "can_manage": can_manage,
        "can_map": permissions.can_map_procedure(request.user, agency),
        "field_form": AddFieldForm(fields=fields, prefix="f") if can_manage else None,
        "codes_form": AddCodesForm(prefix="c") if can_manage else None,
        "today": timezone.localdate(),
    }
    template = "procedures/_scope_results.html" if _is_htmx(request) else "procedures/scope.html"
    return render(request, template, context)


def _scope_url(agency) -> str:
    return reverse("procedures:scope", args=[agency.pk])


def _added_message(request, added) -> None:
    if added:
        messages.success(
            request,
            _("%(count)d TTHC added to the scope; the ISO coordinator has 5 working days.")
            % {"count": len(added)},
        )
    else:
        messages.info(request, _("These TTHC were already in the scope."))


@require_POST
@login_required
def scope_add_field(request, agency_id):
    agency = _scope_agency(request, agency_id)
    deny_unless(permissions.can_manage_scope(request.user, agency))
    form = AddFieldForm(request.POST, fields=selectors.fields_of(agency.province), prefix="f")
    if form.is_valid():
        added = call_service(
            form,
            services.scope_add_field,
            actor=request.user,
            agency=agency,
            field=form.cleaned_data["field"],
            level=form.cleaned_data["level"],
        )
        if added is not None:
            _added_message(request, added)
            return redirect(_scope_url(agency))
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect(_scope_url(agency))


@require_POST
@login_required
def scope_add_codes(request, agency_id):
    agency = _scope_agency(request, agency_id)
    deny_unless(permissions.can_manage_scope(request.user, agency))
    form = AddCodesForm(request.POST, prefix="c")
    if form.is_valid():
        added = call_service(
            form,
            services.scope_add_codes,
            actor=request.user,
            agency=agency,
            codes=form.code_list(),
        )
        if added is not None:
            _added_message(request, added)
            return redirect(_scope_url(agency))
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect(_scope_url(agency) + "?codes=" + request.POST.get("c-codes", "")[:500])


@require_POST
@login_required
def scope_remove(request, scope_id):
    scope_row = selectors.get_scope_for_user_or_404(request.user, scope_id)
    deny_unless(permissions.can_manage_scope(request.user, scope_row.agency))
    return post_action(
        request,
        services.scope_remove,
        success=_("TTHC %(code)s taken out of the scope.") % {"code": scope_row.tthc.code},
        next_url=_scope_url(scope_row.agency),
        scope=scope_row,
    )


@login_required
def scope_map(request, scope_id):
    scope_row = selectors.get_scope_for_user_or_404(request.user, scope_id)
    deny_unless(permissions.can_map_procedure(request.user, scope_row.agency))
    procedures = list(selectors.mappable_procedures(scope_row.agency)[:500])
    form = MapProcedureForm(
        request.POST or None,
        procedures=procedures,
        initial={"procedure": str(scope_row.procedure_id or "")},
    )
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["procedure"]
        document = next((d for d in procedures if str(d.pk) == chosen), None)
        done = call_service(
            form,
            services.scope_map_procedure,
            actor=request.user,
            scope=scope_row,
            document=document,
        )
        if done is not None:
            messages.success(
                request, _("Procedure saved for TTHC %(code)s.") % {"code": scope_row.tthc.code}
            )
            return redirect(_scope_url(scope_row.agency))
    context = {
        "form": form,
        "scope": scope_row,
        "agency": scope_row.agency,
        "province": scope_row.agency.province,
    }
    return render(request, "procedures/scope_map.html", context)


# Coverage --------------------------------------------------------------------------------------


@require_safe
@login_required
def coverage(request):
    province = _province(request)
    deny_unless(permissions.can_view_province_coverage(request.user, province))
    sort = request.GET.get("sort", "percent")
    kind = request.GET.get("kind", "")
    rows = selectors.province_coverage(request.user, province, sort=sort, kind=kind)
    if kind:
        totals = selectors.province_totals(request.user, province)
    else:
        # Every active agency of the province is a row (a few hundred): the totals are their sums.
        rows = list(rows)
        totals = selectors.coverage_totals(rows, province)
    if request.GET.get("format") == "xlsx":
        title = _("Coverage of TTHC by procedures – %(province)s, %(date)s") % {
            "province": province.full_name,
            "date": f"{timezone.localdate():%d/%m/%Y}",
        }
        return _download(
            exports.coverage_xlsx(rows, title, totals), "do-phu-quy-trinh-tthc.xlsx", XLSX
        )
    context = {
        "province": province,
        "page": paginate(request, rows, per_page=50),
        "totals": totals,
        "sort": sort,
        "kind": kind,
        "kinds": AgencyKind.choices,
    }
    template = (
        "procedures/_coverage_results.html" if _is_htmx(request) else "procedures/coverage.html"
    )
    return render(request, template, context)
