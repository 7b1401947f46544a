"""Inbox, opening a notification, "mark all as read", e-mail preferences and the bell count.

Everything here concerns the logged-in person's own notifications: another person's id is 404.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from eiso.core.errors import DomainError
from eiso.notifications import selectors, services
from eiso.notifications.forms import PreferencesForm
from eiso.notifications.kinds import kind_label
from eiso.notifications.links import safe_redirect_target

TABS = ("unread", "all")


@login_required
@require_GET
def inbox_page(request):
    tab = request.GET.get("tab")
    if tab not in TABS:
        tab = "unread"
    queryset = selectors.unread(request.user) if tab == "unread" else selectors.inbox(request.user)
    page = Paginator(queryset, settings.EISO_PAGE_SIZE).get_page(request.GET.get("page"))
    for notification in page.object_list:
        notification.kind_label = kind_label(notification.kind)
    return render(request, "notifications/inbox.html", {"page": page, "tab": tab})


@login_required
@require_POST
def open_notification(request, notification_id):
    """Mark the notification read, then follow its link if it stays on this site."""
    notification = selectors.get_notification_for_user_or_404(request.user, notification_id)
    services.notification_mark_read(actor=request.user, notification=notification)
    target = safe_redirect_target(
        notification.url, request_host=request.get_host(), secure=request.is_secure()
    )
    return redirect(target or "notifications:inbox")


@login_required
@require_POST
def mark_all_read(request):
    count = services.notifications_mark_all_read(actor=request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "Marked %(count)d notification as read.",
                "Marked %(count)d notifications as read.",
                count,
            )
            % {"count": count},
        )
    return redirect("notifications:inbox")


@login_required
@require_http_methods(["GET", "POST"])
def preferences_page(request):
    modes = selectors.email_modes_for(request.user)
    form = PreferencesForm(request.POST or None, modes=modes)
    if request.method == "POST" and form.is_valid():
        try:
            services.notification_preferences_update(actor=request.user, modes=form.modes())
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("Your notification settings have been saved."))
            return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@require_GET
def bell(request):
    """The unread badge for htmx polling. 204 (nothing swapped) once the session has ended."""
    if not request.user.is_authenticated:
        return HttpResponse(status=204)
    count = selectors.unread_count(request.user)
    # No request context: the badge needs none, and context processors would add queries.
    html = render_to_string("notifications/_bell_badge.html", {"unread_notifications": count})
    return HttpResponse(html)
