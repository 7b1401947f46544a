"""The working-day calendar page and its exception forms (system administrators only)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from eiso.core.errors import DomainError
from eiso.core.forms import CalendarExceptionForm
from eiso.core.workdays import selectors, services
from eiso.core.workdays.permissions import (
    can_manage_exception,
    can_view_calendar,
    manageable_provinces,
)
from eiso.organizations.access import access_for


def _require_viewer(user) -> None:
    if not can_view_calendar(user):
        raise PermissionDenied


def _selected_province(request, provinces):
    """The province chosen in the query string among the user's, or the default scope.

    A global administrator's default is the whole country (None); a province administrator's
    is their (first) province.
    """
    wanted = request.GET.get("province", "")
    try:
        wanted_id = uuid.UUID(wanted) if wanted else None
    except ValueError:
        wanted_id = None
    for province in provinces:
        if province.pk == wanted_id:
            return province
    if access_for(request.user).global_admin:
        return None
    return provinces[0] if provinces else None


def _calendar_url(year: int, province_id) -> str:
    query = {"year": year}
    if province_id:
        query["province"] = province_id
    return f"{reverse('core:calendar')}?{urlencode(query)}"


@login_required
@require_GET
def calendar_page(request):
    _require_viewer(request.user)
    this_year = timezone.localdate().year
    year = selectors.parse_year(request.GET.get("year"), this_year)
    provinces = list(manageable_provinces(request.user).order_by("name"))
    province = _selected_province(request, provinces)
    province_id = province.pk if province else None
    exceptions = selectors.exceptions_for_year(request.user, year, province_id)
    page = Paginator(exceptions, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
    for exception in page.object_list:
        exception.editable = can_manage_exception(request.user, exception)
    months = selectors.month_summaries(year, province_id)
    years = sorted({*range(this_year - 3, this_year + 3), year})
    context = {
        "year": year,
        "years": years,
        "previous_year": year - 1 if year > selectors.MIN_YEAR else None,
        "next_year": year + 1 if year < selectors.MAX_YEAR else None,
        "provinces": provinces,
        "province": province,
        "is_global_admin": access_for(request.user).global_admin,
        "months": months,
        "total_days": sum(m.days for m in months),
        "total_working_days": sum(m.working_days for m in months),
        "total_days_off": sum(m.days_off for m in months),
        "holidays": selectors.package_holidays_of(year, province_id),
        "page": page,
        "create_url": _calendar_form_url("core:calendar_exception_create", year, province_id),
    }
    return render(request, "core/calendar.html", context)


def _calendar_form_url(name: str, year: int, province_id, *args) -> str:
    query = {"year": year, **({"province": province_id} if province_id else {})}
    return f"{reverse(name, args=args)}?{urlencode(query)}"


def _apply_domain_error(form, error: DomainError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, str(error.message))


def _form_context(form, *, title, year, province_id, exception=None) -> dict:
    return {
        "form": form,
        "title": title,
        "exception": exception,
        "back_url": _calendar_url(year, province_id),
    }


def _scope_from_query(request):
    year = selectors.parse_year(request.GET.get("year"), timezone.localdate().year)
    provinces = list(manageable_provinces(request.user).order_by("name"))
    province = _selected_province(request, provinces)
    return year, (province.pk if province else None)


@login_required
@require_http_methods(["GET", "POST"])
def calendar_exception_create(request):
    _require_viewer(request.user)
    year, province_id = _scope_from_query(request)
    if request.method == "POST":
        form = CalendarExceptionForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                exception = services.calendar_exception_create(
                    actor=request.user, **_form_values(form)
                )
            except DomainError as error:
                _apply_domain_error(form, error)
            else:
                messages.success(request, _("The calendar exception was added."))
                return redirect(_calendar_url(exception.date.year, exception.province_id))
    else:
        form = CalendarExceptionForm(user=request.user, initial={"province": province_id})
    context = _form_context(
        form, title=_("Add calendar exception"), year=year, province_id=province_id
    )
    return render(request, "core/calendar_exception_form.html", context)


def _form_values(form) -> dict:
    data = form.cleaned_data
    return {
        "date": data["date"],
        "kind": data["kind"],
        "note": data["note"],
        "province": data["province"],
    }


def _editable_exception_or_403(request, pk):
    _require_viewer(request.user)
    exception = selectors.get_exception_for_user_or_404(request.user, pk)
    if not can_manage_exception(request.user, exception):
        raise PermissionDenied
    return exception


@login_required
@require_http_methods(["GET", "POST"])
def calendar_exception_update(request, pk):
    exception = _editable_exception_or_403(request, pk)
    year, province_id = exception.date.year, exception.province_id
    if request.method == "POST":
        form = CalendarExceptionForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                services.calendar_exception_update(
                    actor=request.user, exception=exception, **_form_values(form)
                )
            except DomainError as error:
                _apply_domain_error(form, error)
            else:
                messages.success(request, _("The calendar exception was saved."))
                return redirect(_calendar_url(exception.date.year, exception.province_id))
    else:
        form = CalendarExceptionForm(
            user=request.user, initial=CalendarExceptionForm.initial_for(exception)
        )
    context = _form_context(
        form,
        title=_("Edit calendar exception"),
        year=year,
        province_id=province_id,
        exception=exception,
    )
    return render(request, "core/calendar_exception_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def calendar_exception_delete(request, pk):
    exception = _editable_exception_or_403(request, pk)
    back_url = _calendar_url(exception.date.year, exception.province_id)
    if request.method == "POST":
        services.calendar_exception_delete(actor=request.user, exception=exception)
        messages.success(request, _("The calendar exception was deleted."))
        return redirect(back_url)
    return render(
        request,
        "core/calendar_exception_confirm_delete.html",
        {"exception": exception, "back_url": back_url},
    )
