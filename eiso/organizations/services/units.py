"""The unit tree of an agency, kept as materialised paths ("0003.0001.").

Each unit's path is its parent's path plus a zero-padded key unique among its siblings, so a
subtree is one `path__startswith` query and moving a unit re-paths its subtree in one UPDATE.
Keys are never reused (the next key is one past the largest ever given under that parent).

Deactivating a unit with active sub-units or people is refused, with a message saying what to
move first: silently deactivating a subtree would leave people attached to units nobody sees
and role grants pointing at them, which is worse than one extra step.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import CharField, F, Value
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.organizations import events
from eiso.organizations.models import Agency, Membership, RoleGrant, Unit, UnitKind
from eiso.organizations.permissions import can_manage_structure
from eiso.organizations.search import Fold, fold
from eiso.organizations.services._common import clean_text, lock_agency, require

KEY_WIDTH = 4
MAX_PATH_LENGTH = 255
AUDIT_FIELDS = ("name", "symbol", "kind", "parent", "is_active")


def next_child_path(agency: Agency, parent: Unit | None) -> str:
    """The path for a new child of `parent` (or a new top-level unit). Call with the agency locked."""
    prefix = parent.path if parent else ""
    depth = parent.depth + 1 if parent else 0
    siblings = Unit.objects.filter(agency=agency, depth=depth, path__startswith=prefix)
    keys = [
        int(p[len(prefix) : len(prefix) + KEY_WIDTH])
        for p in siblings.values_list("path", flat=True)
    ]
    key = max(keys, default=0) + 1
    if key >= 10**KEY_WIDTH:
        raise DomainError(_("This level has too many units."))
    path = f"{prefix}{key:0{KEY_WIDTH}d}."
    return path


@transaction.atomic
def unit_create(
    *,
    actor,
    agency: Agency,
    name: str,
    kind: str = UnitKind.DIVISION,
    symbol: str = "",
    parent: Unit | None = None,
) -> Unit:
    require(can_manage_structure(actor, agency))
    lock_agency(agency)
    values = _clean(agency, name=name, kind=kind, symbol=symbol, parent=parent)
    if parent is not None:
        _check_parent(agency, parent)
    path = next_child_path(agency, parent)
    _check_depth(path)
    unit = Unit.objects.create(
        agency=agency,
        parent=parent,
        path=path,
        depth=parent.depth + 1 if parent else 0,
        created_by=actor,
        **values,
    )
    audit.record(
        actor=actor,
        action=events.UNIT_CREATE,
        obj=unit,
        changes=audit.created(audit.snapshot(unit, AUDIT_FIELDS)),
        province_id=agency.province_id,
        agency_id=agency.pk,
    )
    return unit


@transaction.atomic
def unit_update(*, actor, unit: Unit, name: str, kind: str, symbol: str = "") -> Unit:
    """Rename or re-classify a unit (its place in the tree changes with `unit_move`)."""
    agency = unit.agency
    require(can_manage_structure(actor, agency))
    lock_agency(agency)
    unit = Unit.objects.get(pk=unit.pk)
    before = audit.snapshot(unit, AUDIT_FIELDS)
    for field, value in _clean(
        agency, name=name, kind=kind, symbol=symbol, parent=unit.parent, unit=unit
    ).items():
        setattr(unit, field, value)
    changes = audit.diff(before, audit.snapshot(unit, AUDIT_FIELDS))
    if changes:
        unit.save()
        _record(actor, events.UNIT_UPDATE, unit, agency, changes)
    return unit


@transaction.atomic
def unit_move(*, actor, unit: Unit, new_parent: Unit | None) -> Unit:
    """Put `unit` (with its whole subtree) under `new_parent`, or at the top level if None."""
    agency = unit.agency
    require(can_manage_structure(actor, agency))
    lock_agency(agency)
    unit = Unit.objects.select_related("parent").get(pk=unit.pk)
    if new_parent is not None:
        new_parent = Unit.objects.get(pk=new_parent.pk)
        if new_parent.agency_id != agency.pk:
            raise DomainError(_("A unit cannot be moved to another agency."), field="new_parent")
        if new_parent.path.startswith(unit.path):
            raise DomainError(
                _("A unit cannot be moved under itself or one of its sub-units."),
                field="new_parent",
            )
        if not new_parent.is_active:
            raise DomainError(_("The new parent unit is inactive."), field="new_parent")
    if (new_parent.pk if new_parent else None) == unit.parent_id:
        raise DomainError(_("The unit is already there."), field="new_parent")
    before = audit.snapshot(unit, AUDIT_FIELDS)
    old_path, new_path = unit.path, next_child_path(agency, new_parent)
    depth_delta = (new_parent.depth + 1 if new_parent else 0) - unit.depth
    _check_depth(new_path, subtree_longest=_longest_path(agency, old_path) - len(old_path))
    # New paths start with a fresh key, so they never collide with an existing path.
    moved = Unit.objects.filter(agency=agency, path__startswith=old_path).update(
        path=Concat(Value(new_path), Substr("path", len(old_path) + 1), output_field=CharField()),
        depth=F("depth") + depth_delta,
    )
    Unit.objects.filter(pk=unit.pk).update(parent=new_parent)
    unit.refresh_from_db()
    changes: dict[str, Any] = {
        **audit.diff(before, audit.snapshot(unit, AUDIT_FIELDS)),
        "moved_units": moved,
    }
    _record(actor, events.UNIT_MOVE, unit, agency, changes)
    return unit


@transaction.atomic
def unit_deactivate(*, actor, unit: Unit) -> Unit:
    """Deactivate a unit that has no active sub-units, people or role grants left."""
    agency = unit.agency
    require(can_manage_structure(actor, agency))
    lock_agency(agency)
    unit = Unit.objects.get(pk=unit.pk)
    if not unit.is_active:
        raise DomainError(_("This unit is already inactive."))
    _check_empty(unit)
    return _set_active(actor, unit, agency, False, events.UNIT_DEACTIVATE)


@transaction.atomic
def unit_reactivate(*, actor, unit: Unit) -> Unit:
    agency = unit.agency
    require(can_manage_structure(actor, agency))
    lock_agency(agency)
    unit = Unit.objects.select_related("parent").get(pk=unit.pk)
    if unit.is_active:
        raise DomainError(_("This unit is already active."))
    parent = unit.parent
    if parent is not None and not parent.is_active:
        raise DomainError(_("Reactivate its parent unit first: %(name)s.") % {"name": parent.name})
    return _set_active(actor, unit, agency, True, events.UNIT_REACTIVATE)


def _set_active(actor, unit: Unit, agency: Agency, active: bool, action: str) -> Unit:
    unit.is_active = active
    unit.save(update_fields=["is_active", "updated_at"])
    _record(actor, action, unit, agency, {"is_active": [not active, active]})
    return unit


def _record(actor, action: str, unit: Unit, agency: Agency, changes: dict) -> None:
    audit.record(
        actor=actor,
        action=action,
        obj=unit,
        changes=changes,
        province_id=agency.province_id,
        agency_id=agency.pk,
    )


def _check_empty(unit: Unit) -> None:
    children = Unit.objects.filter(parent=unit, is_active=True).count()
    people = Membership.objects.filter(unit=unit, is_active=True).count()
    grants = RoleGrant.objects.filter(unit=unit, is_active=True).count()
    if not (children or people or grants):
        return
    parts = []
    if children:
        parts.append(
            ngettext("%(count)d active sub-unit", "%(count)d active sub-units", children)
            % {"count": children}
        )
    if people:
        parts.append(
            ngettext("%(count)d person working in it", "%(count)d people working in it", people)
            % {"count": people}
        )
    if grants:
        parts.append(
            ngettext("%(count)d active role grant", "%(count)d active role grants", grants)
            % {"count": grants}
        )
    raise DomainError(
        _(
            "%(unit)s still has %(what)s. Move or deactivate the sub-units, move the people "
            "to another unit and revoke the roles first."
        )
        % {"unit": unit.name, "what": ", ".join(parts)}
    )


def _check_parent(agency: Agency, parent: Unit) -> None:
    if parent.agency_id != agency.pk:
        raise DomainError(_("The parent unit must belong to the same agency."), field="parent")
    if not parent.is_active:
        raise DomainError(_("The parent unit is inactive."), field="parent")


def _check_depth(path: str, *, subtree_longest: int = 0) -> None:
    if len(path) + subtree_longest > MAX_PATH_LENGTH:
        raise DomainError(_("The unit tree would be too deep."))


def _longest_path(agency: Agency, prefix: str) -> int:
    paths = Unit.objects.filter(agency=agency, path__startswith=prefix).values_list(
        "path", flat=True
    )
    return max((len(p) for p in paths), default=len(prefix))


def _clean(
    agency: Agency,
    *,
    name: str,
    kind: str,
    symbol: str,
    parent: Unit | None,
    unit: Unit | None = None,
) -> dict:
    name = clean_text(name, field="name", required=True, max_length=255)
    symbol = clean_text(symbol, field="symbol", max_length=30)
    if kind not in UnitKind.values:
        raise DomainError(_("Choose the kind of unit."), field="kind")
    same_name = Unit.objects.annotate(folded_name=Fold("name")).filter(
        agency=agency, parent=parent, folded_name=fold(name), is_active=True
    )
    if unit is not None:
        same_name = same_name.exclude(pk=unit.pk)
    if same_name.exists():
        raise DomainError(
            _("Another active unit at this place in the tree already has this name."),
            field="name",
        )
    return {"name": name, "kind": kind, "symbol": symbol}
