"""Writing pages: new and registered documents, metadata, the edition editor and its rows."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied
from eiso.documents import codes, permissions, selectors, services
from eiso.documents.forms import (
    DURATION_UNITS,
    CodeTemplateForm,
    ContentForm,
    DocumentForm,
    RegisterForm,
)
from eiso.documents.models import Document, Kind, State
from eiso.documents.services.documents import EDITION_CONTENT_FIELDS
from eiso.documents.services.editions import lock_expires_at, lock_holder
from eiso.documents.views._common import agency_from_request, agency_units, deny_unless
from eiso.organizations.views._helpers import call_service, post_action

STEP_FIELDS = ("task", "responsible", "duration", "duration_unit", "output")
RECORD_FIELDS = ("name", "owner_unit", "owner", "place", "retention")
AMENDMENT_FIELDS = ("section", "description", "changed_on")


def _author_units(user, agency):
    units = agency_units(agency)
    paths = permissions.authored_unit_paths(user, agency)
    if paths is None:
        return units
    allowed = units.none()
    for path in paths:
        allowed = allowed | units.filter(path__startswith=path)
    return allowed


def _parents(agency):
    return Document.objects.filter(agency=agency).exclude(kind=Kind.FORM).order_by("code")


def _document_form(request, agency, form_class=DocumentForm, *, document=None, initial=None):
    data = request.POST if request.method == "POST" else None
    return form_class(
        data,
        request.FILES if request.method == "POST" else None,
        initial=initial,
        units=_author_units(request.user, agency),
        parents=_parents(agency).exclude(pk=getattr(document, "pk", None)),
        editing=document is not None,
    )


@login_required
def document_create(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_author_any_in(request.user, agency))
    initial = {"kind": request.GET.get("kind") or Kind.PROCEDURE_TTHC}
    if request.GET.get("parent"):
        initial.update(kind=Kind.FORM, parent=request.GET["parent"])
    form = _document_form(request, agency, initial=initial)
    if request.method == "POST" and form.is_valid():
        document = call_service(
            form, services.document_create, actor=request.user, agency=agency, **form.cleaned_data
        )
        if document is not None:
            messages.success(request, _("Document %(code)s created.") % {"code": document.code})
            return redirect("documents:editor", document.latest_edition_id)
    context = {
        "form": form,
        "agency": agency,
        "templates": codes.templates_of(agency),
        "title": _("New controlled document"),
    }
    return render(request, "documents/document_form.html", context)


@login_required
def document_register(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_author_any_in(request.user, agency))
    form = _document_form(
        request, agency, RegisterForm, initial={"kind": Kind.PROCEDURE_SYSTEM, "issue_number": 1}
    )
    if request.method == "POST" and form.is_valid():
        values = dict(form.cleaned_data)
        upload = values.pop("file")
        document = call_service(
            form,
            services.document_register_file,
            actor=request.user,
            agency=agency,
            upload=upload,
            **values,
        )
        if document is not None:
            messages.success(request, _("Document %(code)s registered.") % {"code": document.code})
            return redirect("documents:edition", document.latest_edition_id)
    context = {
        "form": form,
        "agency": agency,
        "templates": codes.templates_of(agency),
        "title": _("Register an existing document"),
        "multipart": True,
    }
    return render(request, "documents/document_form.html", context)


@login_required
def document_edit(request, pk):
    document = selectors.get_document_for_user_or_404(request.user, pk)
    deny_unless(permissions.can_author(request.user, document))
    initial = {
        "title": document.title,
        "code": document.code,
        "owner_unit": document.owner_unit_id,
        "parent": document.parent_id,
        "review_interval_months": document.review_interval_months,
    }
    form = _document_form(request, document.agency, document=document, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.document_update,
            actor=request.user,
            document=document,
            **form.cleaned_data,
        )
        if saved is not None:
            messages.success(request, _("Document saved."))
            return redirect("documents:detail", document.pk)
    context = {
        "form": form,
        "agency": document.agency,
        "document": document,
        "title": _("Edit document %(code)s") % {"code": document.code},
    }
    return render(request, "documents/document_form.html", context)


@login_required
@require_POST
def edition_start(request, pk):
    document = selectors.get_document_for_user_or_404(request.user, pk)
    deny_unless(permissions.can_author(request.user, document))
    try:
        edition = services.edition_start_draft(actor=request.user, document=document)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect("documents:detail", document.pk)
    messages.success(request, _("Issue %(n)d opened as a draft.") % {"n": edition.issue_number})
    return redirect("documents:editor", edition.pk)


def _rows(post, prefix: str, fields: tuple[str, ...]) -> list[dict]:
    columns = {name: post.getlist(f"{prefix}_{name}") for name in fields}
    count = max((len(values) for values in columns.values()), default=0)
    rows = []
    for index in range(count):
        row = {
            name: (values[index] if index < len(values) else "") for name, values in columns.items()
        }
        if any(str(value).strip() for key, value in row.items() if key != "duration_unit"):
            rows.append(row)
    return rows


def _editor_rows(edition):
    steps = [{name: getattr(step, name) for name in STEP_FIELDS} for step in edition.steps.all()]
    for row in steps:
        row["duration"] = "" if row["duration"] is None else str(row["duration"]).replace(".", ",")
    records = [
        {
            "name": r.name,
            "owner_unit": str(r.owner_unit_id or ""),
            "owner": r.owner,
            "place": r.place,
            "retention": r.retention,
        }
        for r in edition.records.all()
    ]
    amendments = [
        {
            "section": a.section,
            "description": a.description,
            "changed_on": a.changed_on.strftime("%d/%m/%Y") if a.changed_on else "",
        }
        for a in edition.amendments.all()
    ]
    return steps, records, amendments


def _with_errors(rows: list[dict], errors: dict[int, dict[str, str]]) -> list[dict]:
    return [{**row, "errors": errors.get(index, {})} for index, row in enumerate(rows)]


def _save_editor(request, edition, form, steps, records, amendments) -> dict:
    """Save every part of the editor in one transaction; {part: errors} when something is wrong."""
    errors: dict = {}
    post = request.POST
    with transaction.atomic():
        try:
            services.edition_update_content(
                actor=request.user, edition=edition, **form.cleaned_data
            )
            for key, service, rows in (
                ("steps", services.edition_save_steps, steps),
                ("records", services.edition_save_records, records),
                ("amendments", services.edition_save_amendments, amendments),
            ):
                try:
                    service(actor=request.user, edition=edition, rows=rows)
                except services.RowErrors as exc:
                    errors[key] = exc.rows
            if "references" in post:
                services.edition_set_references(
                    actor=request.user,
                    edition=edition,
                    external_ids=post.getlist("external"),
                    internal_ids=post.getlist("internal"),
                )
            upload = request.FILES.get("file")
            if upload:
                services.edition_attach_file(actor=request.user, edition=edition, upload=upload)
        except DomainPermissionDenied as exc:
            raise HttpPermissionDenied from exc
        except DomainError as exc:
            if exc.field in form.fields:
                form.add_domain_error(exc)
            else:
                errors["general"] = str(exc.message)
        if errors or form.errors:
            transaction.set_rollback(True)
    return errors


@login_required
def edition_editor(request, pk):
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    document = edition.document
    deny_unless(permissions.can_author(request.user, document))
    if edition.state != State.DRAFT:
        messages.error(request, _("Only a draft can be changed; open a new edition first."))
        return redirect("documents:edition", edition.pk)
    holder = lock_holder(edition)
    if request.method == "GET" and (holder is None or holder.pk == request.user.pk):
        edition = services.edition_take_lock(actor=request.user, edition=edition)
        holder = request.user
    edition = selectors.edition_detail(edition)
    form_kwargs = {"is_tthc": document.is_tthc, "is_procedure": document.is_procedure}
    errors: dict = {}
    if request.method == "POST":
        form = ContentForm(request.POST, **form_kwargs)
        steps = _rows(request.POST, "step", STEP_FIELDS)
        records = _rows(request.POST, "record", RECORD_FIELDS)
        amendments = _rows(request.POST, "amendment", AMENDMENT_FIELDS)
        if form.is_valid():
            errors = _save_editor(request, edition, form, steps, records, amendments)
            if not errors and not form.errors:
                if "close" in request.POST:
                    services.edition_release_lock(actor=request.user, edition=edition)
                messages.success(request, _("Draft saved."))
                target = "documents:edition" if "close" in request.POST else "documents:editor"
                return redirect(target, edition.pk)
        external_ids = request.POST.getlist("external")
        internal_ids = request.POST.getlist("internal")
    else:
        form = ContentForm(
            initial={name: getattr(edition, name) for name in EDITION_CONTENT_FIELDS}, **form_kwargs
        )
        steps, records, amendments = _editor_rows(edition)
        external_ids = [str(c.external_document_id) for c in edition.citations.all()]
        internal_ids = [str(d.pk) for d in edition.referenced_documents.all()]
    context = {
        "edition": edition,
        "document": document,
        "agency": document.agency,
        "form": form,
        "steps": _with_errors(steps, errors.get("steps", {})),
        "records": _with_errors(records, errors.get("records", {})),
        "amendments": _with_errors(amendments, errors.get("amendments", {})),
        "general_error": errors.get("general", ""),
        "has_row_errors": any(k in errors for k in ("steps", "records", "amendments")),
        "units": agency_units(document.agency),
        "duration_units": DURATION_UNITS,
        "externals": _external_choices(request.user),
        "internals": _parents(document.agency).exclude(pk=document.pk),
        "forms": document.attachments.order_by("code"),
        "external_ids": set(external_ids),
        "internal_ids": set(internal_ids),
        "holder": holder,
        "lock_until": lock_expires_at(edition),
        "locked_by_other": holder is not None and holder.pk != request.user.pk,
    }
    return render(request, "documents/editor.html", context)


def _external_choices(user):
    from eiso.references.permissions import visible_external_documents

    return visible_external_documents(user).order_by("number")[:500]


ROW_TEMPLATES = {
    "step": "documents/partials/step_row.html",
    "record": "documents/partials/record_row.html",
    "amendment": "documents/partials/amendment_row.html",
}


@login_required
def editor_row(request, pk, kind: str):
    """A blank row of the steps, records or amendment table (htmx "add row")."""
    if kind not in ROW_TEMPLATES:
        raise Http404
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    deny_unless(permissions.can_author(request.user, edition.document))
    context = {
        "row": {"duration_unit": "days"},
        "units": agency_units(edition.document.agency),
        "duration_units": DURATION_UNITS,
    }
    return render(request, ROW_TEMPLATES[kind], context)


@login_required
@require_POST
def edition_take_lock(request, pk):
    edition = selectors.get_edition_for_user_or_404(request.user, pk)
    deny_unless(permissions.can_author(request.user, edition.document))
    return post_action(
        request,
        services.edition_take_lock,
        success=_("You are now editing this draft."),
        next_url=reverse("documents:editor", args=[edition.pk]),
        edition=edition,
    )


@login_required
def code_templates(request):
    agency = agency_from_request(request, required=True)
    deny_unless(permissions.can_author_in(request.user, agency))
    form = CodeTemplateForm(request.POST or None, templates=codes.templates_of(agency))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            for kind in Kind.values:
                try:
                    services.code_template_set(
                        actor=request.user,
                        agency=agency,
                        kind=kind,
                        pattern=form.cleaned_data[kind],
                    )
                except DomainPermissionDenied as exc:
                    raise HttpPermissionDenied from exc
                except DomainError as exc:
                    form.add_error(kind, str(exc.message))
            if form.errors:
                transaction.set_rollback(True)
        if not form.errors:
            messages.success(request, _("Code templates saved."))
            return redirect(f"{request.path}?agency={agency.pk}")
    return render(
        request,
        "documents/code_templates.html",
        {"form": form, "agency": agency, "placeholders": codes.PLACEHOLDERS},
    )
