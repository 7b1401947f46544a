"""Pages: the agency overview (“Xác nhận đọc và xem xét định kỳ”), a document's distribution and
acknowledgement status (with Excel export), editing the distribution list, confirming “Đã đọc và
hiểu”, and a review task with its outcome."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.core import documents as docs
from eiso.core.calendar import add_working_days
from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied
from eiso.core.history import url_for as history_url
from eiso.distribution import permissions, selectors, services
from eiso.distribution.exports import acknowledgements_workbook
from eiso.distribution.forms import (
    AckFilterForm,
    DistributionForm,
    ReviewOpenForm,
    ReviewOutcomeForm,
)
from eiso.distribution.models import ReviewState
from eiso.organizations import selectors as org_selectors
from eiso.organizations.views._helpers import call_service, deny_unless, paginate

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SECTION_SIZE = 10


def _page(request, queryset, param: str, per_page: int = SECTION_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get(param))


def _agency(request):
    agency_id = request.GET.get("agency")
    if agency_id:
        return org_selectors.get_agency_for_user_or_404(request.user, agency_id)
    agencies = org_selectors.agencies_for_user(request.user)
    active_id = getattr(request.user, "active_agency_id", None)
    agency = agencies.filter(pk=active_id).first() if active_id else None
    return agency or agencies.first()


def document_detail_url(document) -> str:
    """The controlled document's own page (documents app), when it exists."""
    try:
        return reverse("documents:detail", args=[document.pk])
    except NoReverseMatch:
        return ""


@require_safe
@login_required
def index(request):
    user = request.user
    agency = _agency(request)
    context: dict = {"agency": agency, "today": timezone.localdate()}
    if agency is not None:
        context["mine"] = _page(request, selectors.my_pending(user, agency=agency), "mine")
        overview = permissions.can_view_agency_overview(user, agency)
        context["overview"] = overview
        if overview:
            context["rates"] = _page(request, selectors.status_documents(user, agency), "rates")
            reviews = selectors.review_tasks_for_user(user, agency=agency, state=ReviewState.OPEN)
            context["reviews"] = _page(request, reviews, "reviews")
            context["soon_until"] = add_working_days(
                timezone.localdate(),
                services.review_reminder_days(),
                province=agency.province_id,
            )
        context["agencies"] = org_selectors.agencies_for_user(user).order_by("name")[:200]
    return render(request, "distribution/index.html", context)


@require_safe
@login_required
def document(request, document_id):
    doc = selectors.get_document_for_user_or_404(request.user, document_id)
    return _document_page(request, doc)


def _document_page(request, doc, open_form=None):
    user = request.user
    can_status = permissions.can_view_ack_status(user, doc)
    if request.GET.get("format") == "xlsx":
        deny_unless(can_status)
    context: dict = {
        "document": doc,
        "edition": doc.effective_edition,
        "detail_url": document_detail_url(doc),
        "mine": selectors.my_acknowledgement(user, doc),
        "targets": list(selectors.targets_of(doc)),
        "can_edit": permissions.can_edit_distribution(user, doc),
        "can_status": can_status,
        "schedule": selectors.schedule_of(doc),
        "history_url": history_url(doc),
        "today": timezone.localdate(),
    }
    if can_status:
        form = AckFilterForm(request.GET or None, agency=doc.agency)
        filters = form.cleaned_data if form.is_valid() else {}
        rows = selectors.acknowledgements_of(
            doc, unit=filters.get("unit"), state=filters.get("state") or ""
        )
        counts = selectors.ack_counts(doc)
        if request.GET.get("format") == "xlsx":
            response = HttpResponse(acknowledgements_workbook(doc, rows, counts), content_type=XLSX)
            response["Content-Disposition"] = docs.content_disposition(
                f"xac-nhan-doc-{doc.code}.xlsx"
            )
            return response
        context.update(form=form, counts=counts, page=paginate(request, rows))
        context["reviews"] = list(selectors.review_tasks_for_user(user, document=doc)[:10])
    if doc.effective_edition_id and permissions.can_open_review(user, doc):
        context["open_form"] = open_form or ReviewOpenForm(initial=_open_initial(doc))
    return render(request, "distribution/document.html", context)


@login_required
def distribution_edit(request, document_id):
    user = request.user
    doc = selectors.get_document_for_user_or_404(user, document_id)
    deny_unless(permissions.can_edit_distribution(user, doc))
    targets = list(selectors.targets_of(doc))
    initial = {
        "units": [t.unit_id for t in targets if t.unit_id],
        "users": [t.user_id for t in targets if t.user_id],
    }
    form = DistributionForm(request.POST or None, agency=doc.agency, initial=initial)
    if request.method == "POST" and form.is_valid():
        done = call_service(
            form,
            _set_distribution,
            actor=user,
            document=doc,
            units=form.cleaned_data["units"],
            users=form.cleaned_data["users"],
        )
        if done:
            messages.success(request, _("Distribution list saved."))
            return redirect("distribution:document", doc.pk)
    return render(request, "distribution/distribution_edit.html", {"document": doc, "form": form})


def _set_distribution(**kwargs) -> bool:
    services.distribution_set(**kwargs)
    return True


@require_POST
@login_required
def acknowledge(request, acknowledgement_id):
    acknowledgement = selectors.get_my_acknowledgement_or_404(request.user, acknowledgement_id)
    try:
        services.acknowledgement_confirm(actor=request.user, acknowledgement=acknowledgement)
    except DomainPermissionDenied:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Thank you: you confirmed having read and understood it."))
    return redirect("distribution:document", acknowledgement.document_id)


@login_required
def review_task(request, task_id):
    user = request.user
    task = selectors.get_review_task_for_user_or_404(user, task_id)
    can_record = permissions.can_record_review(user, task)
    if request.method == "POST":
        deny_unless(can_record)
    form = ReviewOutcomeForm(request.POST or None) if can_record else None
    if form is not None and request.method == "POST" and form.is_valid():
        recorded = call_service(
            form,
            services.review_record,
            actor=user,
            task=task,
            outcome=form.cleaned_data["outcome"],
            comment=form.cleaned_data["comment"],
        )
        if recorded is not None:
            messages.success(request, _("Review recorded."))
            return redirect("distribution:review_task", task.pk)
    context = {
        "task": task,
        "document": task.document,
        "form": form,
        "detail_url": document_detail_url(task.document),
        "draft_url": document_detail_url(task.document) if task.draft_edition_id else "",
        "history_url": history_url(task),
        "today": timezone.localdate(),
    }
    return render(request, "distribution/review_task.html", context)


def _open_initial(doc) -> dict:
    today = timezone.localdate()
    due = add_working_days(today, services.review_reminder_days(), province=doc.agency.province_id)
    return {"due_date": due}


@require_POST
@login_required
def review_open(request, document_id):
    """A review off the periodic cycle; on bad input the document page shows the form again
    with what was typed and the message next to the field."""
    user = request.user
    doc = selectors.get_document_for_user_or_404(user, document_id)
    deny_unless(doc.effective_edition_id is not None and permissions.can_open_review(user, doc))
    form = ReviewOpenForm(request.POST)
    if form.is_valid():
        task = call_service(
            form,
            services.review_task_open,
            actor=user,
            document=doc,
            due_date=form.cleaned_data["due_date"],
            reason=form.cleaned_data["reason"],
        )
        if task is not None:
            messages.success(request, _("Review opened."))
            return redirect("distribution:review_task", task.pk)
    return _document_page(request, doc, open_form=form)
