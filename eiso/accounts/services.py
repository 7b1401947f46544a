"""Writes of the accounts domain: login bookkeeping, profile, password, active agency.

Every function is atomic and records its audit event in the same transaction.
"""

from __future__ import annotations

import uuid

from axes.utils import reset as axes_reset
from django.db import transaction
from django.utils.translation import gettext as _

from eiso.accounts import events
from eiso.accounts.models import User
from eiso.core import audit
from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations.access import access_for
from eiso.organizations.models import Agency

PROFILE_FIELDS = ("full_name", "email", "phone", "position", "language")


def _require_self(actor: User | None, user: User) -> None:
    if actor is None or not actor.is_authenticated or actor.pk != user.pk:
        raise PermissionDenied()


def _first_agency_id(user: User) -> uuid.UUID | None:
    """The user's first agency by name (stable), among active agencies they belong to."""
    ids = access_for(user).agency_ids()
    if not ids:
        return None
    return (
        Agency.objects.filter(id__in=ids, is_active=True)
        .order_by("name", "id")
        .values_list("id", flat=True)
        .first()
    )


@transaction.atomic
def user_record_login(*, user: User) -> User:
    """Bookkeeping after a successful login: repair the active agency, record the login.

    The active agency is reset to the user's first agency when it is empty or when the user no
    longer belongs to it (membership ended, role revoked, agency deactivated).
    """
    changes: dict = {}
    ids = access_for(user).agency_ids()
    current = user.active_agency_id
    still_valid = (
        current in ids and Agency.objects.filter(pk=current, is_active=True).exists()
        if current
        else False
    )
    if not still_valid:
        before = audit.snapshot(user, ["active_agency"])
        new_id = _first_agency_id(user)
        if new_id != current:
            User.objects.filter(pk=user.pk).update(active_agency_id=new_id)
            user.active_agency_id = new_id
            changes = audit.diff(before, audit.snapshot(user, ["active_agency"]))
    audit.record(actor=user, action=events.USER_LOGIN, obj=user, changes=changes)
    return user


@transaction.atomic
def user_update_profile(*, actor: User, user: User, **values) -> User:
    """Change the user's own profile fields (PROFILE_FIELDS)."""
    _require_self(actor, user)
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise DomainError(
            _("These fields cannot be changed here: %(fields)s")
            % {"fields": ", ".join(sorted(unknown))}
        )
    if "full_name" in values and not (values["full_name"] or "").strip():
        raise DomainError(_("Enter your full name."), field="full_name")
    email = (values.get("email") or "").strip()
    if email and User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
        raise DomainError(_("Another account already uses this e-mail address."), field="email")
    before = audit.snapshot(user, PROFILE_FIELDS)
    for name, value in values.items():
        setattr(user, name, value.strip() if isinstance(value, str) else value)
    changes = audit.diff(before, audit.snapshot(user, PROFILE_FIELDS))
    if changes:
        user.save(update_fields=[*values.keys()])
        audit.record(actor=actor, action=events.USER_PROFILE_UPDATE, obj=user, changes=changes)
    return user


@transaction.atomic
def user_set_password(
    *, actor: User | None, user: User, password: str, reset: bool = False
) -> User:
    """Store a new password (already validated by the form). `reset`: through an e-mailed link.

    On a reset the actor is the user themself (they proved control of the mailbox), so a login
    lockout on the account is lifted once the new password is committed.
    """
    if reset:
        actor = user
    _require_self(actor, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    action = events.USER_PASSWORD_RESET if reset else events.USER_PASSWORD_CHANGE
    # The audit trail says that the password changed, never what it is.
    audit.record(actor=actor, action=action, obj=user, changes={"password": ["***", "***"]})
    if reset:
        username = user.get_username()
        transaction.on_commit(lambda: axes_reset(username=username))
    return user


@transaction.atomic
def user_switch_agency(*, actor: User, agency_id) -> Agency:
    """Make `agency_id` the actor's active agency. Only agencies the actor belongs to."""
    if actor is None or not actor.is_authenticated:
        raise PermissionDenied()
    try:
        agency_uuid = uuid.UUID(str(agency_id))
    except (TypeError, ValueError, AttributeError) as exc:
        raise PermissionDenied() from exc
    if agency_uuid not in access_for(actor).agency_ids():
        raise PermissionDenied()
    agency = Agency.objects.filter(pk=agency_uuid, is_active=True).first()
    if agency is None:
        raise PermissionDenied()
    if actor.active_agency_id != agency.pk:
        before = audit.snapshot(actor, ["active_agency"])
        actor.active_agency = agency
        actor.save(update_fields=["active_agency"])
        audit.record(
            actor=actor,
            action=events.USER_SWITCH_AGENCY,
            obj=actor,
            changes=audit.diff(before, audit.snapshot(actor, ["active_agency"])),
        )
    return agency
