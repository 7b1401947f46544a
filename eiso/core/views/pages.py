from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from eiso.core import my_work
from eiso.notifications.selectors import inbox


def home(request):
    if request.user.is_authenticated:
        return redirect("core:my_work")
    return redirect("accounts:login")


@login_required
def my_work_page(request):
    agency = request.user.active_agency
    sections = my_work.sections_for(request.user, agency)
    notifications = list(inbox(request.user).filter(read_at__isnull=True)[:10])
    return render(
        request,
        "core/my_work.html",
        {"sections": sections, "notifications": notifications, "agency": agency},
    )
