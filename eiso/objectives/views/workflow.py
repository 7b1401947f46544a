"""Measurement entry (htmx), evidence download, the year-end evaluation workflow, documents and
the Excel export."""

from __future__ import annotations

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core import documents as docs
from eiso.objectives import documents, permissions, selectors, services
from eiso.objectives.exports import objectives_workbook
from eiso.objectives.forms import EvaluationForm, MeasurementForm, ReturnForm
from eiso.objectives.views._common import agency_from_request, deny_unless, year_from_request
from eiso.organizations.views._helpers import call_service, post_action

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _detail_url(objective) -> str:
    return reverse("objectives:detail", args=[objective.pk])


@login_required
def measurement_add(request, objective_id):
    objective = selectors.get_objective_for_user_or_404(request.user, objective_id)
    deny_unless(permissions.can_enter_measurement(request.user, objective))
    form = MeasurementForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.measurement_create,
            actor=request.user,
            objective=objective,
            **form.cleaned_data,
        )
        if saved is not None:
            messages.success(request, _("Measurement saved."))
            if request.htmx:
                response = HttpResponse(status=204)
                response["HX-Redirect"] = _detail_url(objective)
                return response
            return redirect(_detail_url(objective))
    template = (
        "objectives/partials/measurement_form.html"
        if request.htmx
        else "objectives/measurement_page.html"
    )
    context = {"form": form, "objective": objective, "agency": objective.agency}
    return render(request, template, context)


@require_safe
@login_required
def evidence_download(request, measurement_id):
    measurement = selectors.get_measurement_for_user_or_404(request.user, measurement_id)
    if not measurement.evidence:
        raise Http404
    try:
        handle = measurement.evidence.open("rb")
    except OSError as exc:
        raise Http404 from exc
    content_type = mimetypes.guess_type(measurement.evidence.name)[0] or "application/octet-stream"
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=measurement.evidence_name or "minh-chung",
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def evaluation_edit(request, objective_id):
    objective = selectors.get_objective_for_user_or_404(request.user, objective_id)
    deny_unless(permissions.can_propose_evaluation(request.user, objective))
    evaluation = selectors.evaluation_of(objective)
    initial = {}
    if evaluation is not None:
        initial = {
            "result": evaluation.result,
            "explanation": evaluation.explanation,
            "actual_value": str(evaluation.actual_value or "").replace(".", ","),
        }
    form = EvaluationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.evaluation_save,
            actor=request.user,
            objective=objective,
            submit="submit" in request.POST,
            **form.cleaned_data,
        )
        if saved is not None:
            submitted = "submit" in request.POST
            messages.success(
                request,
                _("Evaluation submitted to the agency head.")
                if submitted
                else _("Evaluation saved as a draft."),
            )
            return redirect(_detail_url(objective))
    context = {
        "form": form,
        "objective": objective,
        "agency": objective.agency,
        "evaluation": evaluation,
    }
    return render(request, "objectives/evaluation_form.html", context)


def _decidable(request, objective_id):
    objective = selectors.get_objective_for_user_or_404(request.user, objective_id)
    deny_unless(permissions.can_decide_evaluation(request.user, objective))
    evaluation = selectors.evaluation_of(objective)
    if evaluation is None:
        raise Http404
    return objective, evaluation


@login_required
@require_POST
def evaluation_approve(request, objective_id):
    objective, evaluation = _decidable(request, objective_id)
    return post_action(
        request,
        services.evaluation_approve,
        evaluation=evaluation,
        success=_("Evaluation approved."),
        next_url=_detail_url(objective),
    )


@login_required
@require_POST
def evaluation_return(request, objective_id):
    objective, evaluation = _decidable(request, objective_id)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what should be changed."))
        return redirect(_detail_url(objective))
    return post_action(
        request,
        services.evaluation_return,
        evaluation=evaluation,
        comment=form.cleaned_data["comment"],
        success=_("Evaluation returned with your comment."),
        next_url=_detail_url(objective),
    )


@require_safe
@login_required
def document_download(request, kind, extension):
    agency = agency_from_request(request, required=True)
    year = year_from_request(request, agency)
    objectives = selectors.document_objectives(request.user, agency, year)
    if kind == "bao-cao":
        document = documents.build_results_report(agency, year, objectives)
        name = documents.filename("report", agency, year)
    else:
        document = documents.build_objectives_document(agency, year, objectives)
        name = documents.filename("objectives", agency, year)
    return docs.render_response(document, extension, name)


@require_safe
@login_required
def export_excel(request):
    agency = agency_from_request(request, required=True)
    year = year_from_request(request, agency)
    objectives = selectors.document_objectives(request.user, agency, year)
    title = documents.filename("objectives", agency, year) + f" — {agency.name}"
    response = HttpResponse(objectives_workbook(objectives, title), content_type=XLSX)
    response["Content-Disposition"] = docs.content_disposition(f"{title}.xlsx")
    return response
