"""Who is calling: a personal API token (Authorization: Bearer eiso_…) or the browser session.

Tokens are for scripts and other systems; the session is for the app's own htmx/JS. A session
caller must send the CSRF token on unsafe methods, exactly as for a form post; a token caller does
not (a browser never attaches a bearer token on its own, so there is nothing to forge).
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.security import SessionAuth as NinjaSessionAuth
from ninja.utils import check_csrf

from eiso.accounts.models import User
from eiso.accounts.tokens import authenticate_token


class ApiRequest(HttpRequest):
    """A request as the API views see it (for annotations only; ninja passes an HttpRequest).

    Both authenticators below return an active User, and ninja stores it in `request.auth`
    before calling the view (an unauthenticated call is answered 401 without reaching it).
    """

    auth: User


class TokenAuth(HttpBearer):
    def authenticate(self, request, token: str):
        user = authenticate_token(token)
        if user is not None:
            # Code below the API (audit trail, access cache) reads request.user.
            request.user = user
        return user


class SessionAuth(NinjaSessionAuth):
    """Django's session, with CSRF enforced for unsafe methods and a translated refusal."""

    def _get_key(self, request):
        if check_csrf(request) is not None:
            raise HttpError(403, _("CSRF verification failed. Reload the page and try again."))
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_active:
            return user
        return None
