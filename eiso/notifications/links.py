"""Links inside notifications: absolute ones for e-mails, same-site checks for redirects."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def site_host() -> str:
    return urlsplit(settings.SITE_URL).netloc


def absolute_url(url: str) -> str:
    """settings.SITE_URL + a site path; the inbox when the notification has no link."""
    base = settings.SITE_URL.rstrip("/")
    if not url:
        return base + reverse("notifications:inbox")
    if url.startswith(("http://", "https://")):
        return url
    return base + (url if url.startswith("/") else "/" + url)


def safe_redirect_target(url: str, *, request_host: str, secure: bool) -> str | None:
    """The link if it stays on this site (relative, or absolute to this host or SITE_URL)."""
    if not url:
        return None
    allowed = {request_host, site_host()}
    if url_has_allowed_host_and_scheme(url, allowed_hosts=allowed, require_https=secure):
        return url
    return None
