"""Pages of the standard as data: editions, clause tree, mappings, the edition of each ISO unit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from eiso.core.history import url_for as history_url
from eiso.organizations.views._helpers import call_service, deny_unless, paginate
from eiso.standards import permissions, selectors, services
from eiso.standards.forms import ISOUnitEditionForm


@require_safe
@login_required
def index(request):
    """Editions, mappings between editions, and the edition each visible ISO unit follows."""
    query = (request.GET.get("q") or "").strip()[:100]
    units = selectors.iso_units_with_editions(request.user)
    if query:
        units = units.filter(Q(name__icontains=query) | Q(agencies__name__icontains=query))
        units = units.distinct()
    page = paginate(request, units)
    default = selectors.default_edition()
    rows = []
    for iso_unit in page:
        agency_ids = [agency.pk for agency in iso_unit.agencies.all()]
        record = getattr(iso_unit, "standard_edition", None)
        rows.append(
            {
                "iso_unit": iso_unit,
                "record": record,
                "edition": record.edition if record is not None else default,
                "can_set": permissions.can_set_iso_unit_edition(request.user, iso_unit, agency_ids),
            }
        )
    context = {
        "editions": list(selectors.editions_for_user(request.user)),
        "pairs": selectors.mapped_edition_pairs(),
        "page": page,
        "rows": rows,
        "query": query,
        "default_edition": default,
    }
    return render(request, "standards/index.html", context)


@require_safe
@login_required
def edition_detail(request, edition_id):
    edition = selectors.get_edition_for_user_or_404(request.user, edition_id)
    clauses = list(selectors.clauses_of(edition))
    pairs = [p for p in selectors.mapped_edition_pairs() if edition in p]
    return render(
        request,
        "standards/edition.html",
        {"edition": edition, "clauses": clauses, "pairs": pairs},
    )


@require_safe
@login_required
def mapping(request, from_id, to_id):
    source = selectors.get_edition_for_user_or_404(request.user, from_id)
    target = selectors.get_edition_for_user_or_404(request.user, to_id)
    if source.pk == target.pk:
        raise Http404
    rows = selectors.mapping_rows(source, target)
    return render(
        request,
        "standards/mapping.html",
        {"source": source, "target": target, "rows": rows},
    )


@login_required
def iso_unit_edition(request, iso_unit_id):
    iso_unit = selectors.get_iso_unit_for_user_or_404(request.user, iso_unit_id)
    deny_unless(permissions.can_set_iso_unit_edition(request.user, iso_unit))
    record = getattr(iso_unit, "standard_edition", None)
    current = record.edition if record is not None else selectors.default_edition()
    initial = {"edition": current.pk if current else None, "since": getattr(record, "since", None)}
    form = ISOUnitEditionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = call_service(
            form,
            services.isounit_edition_set,
            actor=request.user,
            iso_unit=iso_unit,
            edition=form.cleaned_data["edition"],
            since=form.cleaned_data.get("since"),
        )
        if saved is not None:
            messages.success(
                request,
                _("%(unit)s now follows %(edition)s.")
                % {"unit": iso_unit.name, "edition": saved.edition.code},
            )
            return redirect("standards:index")
    context = {
        "iso_unit": iso_unit,
        "record": record,
        "form": form,
        "history_url": history_url(record) if record is not None else "",
    }
    return render(request, "standards/iso_unit_edition.html", context)
