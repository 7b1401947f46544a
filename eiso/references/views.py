"""Pages of external documents: list (search, filters, Excel), detail, create/edit, status change,
file download and Excel import. Thin: parse → selector/service → page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as HttpPermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from eiso.core.errors import DomainError
from eiso.core.errors import PermissionDenied as DomainPermissionDenied
from eiso.core.history import url_for as history_url
from eiso.organizations.views._helpers import deny_unless, paginate
from eiso.references import excel, permissions, selectors, services, states
from eiso.references.forms import ExternalDocumentForm, FilterForm, ImportForm, StatusChangeForm


def _filter_form(request):
    form = FilterForm(request.GET or None, issuers=selectors.issuers_for(request.user))
    return form, form.filters()


@require_safe
@login_required
def index(request):
    form, filters = _filter_form(request)
    page = paginate(request, selectors.search_external_documents(request.user, **filters))
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "can_create": permissions.can_create_any(request.user),
    }
    if request.htmx:
        return render(request, "references/_results.html", context)
    return render(request, "references/list.html", context)


@require_safe
@login_required
def export(request):
    _form, filters = _filter_form(request)
    return excel.documents_xlsx_response(
        selectors.search_external_documents(request.user, **filters)
    )


@require_safe
@login_required
def detail(request, document_id):
    document = selectors.get_external_for_user_or_404(request.user, document_id)
    can_manage = permissions.can_manage_external(request.user, document)
    context = {
        "document": document,
        "history": selectors.status_history(document)[:50],
        "chain": selectors.replaced_by_chain(request.user, document),
        "replaces": selectors.replaced_documents(request.user, document)[:50],
        "can_manage": can_manage,
        "can_change_status": can_manage and bool(states.allowed_targets(document.status)),
        "history_url": history_url(document),
        "citing": selectors.citing_documents(request.user, [document.pk])[:100],
    }
    return render(request, "references/detail.html", context)


def _scopes_or_403(request):
    """The scopes the user manages; 403 when none, or when a POST names another scope."""
    scopes = selectors.manageable_scopes(request.user)
    deny_unless(bool(scopes))
    if request.method == "POST" and "scope" in request.POST:
        deny_unless(request.POST["scope"] in {choice.key for choice in scopes})
    return scopes


def _scope_of(request, key: str):
    """(province, agency) of a scope key the user manages; None when it is not one of them."""
    for choice in selectors.manageable_scopes(request.user):
        if choice.key == key:
            return choice.province, choice.agency
    return None


def _run(form, service, **kwargs):
    try:
        return service(**kwargs)
    except DomainPermissionDenied as exc:
        raise HttpPermissionDenied from exc
    except DomainError as exc:
        form.add_domain_error(exc)
        return None


@login_required
def create(request):
    scopes = _scopes_or_403(request)
    form = ExternalDocumentForm(request.POST or None, request.FILES or None, scopes=scopes)
    if request.method == "POST" and form.is_valid():
        scope = _scope_of(request, form.cleaned_data["scope"])
        deny_unless(scope is not None)
        province, agency = scope  # type: ignore[misc]
        document = _run(
            form,
            services.external_create,
            actor=request.user,
            province=province,
            agency=agency,
            file=form.cleaned_data.get("file"),
            **form.values(),
        )
        if document is not None:
            messages.success(request, _("External document registered."))
            return redirect("references:detail", document_id=document.pk)
    return render(request, "references/form.html", {"form": form})


@login_required
def edit(request, document_id):
    document = selectors.get_external_for_user_or_404(request.user, document_id)
    deny_unless(permissions.can_manage_external(request.user, document))
    initial = {name: getattr(document, name) for name in services.EDITABLE_FIELDS}
    form = ExternalDocumentForm(
        request.POST or None,
        request.FILES or None,
        initial=initial,
        editing=True,
        has_file=bool(document.file),
    )
    if request.method == "POST" and form.is_valid():
        updated = _run(
            form,
            services.external_update,
            actor=request.user,
            document=document,
            file=form.cleaned_data.get("file"),
            remove_file=bool(form.cleaned_data.get("remove_file")),
            **form.values(),
        )
        if updated is not None:
            messages.success(request, _("External document saved."))
            return redirect("references:detail", document_id=document.pk)
    return render(request, "references/form.html", {"form": form, "document": document})


@login_required
def change_status(request, document_id):
    document = selectors.get_external_for_user_or_404(request.user, document_id)
    deny_unless(permissions.can_manage_external(request.user, document))
    form = StatusChangeForm(
        request.POST or None,
        current_status=document.status,
        candidates=selectors.replacement_candidates(request.user, document),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        change = _run(
            form,
            services.external_change_status,
            actor=request.user,
            document=document,
            status=data["status"],
            effective_date=data["effective_date"],
            replaced_by=data.get("replaced_by"),
            amended_by=data.get("amended_by") or "",
            note=data.get("note") or "",
        )
        if change is not None:
            messages.success(
                request,
                _("Status changed to “%(status)s” from %(date)s.")
                % {
                    "status": change.get_to_status_display(),
                    "date": change.effective_date.strftime("%d/%m/%Y"),
                },
            )
            return redirect("references:detail", document_id=document.pk)
    return render(request, "references/status_form.html", {"form": form, "document": document})


@require_safe
@login_required
def download(request, document_id):
    document = selectors.get_external_for_user_or_404(request.user, document_id)
    if not document.file:
        raise Http404
    name = document.file.name.rsplit("/", 1)[-1]
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=name)


@require_safe
@login_required
def import_template(request):
    deny_unless(permissions.can_create_any(request.user))
    return excel.template_xlsx_response()


@login_required
def import_file(request):
    scopes = _scopes_or_403(request)
    form = ImportForm(request.POST or None, request.FILES or None, scopes=scopes)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        scope = _scope_of(request, form.cleaned_data["scope"])
        deny_unless(scope is not None)
        province, agency = scope  # type: ignore[misc]
        try:
            rows = excel.read_import_file(form.cleaned_data["file"])
            created, updated = services.external_import(
                actor=request.user, rows=rows, province=province, agency=agency
            )
        except DomainPermissionDenied as exc:
            raise HttpPermissionDenied from exc
        except excel.ImportFileError as exc:
            errors = exc.errors
        else:
            messages.success(
                request,
                _("Import finished: %(created)d documents added, %(updated)d updated.")
                % {"created": created, "updated": updated},
            )
            return redirect("references:index")
    return render(request, "references/import.html", {"form": form, "errors": errors})
