"""The audit report: edit (strengths, conclusion) and approve by the lead auditor; DOCX/PDF."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.audits import document, permissions, selectors, services
from eiso.audits.forms import ReportForm
from eiso.audits.models import AuditStatus
from eiso.core import documents as docs
from eiso.organizations.views._helpers import call_service, deny_unless, post_action


def report_url(audit) -> str:
    return reverse("audits:report", args=[audit.pk])


@login_required
def report(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    if audit.status not in (AuditStatus.COMPLETED, AuditStatus.REPORTED):
        raise Http404
    can_edit = permissions.can_edit_report(request.user, audit)
    form = None
    if can_edit:
        form = ReportForm(
            request.POST or None,
            initial={"strengths": audit.strengths, "conclusion": audit.conclusion},
        )
        if request.method == "POST" and form.is_valid():
            done = call_service(
                form,
                services.report_save,
                actor=request.user,
                audit=audit,
                strengths=form.cleaned_data["strengths"],
                conclusion=form.cleaned_data["conclusion"],
            )
            if done is not None:
                messages.success(request, _("Report saved."))
                return redirect(report_url(audit))
    elif request.method == "POST":
        deny_unless(False)
    counts = selectors.result_counts(audit)
    context = {
        "audit": audit,
        "programme": audit.programme,
        "form": form,
        "findings": selectors.findings_by_unit(audit),
        "counts": counts,
        "can_approve": permissions.can_approve_report(request.user, audit),
    }
    return render(request, "audits/report.html", context)


@require_POST
@login_required
def report_approve(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    deny_unless(permissions.can_approve_report(request.user, audit))
    return post_action(
        request,
        services.report_approve,
        audit=audit,
        success=_("Report approved."),
        next_url=report_url(audit),
    )


@require_safe
@login_required
def report_download(request, audit_id, extension):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    if audit.status not in (AuditStatus.COMPLETED, AuditStatus.REPORTED):
        raise Http404
    return docs.render_response(document.build(audit), extension, document.filename(audit))
