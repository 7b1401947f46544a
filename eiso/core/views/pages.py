from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
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


@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page declares; send them to the real icon.
    Resolved per request so the hashed production name is used once collectstatic has run."""
    return redirect(static("src/favicon.svg"), permanent=True)
