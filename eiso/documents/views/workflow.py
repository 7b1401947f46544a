"""Workflow actions on an edition: submit, review, return, approve, withdraw (POST only)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied
from eiso.documents import selectors, services
from eiso.documents.forms import ApproveForm


def _submit(request, edition):
    services.edition_submit(actor=request.user, edition=edition)
    return _("Submitted for review.")


def _review(request, edition):
    services.edition_review(
        actor=request.user, edition=edition, comment=request.POST.get("comment", "")
    )
    return _("Reviewed; sent to the agency head for approval.")


def _return(request, edition):
    services.edition_return(
        actor=request.user, edition=edition, comment=request.POST.get("comment", "")
    )
    return _("Returned to the author for changes.")


def _approve(request, edition):
    form = ApproveForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Enter the effective date as dd/mm/yyyy."), field="effective_date")
    approved = services.edition_approve(
        actor=request.user,
        edition=edition,
        effective_date=form.cleaned_data["effective_date"],
        comment=request.POST.get("comment", ""),
    )
    if approved.state == "effective":
        return _("Approved; the edition is effective from today.")
    return _("Approved; the edition takes effect on %(date)s.") % {
        "date": approved.effective_date.strftime("%d/%m/%Y")
    }


def _withdraw(request, edition):
    services.edition_withdraw(
        actor=request.user, edition=edition, reason=request.POST.get("reason", "")
    )
    return _("The edition is withdrawn (no longer effective).")


ACTIONS = {
    "submit": _submit,
    "review": _review,
    "return": _return,
    "approve": _approve,
    "withdraw": _withdraw,
}


@login_required
@require_POST
def edition_action(request, pk, action: str):
    if action not in ACTIONS:
        raise Http404
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    try:
        message = ACTIONS[action](request, edition)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, message)
    return redirect("documents:edition", edition.pk)
