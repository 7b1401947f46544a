"""Audit pages: the list, the audit plan (scope, team, timetable) and its lifecycle actions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.audits import permissions, selectors, services
from eiso.audits.forms import AuditFilterForm, AuditPlanForm, CancelForm, SessionForm, TeamForm
from eiso.audits.models import AuditSession, AuditStatus
from eiso.audits.notices import notice_days
from eiso.audits.services.scope import team_of
from eiso.audits.views.programmes import scope_choices
from eiso.core.history import url_for as history_url
from eiso.organizations.views._helpers import call_service, deny_unless, paginate, post_action


def audit_url(audit) -> str:
    return reverse("audits:audit", args=[audit.pk])


@require_safe
@login_required
def audit_list(request):
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    audits = selectors.audits_for_user(
        request.user, year=filters.get("year"), status=filters.get("status") or ""
    )
    return render(
        request, "audits/audit_list.html", {"form": form, "page": paginate(request, audits)}
    )


@require_safe
@login_required
def audit_detail(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    user = request.user
    counts = selectors.result_counts(audit)
    total = sum(counts.values())
    context = {
        "audit": audit,
        "programme": audit.programme,
        "team": team_of(audit),
        "units": audit.units.order_by("path"),
        "clauses": audit.clauses.order_by("order"),
        "procedures": audit.procedures.order_by("code"),
        "sessions": selectors.sessions_of(audit),
        "counts": counts,
        "item_total": total,
        "assessed": total - counts[""],
        "findings": selectors.findings_by_unit(audit),
        "can_edit_plan": permissions.can_edit_plan(user, audit),
        "can_cancel": permissions.can_cancel_audit(user, audit),
        "can_start": permissions.can_start_audit(user, audit),
        "can_complete": permissions.can_complete_fieldwork(user, audit),
        "can_edit_checklist": permissions.can_edit_checklist(user, audit),
        "can_edit_report": permissions.can_edit_report(user, audit),
        "report_ready": audit.status in (AuditStatus.COMPLETED, AuditStatus.REPORTED),
        "history_url": history_url(audit),
        "notice_days": notice_days(),
    }
    return render(request, "audits/audit_detail.html", context)


def _plan_editable(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    deny_unless(permissions.can_edit_plan(request.user, audit))
    return audit


@login_required
def audit_edit(request, audit_id):
    audit = _plan_editable(request, audit_id)
    initial = {
        "title": audit.title,
        "planned_month": audit.planned_month,
        "start_date": audit.start_date,
        "end_date": audit.end_date,
        "objectives": audit.objectives,
        "criteria": audit.criteria,
        "units": list(audit.units.all()),
        "clauses": list(audit.clauses.all()),
        "procedures": list(audit.procedures.all()),
    }
    form = AuditPlanForm(
        request.POST or None, initial=initial, **scope_choices(request.user, audit.programme)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = call_service(
            form,
            services.audit_update_plan,
            actor=request.user,
            audit=audit,
            title=data["title"],
            planned_month=data["planned_month"],
            start_date=data["start_date"],
            end_date=data["end_date"],
            objectives=data["objectives"],
            criteria=data["criteria"],
            units=data["units"],
            clauses=data["clauses"],
            procedures=data["procedures"],
        )
        if done is not None:
            messages.success(request, _("Audit plan saved."))
            return redirect(audit_url(audit))
    return render(
        request,
        "audits/scope_form.html",
        {
            "form": form,
            "audit": audit,
            "programme": audit.programme,
            "heading": _("Edit the audit plan"),
            "back": audit_url(audit),
            "criteria_edition": audit.edition,
        },
    )


@login_required
def audit_team(request, audit_id):
    audit = _plan_editable(request, audit_id)
    people = selectors.eligible_auditors(audit.programme)
    initial = {"lead_auditor": audit.lead_auditor_id, "auditors": list(audit.auditors.all())}
    form = TeamForm(request.POST or None, initial=initial, people=people)
    if request.method == "POST" and form.is_valid():
        done = call_service(
            form,
            services.audit_set_team,
            actor=request.user,
            audit=audit,
            lead_auditor=form.cleaned_data["lead_auditor"],
            auditors=list(form.cleaned_data["auditors"]),
        )
        if done is not None:
            messages.success(request, _("Audit team saved."))
            return redirect(audit_url(audit))
    return render(
        request,
        "audits/form_page.html",
        {
            "form": form,
            "audit": audit,
            "programme": audit.programme,
            "heading": _("Audit team"),
            "intro": _(
                "Lead auditor and auditors are chosen among the agency's internal auditors. "
                "Nobody may audit the unit they work in."
            ),
            "back": audit_url(audit),
        },
    )


@login_required
def session_add(request, audit_id):
    audit = _plan_editable(request, audit_id)
    form = SessionForm(
        request.POST or None,
        initial={"date": audit.start_date},
        units=audit.units.order_by("path"),
        people=selectors.eligible_auditors(audit.programme).filter(
            pk__in=[p.pk for p in team_of(audit)]
        ),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = call_service(
            form,
            services.session_add,
            actor=request.user,
            audit=audit,
            date=data["date"],
            start_time=data["start_time"],
            end_time=data["end_time"],
            unit=data["unit"],
            auditors=list(data["auditors"]),
            auditees=data["auditees"],
        )
        if done is not None:
            messages.success(request, _("Timetable row added."))
            return redirect(audit_url(audit) + "#lich-danh-gia")
    return render(
        request,
        "audits/form_page.html",
        {
            "form": form,
            "audit": audit,
            "programme": audit.programme,
            "heading": _("Add to the timetable"),
            "back": audit_url(audit),
        },
    )


@require_POST
@login_required
def session_delete(request, audit_id, session_id):
    audit = _plan_editable(request, audit_id)
    session = audit.sessions.filter(pk=session_id).first()
    if not isinstance(session, AuditSession):
        return redirect(audit_url(audit))
    return post_action(
        request,
        services.session_delete,
        session=session,
        success=_("Timetable row removed."),
        next_url=audit_url(audit) + "#lich-danh-gia",
    )


@login_required
def audit_cancel(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    deny_unless(permissions.can_cancel_audit(request.user, audit))
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = call_service(
            form,
            services.audit_cancel,
            actor=request.user,
            audit=audit,
            reason=form.cleaned_data["reason"],
        )
        if done is not None:
            messages.success(request, _("Audit cancelled."))
            return redirect(audit_url(audit))
    return render(
        request,
        "audits/form_page.html",
        {
            "form": form,
            "audit": audit,
            "programme": audit.programme,
            "heading": _("Cancel the audit"),
            "back": audit_url(audit),
        },
    )


@require_POST
@login_required
def audit_start(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    deny_unless(permissions.can_start_audit(request.user, audit))
    return post_action(
        request,
        services.audit_start,
        audit=audit,
        success=_("Audit started: record the results on the checklist."),
        next_url=reverse("audits:checklist", args=[audit.pk]),
    )


@require_POST
@login_required
def audit_complete(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    deny_unless(permissions.can_complete_fieldwork(request.user, audit))
    return post_action(
        request,
        services.audit_complete,
        audit=audit,
        success=_("Fieldwork completed: write the report."),
        next_url=audit_url(audit),
    )
