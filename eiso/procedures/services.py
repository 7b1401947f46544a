"""Writes to agency scopes: add TTHC (one by one, by field, or from an import), take them out, and
map a TTHC to the procedure that implements it.

A TTHC newly in an agency's scope opens a task due 5 working days later (TT 26/2014 Art. 4: the
per-agency list is updated within 5 working days of the publication decision), shown in the ISO
coordinator's "Việc của tôi" and notified to them. Mapping a procedure closes the task.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from eiso.core import audit, domain_events
from eiso.core.calendar import add_working_days
from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.core.request_context import current_request_info
from eiso.organizations.models import Agency, RoleGrant
from eiso.organizations.roles import Role
from eiso.procedures import events, permissions
from eiso.procedures.models import TTHC, AgencyTTHC

SCOPE_TASK_WORKING_DAYS = 5
KIND_SCOPE_ADDED = "procedures.scope_added"
AUDIT_BATCH = 500


def scope_due_date(start: dt.date, province_id) -> dt.date:
    """The deadline of the task opened when a TTHC enters a scope on `start`."""
    return add_working_days(start, SCOPE_TASK_WORKING_DAYS, province=province_id)


def bulk_audit(
    *,
    actor: Any,
    action: str,
    items: Iterable[tuple[Any, Mapping[str, Any]]],
    province_id=None,
    agency_id=None,
) -> int:
    """One audit event per (object, changes), written in batches (the import's thousands of
    rows). Same content as `audit.record`; must run inside the caller's transaction."""
    info = current_request_info()
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    name = (actor.display_name if is_user else "hệ thống")[:200]
    rows = []
    for obj, changes in items:
        scope_province, scope_agency = province_id, agency_id
        if scope_province is None and scope_agency is None and hasattr(obj, "audit_scope"):
            scope_province, scope_agency = obj.audit_scope()
        rows.append(
            AuditEvent(
                actor=actor if is_user else None,
                actor_name=name,
                action=action,
                object_type=obj._meta.label_lower,
                object_id=str(obj.pk),
                object_repr=str(obj)[:300],
                province_id=scope_province,
                agency_id=scope_agency,
                changes={k: audit._plain(v) for k, v in changes.items()},
                ip_address=info.ip_address,
                request_id=info.request_id,
            )
        )
    AuditEvent.objects.bulk_create(rows, batch_size=AUDIT_BATCH)
    return len(rows)


def _coordinators(agency_ids: Iterable) -> dict:
    """agency id -> ISO coordinator user ids (one query)."""
    result: dict = defaultdict(list)
    grants = RoleGrant.objects.filter(
        role=Role.ISO_COORDINATOR, agency_id__in=list(agency_ids), is_active=True
    ).values_list("agency_id", "user_id")
    for agency_id, user_id in grants:
        result[agency_id].append(user_id)
    return result


def _notify_new_scopes(actor, counts: dict, due_dates: dict) -> None:
    from eiso.notifications.services import notify

    coordinators = _coordinators(counts)
    agencies = Agency.objects.in_bulk(list(counts))
    for agency_id, count in counts.items():
        recipients = coordinators.get(agency_id)
        if not recipients:
            continue
        title = ngettext(
            "%(count)d TTHC added to the scope: build or update its procedure by %(due)s",
            "%(count)d TTHC added to the scope: build or update their procedures by %(due)s",
            count,
        ) % {"count": count, "due": f"{due_dates[agency_id]:%d/%m/%Y}"}
        notify(
            recipients=recipients,
            kind=KIND_SCOPE_ADDED,
            title=title,
            url=reverse("procedures:scope", args=[agency_id]) + "?task=open",
            agency=agencies.get(agency_id),
            actor=actor,
        )


def open_scopes(
    *, actor, pairs: Iterable[tuple[Agency, TTHC]], today: dt.date | None = None
) -> list[AgencyTTHC]:
    """Put each (agency, TTHC) in scope unless already there; open the 5-working-day task,
    audit, publish `procedures.scope_added` and notify each agency's ISO coordinators.
    The caller checks permissions and holds the transaction."""
    today = today or timezone.localdate()
    wanted: dict[tuple, tuple[Agency, TTHC]] = {}
    for agency, tthc in pairs:
        wanted.setdefault((agency.pk, tthc.pk), (agency, tthc))
    if not wanted:
        return []
    agency_ids = {a for a, _t in wanted}
    existing = set(
        AgencyTTHC.objects.filter(
            agency_id__in=agency_ids, tthc_id__in={t for _a, t in wanted}
        ).values_list("agency_id", "tthc_id")
    )
    due_by_province: dict = {}
    created: list[AgencyTTHC] = []
    for key, (agency, tthc) in wanted.items():
        if key in existing:
            continue
        if agency.province_id not in due_by_province:
            due_by_province[agency.province_id] = scope_due_date(today, agency.province_id)
        scope = AgencyTTHC(
            agency=agency,
            tthc=tthc,
            added_on=today,
            due_date=due_by_province[agency.province_id],
            task_open=True,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        created.append(scope)
    AgencyTTHC.objects.bulk_create(created, batch_size=AUDIT_BATCH)
    _audit_added(actor, created)
    counts: dict = defaultdict(int)
    due_dates: dict = {}
    for scope in created:
        counts[scope.agency_id] += 1
        due_dates[scope.agency_id] = scope.due_date
    if created:
        domain_events.publish(events.SCOPE_ADDED, scope_ids=[str(scope.pk) for scope in created])
    if counts:
        # In-app notifications are rows of this transaction; their e-mails go after commit.
        _notify_new_scopes(actor, dict(counts), due_dates)
    return created


AUDIT_CODES = 200


def _audit_added(actor, created: list[AgencyTTHC]) -> None:
    """One audit event per agency for the TTHC it received (an import adds thousands at once):
    the codes, the task's due date; shown in the agency's "Lịch sử"."""
    by_agency: dict = defaultdict(list)
    for scope in created:
        by_agency[scope.agency_id].append(scope)
    items = []
    for scopes in by_agency.values():
        codes = [s.tthc.code for s in scopes]
        listed = ", ".join(codes[:AUDIT_CODES])
        if len(codes) > AUDIT_CODES:
            listed += f", … (+{len(codes) - AUDIT_CODES})"
        items.append(
            (
                scopes[0].agency,
                {"tthc_scope": [None, listed], "due_date": [None, scopes[0].due_date]},
            )
        )
    bulk_audit(actor=actor, action=events.SCOPE_ADD, items=items)


def _check_scope_manager(actor, agency: Agency) -> None:
    if not permissions.can_manage_scope(actor, agency):
        raise PermissionDenied(_("You may not change this agency's TTHC scope."))


@transaction.atomic
def scope_add(*, actor, agency: Agency, tthcs: Iterable[TTHC]) -> list[AgencyTTHC]:
    """Add TTHC of the agency's province to its scope (those already there are skipped)."""
    _check_scope_manager(actor, agency)
    chosen = list(tthcs)
    foreign = [t.code for t in chosen if t.province_id != agency.province_id]
    if foreign:
        raise DomainError(
            _("TTHC %(codes)s are not in the catalogue of this agency's province.")
            % {"codes": ", ".join(foreign)},
            field="tthc",
        )
    inactive = [t.code for t in chosen if not t.is_active]
    if inactive:
        raise DomainError(
            _("TTHC %(codes)s are no longer applied and cannot be added.")
            % {"codes": ", ".join(inactive)},
            field="tthc",
        )
    return open_scopes(actor=actor, pairs=[(agency, t) for t in chosen])


@transaction.atomic
def scope_add_field(*, actor, agency: Agency, field: str, level: str = "") -> list[AgencyTTHC]:
    """Add every active TTHC of one field (lĩnh vực), optionally of one level, to the scope."""
    _check_scope_manager(actor, agency)
    tthcs = TTHC.objects.filter(province_id=agency.province_id, field=field, is_active=True)
    if level:
        tthcs = tthcs.filter(level=level)
    found = list(tthcs)
    if not found:
        raise DomainError(_("No active TTHC of this field in the catalogue."), field="field")
    return open_scopes(actor=actor, pairs=[(agency, t) for t in found])


@transaction.atomic
def scope_remove(*, actor, scope: AgencyTTHC) -> None:
    """Take a TTHC out of the agency's scope (e.g. a transfer to another agency)."""
    _check_scope_manager(actor, scope.agency)
    audit.record(
        actor=actor,
        action=events.SCOPE_REMOVE,
        obj=scope,
        changes={"tthc": [f"{scope.tthc.code} – {scope.tthc.name}", None]},
    )
    scope.delete()


def is_tthc_procedure(document) -> bool:
    """A controlled document of the TTHC-procedure kind."""
    return bool(getattr(document, "is_tthc", False))


@transaction.atomic
def scope_map_procedure(*, actor, scope: AgencyTTHC, document) -> AgencyTTHC:
    """Name the procedure (quy trình) that implements the TTHC; closes the scope's task.

    Only a TTHC-procedure document of the same agency; None unmaps."""
    if not permissions.can_map_procedure(actor, scope.agency):
        raise PermissionDenied(_("You may not map this agency's TTHC to procedures."))
    if document is not None:
        if document.agency_id != scope.agency_id:
            raise DomainError(
                _("The procedure must be a document of %(agency)s.") % {"agency": scope.agency},
                field="procedure",
            )
        if not is_tthc_procedure(document):
            raise DomainError(
                _("Choose a procedure for a TTHC (document kind “TTHC procedure”)."),
                field="procedure",
            )
    before = str(scope.procedure) if scope.procedure_id else None
    scope.procedure = document
    was_open = scope.task_open
    if document is not None:
        scope.task_open = False
    scope.save(update_fields=["procedure", "task_open", "updated_at"])
    changes: dict[str, Any] = {"procedure": [before, str(document) if document else None]}
    if was_open != scope.task_open:
        changes["task_open"] = [was_open, scope.task_open]
    audit.record(actor=actor, action=events.SCOPE_MAP, obj=scope, changes=changes)
    return scope


@transaction.atomic
def scope_add_codes(*, actor, agency: Agency, codes: Iterable[str]) -> list[AgencyTTHC]:
    """Add the TTHC with these codes (of the agency's province) to its scope."""
    _check_scope_manager(actor, agency)
    wanted = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
    found = {
        t.code: t for t in TTHC.objects.filter(province_id=agency.province_id, code__in=wanted)
    }
    unknown = [c for c in wanted if c not in found]
    if unknown:
        raise DomainError(
            _("Not in the province's catalogue: %(codes)s.") % {"codes": ", ".join(unknown)},
            field="codes",
        )
    return scope_add(actor=actor, agency=agency, tthcs=[found[c] for c in wanted])
