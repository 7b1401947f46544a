"""Registry of objects that have a "Lịch sử" (history) page, and how to read their events.

An app registers each model that users may open the history of:

    history.register("documents.document", load_document, related=document_versions_q)

`loader(user, object_id)` fetches the object AND authorises it: it returns None when the object
does not exist or the user may not see it (the page then answers 404, so its existence does not
leak). `related(obj)` optionally returns a Q over AuditEvent selecting events of sub-objects
(the "include sub-objects" toggle). Register from `AppConfig.ready()`; the organisation models
and user accounts are registered here by default (an app's own registration wins).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from eiso.core.models import AuditEvent

Loader = Callable[[Any, str], models.Model | None]
# `related` and `link` receive the object their own loader returned, a different model for each
# entry: typed Any so that a function over one concrete model (e.g. `(Plan) -> str`) fits.
Related = Callable[[Any], Q]
Link = Callable[[Any], str]


@dataclass(frozen=True)
class Entry:
    object_type: str
    loader: Loader
    related: Related | None = None
    link: Link | None = None


_REGISTRY: dict[str, Entry] = {}
_FIELD_LABELS: dict[str, dict[str, Any]] = {}
_defaults_loaded = False


def register(
    object_type: str,
    loader: Loader,
    *,
    related: Related | None = None,
    link: Link | None = None,
) -> None:
    """Make `object_type` ("app_label.model", lower case) openable in "Lịch sử".

    `link(obj)` is the page the history page links back to (the object's own page).
    """
    _REGISTRY[object_type] = Entry(object_type, loader, related, link)


def register_field_labels(object_type: str, labels: Mapping[str, Any]) -> None:
    """Labels for change keys that are not model fields (e.g. "members" on a decision)."""
    _FIELD_LABELS.setdefault(object_type, {}).update(labels)


def _entries() -> dict[str, Entry]:
    global _defaults_loaded
    if not _defaults_loaded:
        _defaults_loaded = True
        for entry in _default_entries():
            _REGISTRY.setdefault(entry.object_type, entry)
    return _REGISTRY


def registered_types() -> list[str]:
    return sorted(_entries())


def is_registered(object_type: str) -> bool:
    return object_type in _entries()


def has_related(object_type: str) -> bool:
    entry = _entries().get(object_type)
    return entry is not None and entry.related is not None


def load(user, object_type: str, object_id: str) -> models.Model | None:
    """The object if it exists, is registered and `user` may see it; otherwise None."""
    entry = _entries().get(object_type)
    if entry is None or user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return entry.loader(user, object_id)
    except (ValueError, TypeError, ValidationError):
        # A malformed id is simply "not found".
        return None


def events_for(
    object_type: str, obj: models.Model, *, include_related: bool = False
) -> QuerySet[AuditEvent]:
    """Events about `obj` (and its sub-objects when asked), newest first."""
    condition = Q(object_type=object_type, object_id=str(obj.pk))
    entry = _entries().get(object_type)
    if include_related and entry is not None and entry.related is not None:
        condition |= entry.related(obj)
    return AuditEvent.objects.filter(condition).order_by("-at", "-id")


def back_url(object_type: str, obj: models.Model) -> str:
    """The object's own page, if its registration says where that is."""
    entry = _entries().get(object_type)
    if entry is None or entry.link is None:
        return ""
    try:
        return entry.link(obj)
    except NoReverseMatch:
        return ""


def url_for(obj: models.Model) -> str:
    """The history page of `obj`, or "" when its type is not registered."""
    object_type = obj._meta.label_lower
    if not is_registered(object_type):
        return ""
    return reverse("core:history", args=[object_type, str(obj.pk)])


# Presentation -------------------------------------------------------------------------------
def _sentence_case(text: str) -> str:
    """First letter upper-cased, the rest kept ("Ban chỉ đạo ISO", not "Ban chỉ đạo iso")."""
    return text[:1].upper() + text[1:]


def object_type_label(object_type: str) -> str:
    """The model's verbose name ("Đơn vị") or the raw type when the model is unknown."""
    try:
        model = apps.get_model(object_type)
    except (LookupError, ValueError):
        return object_type
    return _sentence_case(str(model._meta.verbose_name))


def field_label(object_type: str, name: str) -> str:
    """A human label for a changed field: registered label, else the field's verbose name."""
    label = _FIELD_LABELS.get(object_type, {}).get(name)
    if label is not None:
        return _sentence_case(str(label))
    try:
        model = apps.get_model(object_type)
        return _sentence_case(str(model._meta.get_field(name).verbose_name))
    except (LookupError, ValueError, FieldDoesNotExist, AttributeError):
        return _sentence_case(name.replace("_", " "))


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def display_value(value: Any) -> str:
    """A stored change value as people read it: dd/mm/yyyy dates, Có/Không, "—" for empty."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, list | tuple):
        return ", ".join(display_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {display_value(v)}" for k, v in value.items())
    if isinstance(value, str) and _ISO_DATE.match(value):
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return moment.strftime("%d/%m/%Y %H:%M")
    return str(value)


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


def changes_of(event: AuditEvent) -> list[Change]:
    """The event's changes as rows "field: old → new", in the order they were recorded."""
    rows = []
    for name, value in (event.changes or {}).items():
        if isinstance(value, list | tuple) and len(value) == 2:
            old, new = value
        else:
            old, new = None, value
        rows.append(
            Change(field_label(event.object_type, name), display_value(old), display_value(new))
        )
    return rows


# Default registrations: the organisation domain and user accounts ----------------------------
ORGANISATION_TYPES = (
    "organizations.agency",
    "organizations.unit",
    "organizations.isounit",
    "organizations.membership",
    "organizations.rolegrant",
    "organizations.steeringcommittee",
    "organizations.steeringmember",
    "organizations.steeringdecision",
)


def _agency_page(name: str, agency_id) -> str:
    return reverse(f"organizations:{name}", args=[agency_id])


def _grant_page(grant) -> str:
    agency_id = grant.agency_id or (grant.unit.agency_id if grant.unit_id else None)
    return _agency_page("roles", agency_id) if agency_id else ""


def _steering_page(obj) -> str:
    agency_id = obj.agency_id if hasattr(obj, "agency_id") else obj.committee.agency_id
    return _agency_page("steering", agency_id)


def _default_entries() -> list[Entry]:
    return [
        Entry("organizations.province", _load_province),
        Entry(
            "organizations.agency",
            _load_agency,
            _agency_related,
            lambda agency: _agency_page("agency_detail", agency.pk),
        ),
        Entry(
            "organizations.unit",
            _load_unit,
            _unit_related,
            lambda unit: _agency_page("unit_tree", unit.agency_id),
        ),
        Entry("organizations.isounit", _load_iso_unit),
        Entry(
            "organizations.membership",
            _load_membership,
            link=lambda membership: _agency_page("people", membership.agency_id),
        ),
        Entry("organizations.rolegrant", _load_role_grant, link=_grant_page),
        Entry(
            "organizations.steeringcommittee", _load_committee, _committee_related, _steering_page
        ),
        Entry("organizations.steeringmember", _load_committee_member, link=_steering_page),
        Entry("organizations.steeringdecision", _load_committee_decision, link=_steering_page),
        Entry("accounts.user", _load_user),
    ]


def _load_province(user, object_id):
    from eiso.organizations.access import access_for
    from eiso.organizations.models import Province

    province = Province.objects.filter(pk=object_id).first()
    if province is None or not access_for(user).reads_province(province.pk):
        return None
    return province


def _load_agency(user, object_id):
    from eiso.organizations.permissions import visible_agencies

    return visible_agencies(user).filter(pk=object_id).first()


def _agency_related(agency) -> Q:
    # Only organisation objects: their visibility is the agency's. Other apps' objects (drafts…)
    # have their own rules and are opened from their own pages.
    return Q(agency_id=agency.pk, object_type__in=ORGANISATION_TYPES)


def _load_unit(user, object_id):
    from eiso.organizations.models import Unit
    from eiso.organizations.permissions import can_view_agency

    unit = Unit.objects.select_related("agency").filter(pk=object_id).first()
    if unit is None or not can_view_agency(user, unit.agency):
        return None
    return unit


def _unit_related(unit) -> Q:
    from eiso.organizations.models import Unit

    subtree = Unit.objects.filter(agency_id=unit.agency_id, path__startswith=unit.path)
    ids = [str(pk) for pk in subtree.values_list("pk", flat=True)]
    return Q(object_type="organizations.unit", object_id__in=ids)


def _load_iso_unit(user, object_id):
    from eiso.organizations.permissions import visible_iso_units

    return visible_iso_units(user).filter(pk=object_id).first()


def _load_membership(user, object_id):
    from eiso.organizations.models import Membership
    from eiso.organizations.permissions import can_view_agency

    membership = Membership.objects.select_related("agency", "user").filter(pk=object_id).first()
    if membership is None or not can_view_agency(user, membership.agency):
        return None
    return membership


def _load_role_grant(user, object_id):
    from eiso.organizations.selectors import grants_for_user

    return grants_for_user(user, include_revoked=True).filter(pk=object_id).first()


def _load_committee(user, object_id):
    from eiso.organizations.models import SteeringCommittee
    from eiso.organizations.permissions import can_view_agency

    committee = SteeringCommittee.objects.select_related("agency").filter(pk=object_id).first()
    if committee is None or not can_view_agency(user, committee.agency):
        return None
    return committee


def _committee_related(committee) -> Q:
    return Q(
        agency_id=committee.agency_id,
        object_type__in=("organizations.steeringmember", "organizations.steeringdecision"),
    )


def _load_committee_member(user, object_id):
    from eiso.organizations.models import SteeringMember
    from eiso.organizations.permissions import can_view_agency

    member = SteeringMember.objects.select_related("committee__agency").filter(pk=object_id).first()
    if member is None or not can_view_agency(user, member.committee.agency):
        return None
    return member


def _load_committee_decision(user, object_id):
    from eiso.organizations.models import SteeringDecision
    from eiso.organizations.permissions import can_view_agency

    decision = (
        SteeringDecision.objects.select_related("committee__agency").filter(pk=object_id).first()
    )
    if decision is None or not can_view_agency(user, decision.committee.agency):
        return None
    return decision


def _load_user(user, object_id):
    """A person's own record; administrators and managers of an agency the person works in."""
    from eiso.accounts.models import User
    from eiso.organizations.access import access_for
    from eiso.organizations.models import Membership

    person = User.objects.filter(pk=object_id).first()
    if person is None:
        return None
    access = access_for(user)
    if person.pk == user.pk or access.global_admin:
        return person
    places = Membership.objects.filter(user=person).values_list("agency_id", "agency__province_id")
    if any(access.manages_agency(agency_id, province_id) for agency_id, province_id in places):
        return person
    return None


register_field_labels(
    "organizations.steeringdecision",
    {"members": _("members"), "legal_bases": _("legal bases")},
)
