"""Recording and moving a nonconformity through its lifecycle; its corrective actions; the
corrective action request form (DOCX/PDF)."""

from __future__ import annotations

import mimetypes

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core import documents as docs
from eiso.core.errors import DomainError
from eiso.nonconformities import documents, permissions, selectors, services
from eiso.nonconformities.forms import (
    ActionDoneForm,
    ActionForm,
    AnalysisForm,
    NonconformityForm,
    VerificationForm,
)
from eiso.nonconformities.models import WHY_COUNT, ActionStatus
from eiso.nonconformities.services.notices import action_url
from eiso.nonconformities.views._common import agency_from_request, deny_unless, done
from eiso.organizations.views._helpers import call_service, post_action


def _detail_url(nc) -> str:
    return reverse("nonconformities:detail", args=[nc.pk])


def _form_page(request, form, *, title, agency, nc=None, submit=None, intro=""):
    context = {
        "multipart": form.is_multipart(),
        "form": form,
        "title": title,
        "agency": agency,
        "nc": nc,
        "submit": submit or _("Save"),
        "intro": intro,
    }
    return render(request, "nonconformities/form_page.html", context)


@login_required
def nonconformity_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_record_any(request.user, agency))
    initial = {"detected_on": timezone.localdate()}
    form = NonconformityForm(request.POST or None, agency=agency, initial=initial)
    if request.method == "POST" and form.is_valid():
        if not permissions.can_record(request.user, agency, form.cleaned_data["unit"]):
            form.add_domain_error(
                DomainError(
                    _("You may record nonconformities only of the units you head."), field="unit"
                )
            )
            return _form_page(request, form, title=_("Record a nonconformity"), agency=agency)
        nc = call_service(
            form,
            services.nonconformity_create,
            actor=request.user,
            agency=agency,
            **form.cleaned_data,
        )
        if nc is not None:
            return done(
                request,
                _("Nonconformity %(number)s recorded.") % {"number": nc.number},
                _detail_url(nc),
            )
    return _form_page(request, form, title=_("Record a nonconformity"), agency=agency)


@login_required
def nonconformity_edit(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_handle(request.user, nc))
    initial = {
        "source": nc.source,
        "description": nc.description,
        "evidence": nc.evidence,
        "clause": nc.clause_id,
        "unit": nc.unit_id,
        "severity": nc.severity,
        "detected_on": nc.detected_on,
    }
    form = NonconformityForm(request.POST or None, agency=nc.agency, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.nonconformity_update,
            actor=request.user,
            nonconformity=nc,
            **form.cleaned_data,
        )
        if saved is not None:
            return done(request, _("Nonconformity saved."), _detail_url(nc))
    return _form_page(
        request,
        form,
        title=_("Edit nonconformity %(number)s") % {"number": nc.number},
        agency=nc.agency,
        nc=nc,
    )


@login_required
def nonconformity_analyse(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_handle(request.user, nc))
    initial = {"correction": nc.correction, "root_cause": nc.root_cause}
    for index, answer in enumerate(nc.whys[:WHY_COUNT], start=1):
        initial[f"why_{index}"] = answer
    form = AnalysisForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.nonconformity_analyse,
            actor=request.user,
            nonconformity=nc,
            **form.service_values(),
        )
        if saved is not None:
            return done(request, _("Analysis saved."), _detail_url(nc))
    return _form_page(
        request,
        form,
        title=_("Analyse nonconformity %(number)s") % {"number": nc.number},
        agency=nc.agency,
        nc=nc,
        intro=_(
            "Ask “why?” about the nonconformity, then about each answer, up to five times, "
            "until you reach a cause that can be removed: that is the root cause."
        ),
    )


@login_required
def action_add(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_handle(request.user, nc))
    form = ActionForm(request.POST or None, agency=nc.agency, initial={"unit": nc.unit_id})
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.action_create, actor=request.user, nonconformity=nc, **form.cleaned_data
        )
        if saved is not None:
            return done(request, _("Corrective action added."), _detail_url(nc))
    return _form_page(
        request,
        form,
        title=_("Add a corrective action to %(number)s") % {"number": nc.number},
        agency=nc.agency,
        nc=nc,
    )


@login_required
def action_edit(request, action_id):
    action = selectors.get_action_for_user_or_404(request.user, action_id)
    nc = action.nonconformity
    allowed = (
        permissions.can_handle(request.user, nc)
        if nc is not None
        else permissions.can_decide_proposal(request.user, action.agency)
    )
    deny_unless(allowed)
    initial = {
        "description": action.description,
        "owner": action.owner_id,
        "unit": action.unit_id,
        "due_date": action.due_date,
    }
    form = ActionForm(request.POST or None, agency=action.agency, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form, services.action_update, actor=request.user, action=action, **form.cleaned_data
        )
        if saved is not None:
            return done(request, _("The action was saved."), action_url(action))
    return _form_page(request, form, title=_("Edit the action"), agency=action.agency, nc=nc)


@login_required
def action_done(request, action_id):
    action = selectors.get_action_for_user_or_404(request.user, action_id)
    deny_unless(permissions.can_update_action(request.user, action))
    form = ActionDoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.action_set_status,
            actor=request.user,
            action=action,
            status=ActionStatus.DONE,
            **form.cleaned_data,
        )
        if saved is not None:
            return done(request, _("Action marked as done."), action_url(action))
    return _form_page(
        request,
        form,
        title=_("Mark the action as done"),
        agency=action.agency,
        nc=action.nonconformity,
        intro=action.description,
        submit=_("Mark as done"),
    )


@login_required
@require_POST
def action_reopen(request, action_id):
    action = selectors.get_action_for_user_or_404(request.user, action_id)
    deny_unless(permissions.can_update_action(request.user, action))
    return post_action(
        request,
        services.action_set_status,
        action=action,
        status=ActionStatus.OPEN,
        success=_("Action reopened."),
        next_url=action_url(action),
    )


@login_required
@require_POST
def nonconformity_start(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_handle(request.user, nc))
    return post_action(
        request,
        services.nonconformity_start,
        nonconformity=nc,
        success=_("Corrective actions are now in progress."),
        next_url=_detail_url(nc),
    )


@login_required
@require_POST
def nonconformity_request_verification(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_handle(request.user, nc))
    return post_action(
        request,
        services.nonconformity_request_verification,
        nonconformity=nc,
        success=_("Sent for effectiveness verification."),
        next_url=_detail_url(nc),
    )


@login_required
def nonconformity_verify(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_verify(request.user, nc))
    form = VerificationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.nonconformity_verify,
            actor=request.user,
            nonconformity=nc,
            **form.cleaned_data,
        )
        if saved is not None:
            message = (
                _("Effectiveness confirmed; the nonconformity can be closed.")
                if saved.effective
                else _("Not effective: the nonconformity goes back to analysis.")
            )
            return done(request, message, _detail_url(nc))
    return _form_page(
        request,
        form,
        title=_("Check the effectiveness of %(number)s") % {"number": nc.number},
        agency=nc.agency,
        nc=nc,
        submit=_("Record the check"),
    )


@login_required
@require_POST
def nonconformity_close(request, nonconformity_id):
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    deny_unless(permissions.can_close(request.user, nc))
    return post_action(
        request,
        services.nonconformity_close,
        nonconformity=nc,
        success=_("Nonconformity closed."),
        next_url=_detail_url(nc),
    )


@require_safe
@login_required
def verification_evidence(request, verification_id):
    verification = selectors.get_verification_for_user_or_404(request.user, verification_id)
    if not verification.evidence_file:
        raise Http404
    try:
        handle = verification.evidence_file.open("rb")
    except OSError as exc:
        raise Http404 from exc
    name = verification.evidence_file.name
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=verification.evidence_name or "minh-chung",
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
@login_required
def request_form(request, nonconformity_id, extension):
    """Phiếu yêu cầu hành động khắc phục of one nonconformity, DOCX or PDF."""
    nc = selectors.get_nonconformity_for_user_or_404(request.user, nonconformity_id)
    document = documents.build_request_form(
        nc, list(selectors.actions_of(nc)), list(selectors.verifications_of(nc))
    )
    return docs.render_response(document, extension, documents.filename(nc))
