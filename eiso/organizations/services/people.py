"""People of an agency: create a person (user + membership), change their position, end it."""

from __future__ import annotations

import re
import unicodedata

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.organizations import events
from eiso.organizations.access import forget_access
from eiso.organizations.models import Agency, Membership, RoleGrant, Unit
from eiso.organizations.permissions import can_manage_structure
from eiso.organizations.services._common import clean_text, require

AUDIT_FIELDS = ("user", "agency", "unit", "position", "is_active")
USERNAME_PATTERN = re.compile(r"^[a-z0-9._-]{3,150}$")


@transaction.atomic
def person_create(
    *,
    actor,
    agency: Agency,
    full_name: str,
    email: str,
    username: str = "",
    unit: Unit | None = None,
    position: str = "",
    phone: str = "",
    send_invitation: bool = True,
) -> Membership:
    """Add a person who works in `agency` (optionally in `unit`).

    A new user has no usable password; with `send_invitation` an e-mail with a link to set one
    is sent after the transaction commits. If an account with this e-mail already exists (the
    person works in another agency too), that account gets a position here instead: no second
    account, no invitation, and the name and login name typed are ignored. The returned
    membership's `new_account` says which happened.
    """
    require(can_manage_structure(actor, agency))
    position = clean_text(position, field="position", max_length=150)
    _check_unit(agency, unit)
    existing = _existing_user(email)
    if existing is not None:
        return _add_existing(actor, agency, existing, unit, position)
    full_name = clean_text(full_name, field="full_name", required=True, max_length=150)
    phone = clean_text(phone, field="phone", max_length=30)
    email = _clean_email(email)
    username = _clean_username(username, email)
    user = get_user_model().objects.create_user(
        username=username,
        email=email,
        password=None,
        full_name=full_name,
        position=position,
        phone=phone,
        active_agency=agency,
    )
    membership = Membership.objects.create(
        user=user, agency=agency, unit=unit, position=position, created_by=actor
    )
    _record_added(
        actor, membership, username=username, email=email, invitation=bool(send_invitation)
    )
    membership.new_account = True
    if send_invitation:
        from eiso.organizations.tasks import send_invitation as task

        inviter = actor.display_name
        transaction.on_commit(
            lambda: task.enqueue(user_id=str(user.pk), agency_id=str(agency.pk), inviter=inviter)
        )
    return membership


def _existing_user(email: str):
    email = (email or "").strip()
    if not email:
        return None
    return get_user_model().objects.filter(email__iexact=email, is_active=True).first()


def _add_existing(actor, agency: Agency, user, unit: Unit | None, position: str) -> Membership:
    membership = Membership.objects.filter(user=user, agency=agency).first()
    if membership is not None and membership.is_active:
        raise DomainError(
            _("%(name)s already works in this agency.") % {"name": user.display_name},
            field="email",
        )
    if membership is None:
        membership = Membership(user=user, agency=agency, created_by=actor)
    membership.unit, membership.position, membership.is_active = unit, position, True
    membership.save()
    _record_added(actor, membership, existing_account=True)
    forget_access(user)
    membership.new_account = False
    return membership


def _record_added(actor, membership: Membership, **extra) -> None:
    values = audit.snapshot(membership, AUDIT_FIELDS)
    values.update(extra)
    audit.record(
        actor=actor, action=events.MEMBERSHIP_CREATE, obj=membership, changes=audit.created(values)
    )


@transaction.atomic
def membership_update(
    *, actor, membership: Membership, position: str, unit: Unit | None
) -> Membership:
    """Change a person's position and unit within the agency."""
    agency = membership.agency
    require(can_manage_structure(actor, agency))
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if not membership.is_active:
        raise DomainError(_("This person no longer works in this agency."))
    _check_unit(agency, unit)
    before = audit.snapshot(membership, AUDIT_FIELDS)
    membership.position = clean_text(position, field="position", max_length=150)
    membership.unit = unit
    changes = audit.diff(before, audit.snapshot(membership, AUDIT_FIELDS))
    if changes:
        membership.save()
        audit.record(actor=actor, action=events.MEMBERSHIP_UPDATE, obj=membership, changes=changes)
    return membership


@transaction.atomic
def membership_end(*, actor, membership: Membership) -> Membership:
    """The person leaves the agency: the membership ends and their roles in it are revoked."""
    agency = membership.agency
    require(can_manage_structure(actor, agency))
    membership = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    if not membership.is_active:
        raise DomainError(_("This person no longer works in this agency."))
    if membership.user_id == actor.pk:
        raise DomainError(_("You cannot remove yourself from the agency."))
    membership.is_active = False
    membership.save(update_fields=["is_active", "updated_at"])
    audit.record(
        actor=actor,
        action=events.MEMBERSHIP_END,
        obj=membership,
        changes={"is_active": [True, False]},
    )
    _revoke_roles_in_agency(actor, membership.user, agency)
    user = membership.user
    if user.active_agency_id == agency.pk:
        user.active_agency = None
        user.save(update_fields=["active_agency"])
    forget_access(user)
    return membership


def _revoke_roles_in_agency(actor, user, agency: Agency) -> None:
    grants = RoleGrant.objects.filter(
        user=user, is_active=True, agency=agency
    ) | RoleGrant.objects.filter(user=user, is_active=True, unit__agency=agency)
    now = timezone.now()
    for grant in grants.select_related("unit", "agency"):
        grant.is_active = False
        grant.revoked_at = now
        grant.revoked_by = actor
        grant.save(update_fields=["is_active", "revoked_at", "revoked_by", "updated_at"])
        audit.record(
            actor=actor,
            action=events.ROLE_REVOKE,
            obj=grant,
            changes={"is_active": [True, False], "reason": _("Left the agency")},
            province_id=agency.province_id,
            agency_id=agency.pk,
        )


def _check_unit(agency: Agency, unit: Unit | None) -> None:
    if unit is None:
        return
    if unit.agency_id != agency.pk:
        raise DomainError(_("The unit must belong to this agency."), field="unit")
    if not unit.is_active:
        raise DomainError(_("This unit is inactive."), field="unit")


def _clean_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not email:
        raise DomainError(_("Enter the person's e-mail address."), field="email")
    try:
        validate_email(email)
    except ValidationError as exc:
        raise DomainError(_("Enter a valid e-mail address."), field="email") from exc
    if get_user_model().objects.filter(email__iexact=email).exists():
        raise DomainError(_("This e-mail address belongs to a disabled account."), field="email")
    return email


def _clean_username(username: str, email: str) -> str:
    """The given login name, or one derived from the e-mail address (made unique)."""
    User = get_user_model()
    username = (username or "").strip().lower()
    if username:
        if not USERNAME_PATTERN.match(username):
            raise DomainError(
                _(
                    "A login name has 3 or more letters, digits, dots, dashes or underscores, "
                    "without accents or spaces."
                ),
                field="username",
            )
        if User.objects.filter(username__iexact=username).exists():
            raise DomainError(_("This login name is already taken."), field="username")
        return username
    base = unicodedata.normalize("NFKD", email.split("@")[0].replace("đ", "d"))
    base = re.sub(r"[^a-z0-9._-]", "", base.encode("ascii", "ignore").decode().lower())[:140]
    base = base if len(base) >= 3 else f"user{base}"
    candidate, suffix = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        suffix += 1
        candidate = f"{base}{suffix}"
    return candidate
