"""The checklist page, built for a tablet during the audit: one card per item with large result
buttons, saved by htmx without a reload (a plain POST and redirect without JavaScript)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from eiso.audits import links, permissions, selectors, services
from eiso.audits.forms import AttachmentForm, ItemAddForm, ItemResultForm
from eiso.audits.models import Result
from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied
from eiso.organizations.views._helpers import deny_unless, paginate, post_action

ITEMS_PER_PAGE = 40
RESULT_STYLES: dict[str, str] = {
    Result.CONFORMS: "success",
    Result.MINOR_NC: "warning",
    Result.MAJOR_NC: "danger",
    Result.OBSERVATION: "info",
    Result.OFI: "azure",
    Result.NOT_APPLICABLE: "secondary",
}


def checklist_url(audit, item=None) -> str:
    url = reverse("audits:checklist", args=[audit.pk])
    return f"{url}#muc-{item.pk}" if item is not None else url


def _unit_filter(request, audit):
    unit_id = request.GET.get("don_vi") or ""
    units = list(audit.units.order_by("path"))
    chosen = next((u for u in units if str(u.pk) == unit_id), None)
    return units, chosen


def _item_flags(request, audit) -> dict:
    user = request.user
    return {
        "can_record": permissions.can_record_results(user, audit),
        "can_edit_checklist": permissions.can_edit_checklist(user, audit),
        "can_raise_nc": permissions.can_raise_nonconformity(user, audit),
        "result_choices": [(value, label, RESULT_STYLES[value]) for value, label in Result.choices],
    }


def _decorate(items) -> list:
    """Attach the nonconformity raised from each item (one query for the page)."""
    items = list(items)
    raised = links.nonconformities_for_items([item.pk for item in items])
    for item in items:
        nonconformity = raised.get(item.pk)
        item.nonconformity = nonconformity
        item.nonconformity_url = links.nonconformity_url(nonconformity) if nonconformity else ""
    return items


def _page_context(request, audit) -> dict:
    units, chosen = _unit_filter(request, audit)
    items = selectors.checklist_of(audit)
    if chosen is not None:
        items = items.filter(unit=chosen)
    page = paginate(request, items, ITEMS_PER_PAGE)
    page.object_list = _decorate(page.object_list)
    counts = selectors.result_counts(audit)
    total = sum(counts.values())
    flags = _item_flags(request, audit)
    return {
        "audit": audit,
        "programme": audit.programme,
        "page": page,
        "units": units,
        "chosen_unit": chosen,
        "item_total": total,
        "assessed": total - counts[""],
        "findings": counts["minor_nc"] + counts["major_nc"],
        "previous": services.previous_audit(audit)
        if flags["can_edit_checklist"] and total == 0
        else None,
        "add_form": ItemAddForm(
            units=audit.units.order_by("path"), clauses=audit.clauses.order_by("order")
        )
        if flags["can_edit_checklist"]
        else None,
        **flags,
    }


@require_safe
@login_required
def checklist(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    return render(request, "audits/checklist.html", _page_context(request, audit))


def _editable(request, audit_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    deny_unless(permissions.can_edit_checklist(request.user, audit))
    return audit


@require_POST
@login_required
def checklist_generate(request, audit_id):
    audit = _editable(request, audit_id)
    return post_action(
        request,
        services.checklist_generate,
        audit=audit,
        success=_("Checklist generated from the scope of the audit."),
        next_url=checklist_url(audit),
    )


@require_POST
@login_required
def checklist_copy(request, audit_id):
    audit = _editable(request, audit_id)
    return post_action(
        request,
        services.checklist_copy,
        audit=audit,
        success=_("Checklist copied from the previous audit."),
        next_url=checklist_url(audit),
    )


@require_POST
@login_required
def item_add(request, audit_id):
    audit = _editable(request, audit_id)
    form = ItemAddForm(
        request.POST, units=audit.units.order_by("path"), clauses=audit.clauses.order_by("order")
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            item = services.item_add(
                actor=request.user,
                audit=audit,
                question=data["question"],
                unit=data["unit"],
                clause=data["clause"],
            )
        except DomainPermissionDenied as exc:
            raise HttpPermissionDenied from exc
        except DomainError as exc:
            form.add_domain_error(exc)
        else:
            messages.success(request, _("Question added at the end of the checklist."))
            return redirect(checklist_url(audit, item))
    context = _page_context(request, audit) | {"add_form": form, "add_open": True}
    return render(request, "audits/checklist.html", context, status=200)


def _item_for(request, audit_id, item_id):
    audit = selectors.get_audit_for_user_or_404(request.user, audit_id)
    return audit, selectors.get_item_for_user_or_404(request.user, item_id, audit=audit)


def _list_fragment_or_redirect(request, audit, item=None):
    if request.htmx:
        context = _page_context(request, audit) | {"htmx_fragment": True}
        return render(request, "audits/_checklist_items.html", context)
    return redirect(checklist_url(audit, item))


@require_POST
@login_required
def item_move(request, audit_id, item_id):
    audit, item = _item_for(request, audit_id, item_id)
    deny_unless(permissions.can_edit_checklist(request.user, audit))
    try:
        services.item_move(actor=request.user, item=item, direction=request.POST.get("direction"))
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
    return _list_fragment_or_redirect(request, audit, item)


@require_POST
@login_required
def item_delete(request, audit_id, item_id):
    audit, item = _item_for(request, audit_id, item_id)
    deny_unless(permissions.can_edit_checklist(request.user, audit))
    try:
        services.item_delete(actor=request.user, item=item)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Question removed."))
    return _list_fragment_or_redirect(request, audit)


def _item_response(request, audit, item, *, error: str = "", saved: bool = False, data=None):
    if not request.htmx:
        if error:
            messages.error(request, error)
        elif saved:
            messages.success(request, _("Saved."))
        return redirect(checklist_url(audit, item))
    item = _decorate([selectors.checklist_of(audit).get(pk=item.pk)])[0]
    if data is not None:  # keep what was typed when it could not be saved
        item.result, item.evidence = data.get("result", ""), data.get("evidence", "")
    counts = selectors.result_counts(audit)
    total = sum(counts.values())
    context = {
        "audit": audit,
        "item": item,
        "error": error,
        "saved": saved,
        "oob_progress": True,
        "item_total": total,
        "assessed": total - counts[""],
        "findings": counts["minor_nc"] + counts["major_nc"],
    }
    context |= _item_flags(request, audit)
    return render(request, "audits/_item.html", context)


@require_POST
@login_required
def item_record(request, audit_id, item_id):
    audit, item = _item_for(request, audit_id, item_id)
    deny_unless(permissions.can_record_results(request.user, audit))
    form = ItemResultForm(request.POST)
    if not form.is_valid():
        error = " ".join(str(e) for errors in form.errors.values() for e in errors)
        return _item_response(request, audit, item, error=error, data=request.POST)
    try:
        services.item_record(
            actor=request.user,
            item=item,
            result=form.cleaned_data["result"],
            evidence=form.cleaned_data["evidence"],
        )
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        return _item_response(request, audit, item, error=str(exc.message), data=request.POST)
    return _item_response(request, audit, item, saved=True)


@require_POST
@login_required
def item_attach(request, audit_id, item_id):
    audit, item = _item_for(request, audit_id, item_id)
    deny_unless(permissions.can_record_results(request.user, audit))
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        error = " ".join(str(e) for errors in form.errors.values() for e in errors)
        return _item_response(request, audit, item, error=error)
    try:
        services.item_attach(actor=request.user, item=item, upload=form.cleaned_data["file"])
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        return _item_response(request, audit, item, error=str(exc.message))
    return _item_response(request, audit, item, saved=True)


@require_safe
@login_required
def attachment_download(request, attachment_id):
    attachment = selectors.get_attachment_for_user_or_404(request.user, attachment_id)
    try:
        handle = attachment.file.open("rb")
    except OSError as exc:
        raise Http404 from exc
    content_types = {
        "jpeg": "image/jpeg",
        "png": "image/png",
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    response = FileResponse(
        handle,
        as_attachment=not attachment.is_image,
        filename=attachment.original_name,
        content_type=content_types.get(attachment.kind, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
@login_required
def item_nonconformity(request, audit_id, item_id):
    """ "Tạo sự không phù hợp": the nonconformities app creates it, prefilled from the finding."""
    audit, item = _item_for(request, audit_id, item_id)
    deny_unless(permissions.can_raise_nonconformity(request.user, audit))
    try:
        nonconformity = links.create_nonconformity(actor=request.user, checklist_item=item)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect(checklist_url(audit, item))
    messages.success(request, _("Nonconformity created from the finding."))
    return redirect(links.nonconformity_url(nonconformity) or checklist_url(audit, item))
