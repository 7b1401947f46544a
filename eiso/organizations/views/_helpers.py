"""Small helpers shared by the organisation views."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect

from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied


def deny_unless(allowed: bool) -> None:
    """403 unless allowed (the object itself was already fetched visible-or-404)."""
    if not allowed:
        raise HttpPermissionDenied


def paginate(request, queryset, per_page: int | None = None):
    paginator = Paginator(queryset, per_page or settings.EISO_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def call_service(form, service, **kwargs):
    """Run a service; a domain error goes onto the form (None is returned), a denial is a 403."""
    try:
        return service(**kwargs)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        form.add_domain_error(exc)
        return None


def post_action(request, service, *, success: str, next_url: str, **kwargs):
    """A one-button action (deactivate, revoke…): message and redirect either way."""
    try:
        service(actor=request.user, **kwargs)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, success)
    return redirect(next_url)
