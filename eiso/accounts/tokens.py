"""Personal API tokens: create, revoke, authenticate.

The secret is "eiso_" + a random URL-safe string. Only its SHA-256 hash and a short prefix (for the
user to recognise the token) are stored; the secret itself is shown once, when it is created.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.accounts import events
from eiso.accounts.models import ApiToken, User
from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied

SECRET_PREFIX = "eiso_"
PREFIX_LENGTH = 8
NAME_MAX_LENGTH = 100
# last_used_at is written at most this often per token, to keep API reads cheap.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


def hash_secret(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def token_status(token: ApiToken, *, now: dt.datetime | None = None) -> str:
    """'revoked', 'expired' or 'active'."""
    now = now or timezone.now()
    if token.revoked_at is not None:
        return "revoked"
    if token.expires_at is not None and token.expires_at <= now:
        return "expired"
    return "active"


@transaction.atomic
def create_token(
    *, actor: User, name: str, expires_at: dt.datetime | None = None
) -> tuple[ApiToken, str]:
    """A new token for `actor` itself. Returns the token and its secret (never stored)."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        raise PermissionDenied()
    name = (name or "").strip()
    if not name:
        raise DomainError(_("Enter a name for the token."), field="name")
    if len(name) > NAME_MAX_LENGTH:
        raise DomainError(
            _("The name may have at most %(max)d characters.") % {"max": NAME_MAX_LENGTH},
            field="name",
        )
    if expires_at is not None and expires_at <= timezone.now():
        raise DomainError(_("The expiry date must be in the future."), field="expires_at")
    raw = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=actor,
        name=name,
        prefix=raw[len(SECRET_PREFIX) : len(SECRET_PREFIX) + PREFIX_LENGTH],
        key_hash=hash_secret(raw),
        expires_at=expires_at,
    )
    audit.record(
        actor=actor,
        action=events.API_TOKEN_CREATE,
        obj=token,
        changes=audit.created(
            {"name": token.name, "prefix": token.prefix, "expires_at": token.expires_at}
        ),
    )
    return token, raw


@transaction.atomic
def revoke_token(*, actor: User, token: ApiToken) -> ApiToken:
    """Revoke one of the actor's own tokens. Revoking twice is an error, not a silent no-op."""
    if actor is None or not actor.is_authenticated or token.user_id != actor.pk:
        raise PermissionDenied()
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is not None:
        raise DomainError(_("This token has already been revoked."))
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit.record(
        actor=actor,
        action=events.API_TOKEN_REVOKE,
        obj=token,
        changes={"revoked_at": [None, token.revoked_at]},
    )
    return token


def authenticate_token(raw: str) -> User | None:
    """The active user owning the valid token `raw`, or None.

    Lookup is by the SHA-256 of the whole secret (an indexed unique column), so no comparison of
    secrets happens in Python; the stored hash is compared again with `secrets.compare_digest`.
    """
    if not isinstance(raw, str) or not raw.startswith(SECRET_PREFIX) or len(raw) > 200:
        return None
    digest = hash_secret(raw)
    token = ApiToken.objects.select_related("user").filter(key_hash=digest).first()
    if token is None or not secrets.compare_digest(token.key_hash, digest):
        return None
    now = timezone.now()
    if token_status(token, now=now) != "active" or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token.user
