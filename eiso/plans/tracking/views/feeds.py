"""The personal iCal feed (.ics) and the page that gives its address."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from eiso.accounts.tokens import authenticate_token
from eiso.plans.tracking import feeds
from eiso.plans.tracking.dates import Thresholds
from eiso.plans.tracking.ical import render_calendar


def _ics(request, user) -> HttpResponse:
    agency = getattr(user, "active_agency", None)
    thresholds = Thresholds.for_day(province=getattr(agency, "province_id", None))
    base = request.build_absolute_uri("/").rstrip("/")
    events = feeds.feed_events(feeds.feed_items(user, thresholds), base_url=base)
    body = render_calendar(
        events, name=_("eiso plan tasks — %(name)s") % {"name": user.display_name}
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="eiso-nhiem-vu.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


def feed(request, user_id, key):
    """Authenticated by the secret in the address (no session: calendar apps have none)."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not feeds.check_feed_key(user, key):
        raise Http404
    return _ics(request, user)


def feed_by_token(request):
    """Authenticated by a personal API token: `?token=eiso_…`."""
    user = authenticate_token(request.GET.get("token", ""))
    if user is None:
        return HttpResponse(
            _("A valid API token is required."), status=401, content_type="text/plain"
        )
    return _ics(request, user)


@login_required
def feed_page(request):
    url = request.build_absolute_uri(feeds.feed_path(request.user))
    return render(request, "plans/tracking/feed.html", {"feed_url": url})
