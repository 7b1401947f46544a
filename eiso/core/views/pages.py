from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from eiso.core import my_work


def home(request):
    if request.user.is_authenticated:
        return redirect("core:my_work")
    return redirect("accounts:login")


@login_required
@require_GET
def my_work_page(request):
    """Everything waiting for the person in the active agency; unread notifications included
    (the notifications app registers that section)."""
    agency = getattr(request, "active_agency", None) or request.user.active_agency
    sections = my_work.sections_for(request.user, agency)
    has_items = any(section.items for section in sections)
    return render(
        request,
        "core/my_work.html",
        {"sections": sections, "agency": agency, "has_items": has_items},
    )
