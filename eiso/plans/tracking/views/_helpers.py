"""Helpers shared by the tracking views."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.core.paginator import Paginator

from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied


def deny_unless(allowed: bool) -> None:
    if not allowed:
        raise HttpPermissionDenied


def paginate(request, queryset, *, param: str = "page"):
    return Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(request.GET.get(param))


def call_service(form, service, **kwargs):
    """Run a service: a domain error goes onto the form (None returned), a denial is a 403."""
    try:
        return service(**kwargs)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        form.add_domain_error(exc)
        return None


def year_param(request, default: int) -> int:
    try:
        year = int(request.GET.get("year", default))
    except (TypeError, ValueError):
        return default
    return year if 2000 <= year <= 2100 else default
