"""Reading pages: the document list, a document, an edition, comparison and downloads."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import documents as docs
from eiso.documents import compare as comparing
from eiso.documents import exports, flowchart, permissions, rendering, selectors, states
from eiso.documents.forms import ApproveForm, FilterForm, ReturnForm, WithdrawForm
from eiso.documents.models import ReviewNote, State
from eiso.documents.services.editions import lock_expires_at, lock_holder
from eiso.documents.services.workflow import submit_problems
from eiso.documents.views._common import agency_from_request, agency_units
from eiso.organizations import selectors as org_selectors
from eiso.organizations.views._helpers import paginate


@login_required
def document_list(request):
    agency = agency_from_request(request)
    context: dict = {"agency": agency}
    if agency is not None:
        units = agency_units(agency)
        form = FilterForm(request.GET or None, units=units)
        filters = form.cleaned_data if form.is_valid() else {}
        queryset = selectors.document_list(
            request.user,
            agency=agency,
            kind=filters.get("kind") or "",
            state=filters.get("state") or "",
            unit=filters.get("unit"),
            text=filters.get("q") or "",
        )
        context.update(
            form=form,
            page=paginate(request, queryset),
            agencies=org_selectors.agencies_for_user(request.user),
            can_create=permissions.can_author_any_in(request.user, agency),
            can_manage_codes=permissions.can_author_in(request.user, agency),
        )
    if agency is not None and request.GET.get("format") == "xlsx":
        return _export(agency, queryset)
    template = (
        "documents/partials/results.html"
        if request.headers.get("HX-Request")
        and request.headers.get("HX-Target") == "document-results"
        else "documents/list.html"
    )
    return render(request, template, context)


def _export(agency, queryset) -> HttpResponse:
    title = _("Controlled documents of %(agency)s") % {"agency": agency.name}
    content = exports.documents_workbook(queryset.iterator(chunk_size=500), title)
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = docs.content_disposition("danh-muc-tai-lieu.xlsx")
    return response


@login_required
def document_detail(request, pk):
    document = selectors.get_document_for_user_or_404(request.user, pk)
    editions = list(
        document.editions.select_related("drafted_by")
        .prefetch_related("amendments")
        .order_by("-issue_number")
    )
    open_edition = next((e for e in editions if e.is_open), None)
    attachments = list(document.attachments.select_related("effective_edition").order_by("code"))
    user = request.user
    context = {
        "document": document,
        "agency": document.agency,
        "editions": editions,
        "effective": document.effective_edition,
        "open_edition": open_edition,
        "attachments": attachments,
        "can_author": permissions.can_author(user, document),
        "can_start_draft": permissions.can_author(user, document) and open_edition is None,
        "amendment_log": [(e, a) for e in editions for a in e.amendments.all()],
        "tthc": _tthc_for(document),
    }
    return render(request, "documents/detail.html", context)


def _tthc_for(document):
    """The TTHC a procedure implements, when the procedures module provides the lookup."""
    if not document.is_tthc:
        return None
    try:
        from eiso.procedures.selectors import tthc_for_document
    except ImportError:
        return None
    return tthc_for_document(document)


def _actions(user, edition) -> dict:
    document = edition.document
    return {
        "can_edit": edition.state == State.DRAFT and permissions.can_author(user, document),
        "can_submit": states.allowed("submit", edition.state)
        and permissions.can_author(user, document),
        "can_review": states.allowed("review", edition.state)
        and permissions.can_review(user, document),
        "can_return": states.allowed("return", edition.state)
        and (permissions.can_review(user, document) or permissions.can_approve(user, document)),
        "can_approve": states.allowed("approve", edition.state)
        and permissions.can_approve(user, document),
        "can_withdraw": states.allowed("withdraw", edition.state)
        and permissions.can_withdraw(user, document),
    }


@login_required
def edition_detail(request, pk):
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    edition = selectors.edition_detail(edition)
    document = edition.document
    steps = list(edition.steps.all())
    actions = _actions(request.user, edition)
    context = {
        "edition": edition,
        "document": document,
        "agency": document.agency,
        "steps": steps,
        "flowchart": flowchart.svg(steps, title=document.title) if steps else "",
        "forms": document.attachments.order_by("code"),
        "other_editions": document.editions.exclude(pk=edition.pk).order_by("-issue_number"),
        "problems": submit_problems(edition) if actions["can_submit"] else [],
        "return_form": ReturnForm(),
        "approve_form": ApproveForm(initial={"effective_date": timezone.localdate()}),
        "withdraw_form": WithdrawForm(),
        "holder": lock_holder(edition),
        "lock_until": lock_expires_at(edition),
        "notes": list(edition.notes.all()),
        "returned": ReviewNote.Action.RETURNED,
        **actions,
    }
    return render(request, "documents/edition.html", context)


@login_required
def edition_download(request, pk, fmt: str):
    if fmt not in ("docx", "pdf"):
        raise Http404
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    edition = selectors.edition_detail(edition)
    forms = edition.document.attachments.order_by("code")
    return docs.render_response(rendering.build(edition, forms), fmt, rendering.filename(edition))


@login_required
def edition_file(request, pk):
    """The uploaded Word/PDF of a registered edition (served as the kind it was checked to be)."""
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    if not edition.file:
        raise Http404
    content_type = docs.PDF_CONTENT_TYPE if edition.file_kind == "pdf" else docs.DOCX_CONTENT_TYPE
    return FileResponse(
        edition.file.open("rb"),
        as_attachment=True,
        filename=edition.file_name,
        content_type=content_type,
    )


@login_required
def edition_compare(request, pk):
    """Two editions of a document side by side (?a=<older>&b=<newer>)."""
    document = selectors.get_document_for_user_or_404(request.user, pk)
    editions = list(document.editions.order_by("-issue_number"))
    if len(editions) < 2:
        raise Http404
    by_id = {str(e.pk): e for e in editions}
    right = by_id.get(request.GET.get("b", "")) or editions[0]
    left = by_id.get(request.GET.get("a", "")) or next(e for e in editions if e.pk != right.pk)
    comparison = comparing.compare(selectors.edition_detail(left), selectors.edition_detail(right))
    only_changes = request.GET.get("only") == "1"
    if only_changes:
        comparison = comparison.only_changes()
    context = {
        "only_changes": only_changes,
        "document": document,
        "agency": document.agency,
        "editions": editions,
        "comparison": comparison,
    }
    return render(request, "documents/compare.html", context)
