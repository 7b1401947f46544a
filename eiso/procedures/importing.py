"""Importing the province's TTHC catalogue from .xlsx / .csv: all or nothing, idempotent by code.

- Every row is checked first (`parsing`); one bad row rejects the file and the report lists
  each "Dòng n, cột …: …"; nothing is written to the catalogue.
- A row whose code is new creates the TTHC; a row equal to the catalogue is left untouched; a
  changed row is updated and its audit event keeps every field's old → new value ("Lịch sử").
- TTHC of the catalogue missing from the file are reported, never deleted.
- Scope: in the province import, a TTHC goes into the scope of its implementing agency when the
  "Cơ quan thực hiện" names an agency of the province, or of every commune when it reads
  "UBND cấp xã"; in an agency's own import every row goes into that agency's scope.
- Bulk statements throughout (a fixed number of queries per 500 rows), so 10,000 rows take a
  few seconds. Files above `SYNC_ROWS` rows run as a background task with a progress bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from eiso.core import audit, domain_events
from eiso.core.errors import DomainError, PermissionDenied
from eiso.organizations.models import Agency, AgencyKind, Province
from eiso.procedures import events, parsing, permissions
from eiso.procedures.models import TTHC, AgencyTTHC, CatalogueImport, ImportState, TTHCLevel
from eiso.procedures.services import AUDIT_BATCH, bulk_audit, open_scopes

logger = logging.getLogger(__name__)

SYNC_ROWS = 1000
COMMUNE_PHRASES = ("ubnd cấp xã", "ủy ban nhân dân cấp xã", "uỷ ban nhân dân cấp xã", "cấp xã")
COMPARED = (
    "name",
    "field",
    "level",
    "implementing_agency_id",
    "implementing_agency_text",
    "legal_time",
    "legal_time_unit",
    "fees",
    "legal_basis",
    "decision_number",
    "decision_date",
    "is_active",
)
UPDATE_FIELDS = [f.removesuffix("_id") if f.endswith("_id") else f for f in COMPARED] + [
    "updated_at"
]


class _Agencies:
    """The province's agencies by folded name, short name and symbol; its communes."""

    def __init__(self, province: Province):
        self.by_name: dict[str, Agency] = {}
        self.communes: list[Agency] = []
        for agency in Agency.objects.filter(province=province, is_active=True).order_by("name"):
            for key in (agency.name, agency.short_name, agency.symbol):
                if key:
                    self.by_name.setdefault(parsing.fold(key), agency)
            if agency.kind == AgencyKind.COMMUNE_COMMITTEE:
                self.communes.append(agency)
        self.by_id = {a.pk: a for a in self.by_name.values()}

    def resolve(self, text: str) -> Agency | None:
        return self.by_name.get(parsing.fold(text))

    def scope_targets(self, tthc: TTHC) -> list[Agency]:
        if tthc.implementing_agency_id is not None:
            agency = self.by_id.get(tthc.implementing_agency_id)
            return [agency] if agency is not None else []
        text = parsing.fold(tthc.implementing_agency_text)
        if tthc.level == TTHCLevel.COMMUNE and text.startswith(COMMUNE_PHRASES):
            return self.communes
        return []


def _values(row: parsing.Row, agencies: _Agencies) -> dict[str, Any]:
    agency = agencies.resolve(row.agency_text) if row.agency_text else None
    return {
        "name": row.name,
        "field": row.field,
        "level": row.level,
        "implementing_agency_id": agency.pk if agency else None,
        "implementing_agency_text": "" if agency else row.agency_text,
        "legal_time": row.legal_time,
        "legal_time_unit": row.legal_time_unit,
        "fees": row.fees,
        "legal_basis": row.legal_basis,
        "decision_number": row.decision_number,
        "decision_date": row.decision_date,
        "is_active": row.is_active,
    }


def _shown(name: str, value: Any, agencies: _Agencies) -> Any:
    """A value as the history shows it (labels, agency names)."""
    if name == "level":
        return str(TTHCLevel(value).label) if value else None
    if name == "implementing_agency_id":
        agency = agencies.by_id.get(value)
        return agency.name if agency else None
    if name == "legal_time_unit":
        from eiso.procedures.models import TimeUnit

        return str(TimeUnit(value).label)
    return value


def _history_name(name: str) -> str:
    return name.removesuffix("_id")


class _Plan:
    """What applying the rows would do."""

    def __init__(self):
        self.created: list[TTHC] = []
        self.updated: list[tuple[TTHC, dict]] = []
        self.unchanged = 0
        self.errors: list[str] = []
        self.rows: list[tuple[parsing.Row, TTHC]] = []


def _plan(province: Province, agency: Agency | None, rows: list[parsing.Row], agencies) -> _Plan:
    plan = _Plan()
    existing = {t.code: t for t in TTHC.objects.filter(province=province)}
    foreign_scope: dict[str, str] = {}
    if agency is not None:
        codes = [r.code for r in rows if r.code in existing]
        for code, name in (
            AgencyTTHC.objects.filter(tthc__province=province, tthc__code__in=codes)
            .exclude(agency=agency)
            .values_list("tthc__code", "agency__name")
            .order_by("tthc__code", "agency__name")
        ):
            foreign_scope.setdefault(code, name)
    for row in rows:
        values = _values(row, agencies)
        tthc = existing.get(row.code)
        if tthc is None:
            tthc = TTHC(province=province, code=row.code, **values)
            plan.created.append(tthc)
        else:
            changes = {
                _history_name(k): [
                    _shown(k, getattr(tthc, k), agencies),
                    _shown(k, v, agencies),
                ]
                for k, v in values.items()
                if getattr(tthc, k) != v
            }
            if not changes:
                plan.unchanged += 1
            elif row.code in foreign_scope:
                plan.errors.append(
                    _(
                        "Row %(row)d, column “%(column)s”: TTHC %(code)s is also in the scope "
                        "of %(agency)s; only the DOST or the province administrator may change it."
                    )
                    % {
                        "row": row.number,
                        "column": parsing.COL_CODE,
                        "code": row.code,
                        "agency": foreign_scope[row.code],
                    }
                )
            else:
                for k, v in values.items():
                    setattr(tthc, k, v)
                plan.updated.append((tthc, changes))
        plan.rows.append((row, tthc))
    return plan


def _update_rows(tthcs: list[TTHC]) -> None:
    """UPDATE … WHERE id = %s for each changed TTHC as one executemany: bulk_update's CASE
    expressions cost seconds of Python for thousands of rows and a dozen columns."""
    if not tthcs:
        return
    fields = [f for f in TTHC._meta.concrete_fields if f.name in UPDATE_FIELDS]
    pk = TTHC._meta.pk
    quote = connection.ops.quote_name
    # Names come from the model's metadata, every value is a parameter.
    sql = "UPDATE {} SET {} WHERE {} = %s".format(  # noqa: S608
        quote(TTHC._meta.db_table),
        ", ".join(f"{quote(str(f.column))} = %s" for f in fields),
        quote(str(pk.column)),
    )
    params = [
        [f.get_db_prep_save(getattr(t, f.attname), connection) for f in fields]
        + [pk.get_db_prep_save(t.pk, connection)]
        for t in tthcs
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(params), AUDIT_BATCH):
            cursor.executemany(sql, params[start : start + AUDIT_BATCH])


def _missing(province: Province, agency: Agency | None, codes: set[str]) -> list[str]:
    if agency is None:
        present = TTHC.objects.filter(province=province, is_active=True)
    else:
        present = TTHC.objects.filter(scopes__agency=agency)
    return sorted(set(present.values_list("code", flat=True)) - codes)


def _apply(*, actor, record: CatalogueImport, rows: list[parsing.Row]) -> dict | list[str]:
    """Write the checked rows (inside the caller's transaction); the summary, or the errors."""
    province, agency = record.province, record.agency
    agencies = _Agencies(province)
    plan = _plan(province, agency, rows, agencies)
    if plan.errors:
        return plan.errors
    missing = _missing(province, agency, {r.code for r in rows})
    now = timezone.now()
    creator = actor if getattr(actor, "is_authenticated", False) else None
    for tthc in plan.created:
        tthc.created_by = creator
    TTHC.objects.bulk_create(plan.created, batch_size=AUDIT_BATCH)
    changed = [t for t, _c in plan.updated]
    for tthc in changed:
        tthc.updated_at = now
    _update_rows(changed)
    bulk_audit(
        actor=actor,
        action=events.TTHC_CREATE,
        province_id=province.pk,
        items=(
            (
                t,
                audit.created(
                    {
                        "code": t.code,
                        "name": t.name,
                        "field": t.field,
                        "level": _shown("level", t.level, agencies),
                        "implementing_agency": t.implementing_agency_label
                        if t.implementing_agency_id is None
                        else _shown("implementing_agency_id", t.implementing_agency_id, agencies),
                        "legal_time": t.legal_time,
                        "legal_time_unit": _shown("legal_time_unit", t.legal_time_unit, agencies),
                        "decision_number": t.decision_number,
                        "decision_date": t.decision_date,
                    }
                ),
            )
            for t in plan.created
        ),
    )
    bulk_audit(actor=actor, action=events.TTHC_UPDATE, province_id=province.pk, items=plan.updated)
    if agency is not None:
        pairs = [(agency, tthc) for _row, tthc in plan.rows if tthc.is_active]
    else:
        pairs = [
            (target, tthc)
            for _row, tthc in plan.rows
            if tthc.is_active
            for target in agencies.scope_targets(tthc)
        ]
    scopes = open_scopes(actor=actor, pairs=pairs)
    touched = [str(tthc.pk) for tthc in [*plan.created, *changed]]
    if touched:
        domain_events.publish(events.TTHC_CHANGED, tthc_ids=touched)
    summary = {
        "rows": len(rows),
        "created": len(plan.created),
        "updated": len(plan.updated),
        "unchanged": plan.unchanged,
        "scopes_added": len(scopes),
        "missing": missing,
        "updated_codes": [t.code for t in changed][:200],
    }
    audit.record(
        actor=actor,
        action=events.CATALOGUE_IMPORT,
        obj=record,
        changes={k: v for k, v in summary.items() if k not in ("missing", "updated_codes")},
    )
    return summary


def _check_permission(actor, province: Province, agency: Agency | None) -> None:
    if agency is None:
        allowed = permissions.can_manage_catalogue(actor, province)
    else:
        allowed = agency.province_id == province.pk and permissions.can_import_for_agency(
            actor, agency
        )
    if not allowed:
        raise PermissionDenied(_("You may not import the TTHC catalogue here."))


def catalogue_import_submit(
    *, actor, province: Province, content: bytes, file_name: str, agency: Agency | None = None
) -> CatalogueImport:
    """Check the file and import it now (small files) or queue it (large ones).

    A file that cannot be read at all raises DomainError and leaves no trace; otherwise the
    returned CatalogueImport holds the outcome (done / rejected with its row errors) or is
    queued for the background worker.
    """
    _check_permission(actor, province, agency)
    total = _count(content)
    record = CatalogueImport.objects.create(
        province=province,
        agency=agency,
        file_name=file_name[:255],
        content=content,
        total_rows=total,
        created_by=actor,
    )
    if total <= SYNC_ROWS:
        return catalogue_import_run(record, actor=actor)
    from eiso.procedures import tasks

    transaction.on_commit(lambda: tasks.run_catalogue_import.enqueue(import_id=str(record.pk)))
    return record


def _count(content: bytes) -> int:
    """Rows of the file; raises DomainError for a file that is not a usable catalogue."""
    return parsing.count_rows(content)


def _progress(record: CatalogueImport) -> Callable[[int], None]:
    def report(done: int) -> None:
        CatalogueImport.objects.filter(pk=record.pk).update(processed_rows=done)

    return report


def catalogue_import_run(record: CatalogueImport, *, actor=None) -> CatalogueImport:
    """Check and apply one queued import (also the synchronous path). Never raises for bad
    rows: the record ends `rejected` with its report."""
    actor = actor or record.created_by
    CatalogueImport.objects.filter(pk=record.pk).update(state=ImportState.RUNNING)
    try:
        parsed = parsing.parse(bytes(record.content), progress=_progress(record))
    except DomainError as error:
        return _finish(record, ImportState.REJECTED, errors=[str(error.message)])
    if parsed.errors:
        return _finish(record, ImportState.REJECTED, errors=parsed.errors)
    with transaction.atomic():
        outcome = _apply(actor=actor, record=record, rows=parsed.rows)
        if isinstance(outcome, list):
            transaction.set_rollback(True)
    if isinstance(outcome, list):
        return _finish(record, ImportState.REJECTED, errors=outcome)
    return _finish(record, ImportState.DONE, summary=outcome)


def _finish(record: CatalogueImport, state: str, *, errors=None, summary=None) -> CatalogueImport:
    record.state = state
    record.errors = errors or []
    record.summary = summary or {}
    record.processed_rows = record.total_rows
    record.finished_at = timezone.now()
    record.save(
        update_fields=["state", "errors", "summary", "processed_rows", "finished_at", "updated_at"]
    )
    return record
