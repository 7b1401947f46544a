"""Pages of the records register: the units of an agency with their register of the year, one
unit's register (lines, differences since it was established), its own lines, establishing, and
the Excel / DOCX / PDF downloads. Thin: parse → selector/service → page."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core import documents as docs
from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied
from eiso.core.history import url_for as history_url
from eiso.organizations import selectors as org_selectors
from eiso.records import permissions, selectors, services
from eiso.records.documents import build_register_document, printed_rows, register_xlsx
from eiso.records.forms import ManualRecordForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _deny_unless(allowed: bool) -> None:
    if not allowed:
        raise HttpPermissionDenied


def _year(raw) -> int:
    text = str(raw or "")
    if text.isdigit() and 2000 <= int(text) <= 2100:
        return int(text)
    return timezone.localdate().year


def _agency(request):
    agency_id = request.GET.get("agency")
    if agency_id:
        return org_selectors.get_agency_for_user_or_404(request.user, agency_id)
    agencies = org_selectors.agencies_for_user(request.user)
    active_id = getattr(request.user, "active_agency_id", None)
    agency = agencies.filter(pk=active_id).first() if active_id else None
    return agency or agencies.first()


@require_safe
@login_required
def index(request):
    agency = _agency(request)
    year = _year(request.GET.get("year"))
    context: dict = {"agency": agency, "year": year}
    if agency is not None:
        units = org_selectors.units_for_user(request.user, agency).filter(is_active=True)
        page = Paginator(units, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
        today = timezone.localdate().year
        context.update(
            {
                "agencies": org_selectors.agencies_for_user(request.user)[:300],
                "years": sorted({today + 1, today, today - 1, *selectors.years_of(agency)})[::-1],
                "page": page,
                "rows": selectors.units_overview(agency, year, page.object_list),
            }
        )
    return render(request, "records/index.html", context)


def _register_context(request, unit, year) -> dict:
    register = selectors.register_of(unit, year)
    lines = selectors.current_lines(unit, register)
    diff = selectors.differences(register, lines)
    return {
        "unit": unit,
        "agency": unit.agency,
        "year": year,
        "register": register,
        "lines": lines,
        "diff": diff,
        "can_keep": permissions.can_keep_register(request.user, unit),
        # The register's own events and those of its lines.
        "history_url": f"{history_url(register)}?sub=1" if register is not None else "",
    }


@require_safe
@login_required
def detail(request, unit_id, year):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    return render(request, "records/detail.html", _register_context(request, unit, _year(year)))


def _detail_url(unit, year) -> str:
    return reverse("records:detail", args=[unit.pk, year])


def _save_entry(request, form, service, **kwargs):
    try:
        return service(actor=request.user, **kwargs, **form.values())
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        form.add_domain_error(exc)
        return None


@login_required
def entry_add(request, unit_id, year):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    _deny_unless(permissions.can_keep_register(request.user, unit))
    year = _year(year)
    form = ManualRecordForm(request.POST or None, initial={"owner_unit": unit.name})
    if request.method == "POST" and form.is_valid():
        entry = _save_entry(request, form, services.manual_record_add, unit=unit, year=year)
        if entry is not None:
            messages.success(request, _("Line added to the register."))
            return redirect(_detail_url(unit, year))
    return render(request, "records/entry_form.html", {"form": form, "unit": unit, "year": year})


@login_required
def entry_edit(request, unit_id, year, entry_id):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    year = _year(year)
    entry = selectors.get_manual_record_or_404(selectors.register_of(unit, year), entry_id)
    _deny_unless(permissions.can_keep_register(request.user, unit))
    initial = {name: getattr(entry, name) for name in services.ENTRY_FIELDS}
    form = ManualRecordForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = _save_entry(request, form, services.manual_record_update, entry=entry)
        if saved is not None:
            messages.success(request, _("Line saved."))
            return redirect(_detail_url(unit, year))
    context = {"form": form, "unit": unit, "year": year, "entry": entry}
    return render(request, "records/entry_form.html", context)


@require_POST
@login_required
def entry_delete(request, unit_id, year, entry_id):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    year = _year(year)
    entry = selectors.get_manual_record_or_404(selectors.register_of(unit, year), entry_id)
    _deny_unless(permissions.can_keep_register(request.user, unit))
    services.manual_record_delete(actor=request.user, entry=entry)
    messages.success(request, _("Line removed from the register."))
    return redirect(_detail_url(unit, year))


@require_POST
@login_required
def establish(request, unit_id, year):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    _deny_unless(permissions.can_keep_register(request.user, unit))
    year = _year(year)
    try:
        services.register_establish(actor=request.user, unit=unit, year=year)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Register established: its lines are kept as of today."))
    return redirect(_detail_url(unit, year))


def _filename(unit, year) -> str:
    return f"Danh mục hồ sơ {year} - {unit.name}"


@require_safe
@login_required
def export_excel(request, unit_id, year):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    year = _year(year)
    register = selectors.register_of(unit, year)
    lines = selectors.current_lines(unit, register)
    response = HttpResponse(register_xlsx(unit, year, register, lines), content_type=XLSX)
    response["Content-Disposition"] = docs.content_disposition(f"{_filename(unit, year)}.xlsx")
    return response


@require_safe
@login_required
def document_download(request, unit_id, year, extension):
    unit = selectors.get_unit_for_user_or_404(request.user, unit_id)
    year = _year(year)
    register = selectors.register_of(unit, year)
    lines = selectors.current_lines(unit, register)
    rows, _established = printed_rows(register, lines)
    if not rows:
        raise Http404
    document = build_register_document(unit, year, register, lines)
    return docs.render_response(document, extension, _filename(unit, year))
