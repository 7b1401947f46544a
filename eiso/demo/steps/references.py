"""Step "references": the external documents every agency's QMS relies on.

National texts (once for the installation): QĐ 19/2014/QĐ-TTg, TT 26/2014/TT-BKHCN, TT
116/2015/TT-BTC, NĐ 30/2020/NĐ-CP, NĐ 118/2025/NĐ-CP (replacing NĐ 61/2018/NĐ-CP), TCVN ISO
9001:2015 (replacing TCVN ISO 9001:2008), the framework model decision and the laws of the main
fields (education, civil status, land, health, certified copies), with their real numbers and
dates. Per province: the People's Committee's decisions publishing the TTHC lists that the
procedures step (order 32) catalogues — the departments' list of 15/08/2025 amended a few days ago
by a new decision, the communes' list, and the pre-merger list it replaced — each with its status
history. Ids are `ctx.uuid("external_document", number)` for national texts and
`ctx.uuid("external_document", province.id, number)` for a province's, so later steps (documents,
order 34) can cite them without a query.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.utils import timezone

from eiso.core.calendar import subtract_working_days
from eiso.demo.context import BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.demo.steps.procedures import COMMUNE_DECISION, NEW_DECISION, PROVINCIAL_DECISION
from eiso.references import demo
from eiso.references.models import ExternalDocument, ExternalStatusChange, Kind, Status

NEW_DECISION_WORKING_DAYS_AGO = 7  # as the procedures step dates its new decision


def national_id(ctx: Context, number: str) -> uuid.UUID:
    return ctx.uuid("external_document", number)


def province_id(ctx: Context, province: BuiltProvince, number: str) -> uuid.UUID:
    return ctx.uuid("external_document", province.id, number)


@step("references", order=30)
def build_references(ctx: Context, province: BuiltProvince) -> None:
    if not ctx.stats["references_national"]:
        _national(ctx)
        ctx.stats["references_national"] = len(demo.NATIONAL)
    _province(ctx, province)


def _status_change(ctx, document_id, spec_status, date, replaced_by_id, amended_by, key):
    ctx.writer.add(
        ExternalStatusChange(
            id=ctx.uuid("external_status_change", key),
            document_id=document_id,
            from_status=Status.IN_FORCE,
            to_status=spec_status,
            effective_date=date,
            replaced_by_id=replaced_by_id,
            amended_by=amended_by,
        )
    )


def _national(ctx: Context) -> None:
    for spec in demo.NATIONAL:
        document_id = national_id(ctx, spec.number)
        replaced_by_id = national_id(ctx, spec.replaced_by) if spec.replaced_by else None
        ctx.writer.add(
            ExternalDocument(
                id=document_id,
                kind=spec.kind,
                number=spec.number,
                title=spec.title,
                issuer=spec.issuer,
                issued_date=spec.issued,
                effective_date=spec.effective,
                status=spec.status,
                status_effective_date=spec.status_date,
                replaced_by_id=replaced_by_id,
                amended_by=spec.amended_by,
                notes=spec.notes,
            )
        )
        if spec.status != Status.IN_FORCE and spec.status_date is not None:
            _status_change(
                ctx,
                document_id,
                spec.status,
                spec.status_date,
                replaced_by_id,
                spec.amended_by,
                spec.number,
            )
    ctx.log(f"  tài liệu bên ngoài toàn quốc: {len(demo.NATIONAL)}")


def _province(ctx: Context, province: BuiltProvince) -> None:
    today = timezone.localdate()
    recent = subtract_working_days(today, NEW_DECISION_WORKING_DAYS_AGO, province=province.id)
    name = province.info.name
    issuer = f"Ủy ban nhân dân tỉnh {name}"
    departments, departments_date = PROVINCIAL_DECISION
    communes, communes_date = COMMUNE_DECISION
    old, old_date = demo.OLD_PROVINCE_DECISION
    rows: list[tuple[str, str, dt.date, str, dt.date | None, str, str]] = [
        # number, title key, issued, status, status date, replaced by, amended by
        (old, "old", old_date, Status.REPLACED, departments_date, departments, ""),
        (departments, "departments", departments_date, Status.AMENDED, recent, "", NEW_DECISION),
        (communes, "communes", communes_date, Status.IN_FORCE, None, "", ""),
        (NEW_DECISION, "new", recent, Status.IN_FORCE, None, "", ""),
    ]
    for number, which, issued, status, status_date, replaced_by, amended_by in rows:
        document_id = province_id(ctx, province, number)
        replaced_by_id = province_id(ctx, province, replaced_by) if replaced_by else None
        ctx.writer.add(
            ExternalDocument(
                id=document_id,
                province_id=province.id,
                kind=Kind.TTHC_DECISION,
                number=number,
                title=demo.province_decision_title(name, which),
                issuer=issuer,
                issued_date=issued,
                effective_date=issued,
                status=status,
                status_effective_date=status_date,
                replaced_by_id=replaced_by_id,
                amended_by=amended_by,
            )
        )
        if status_date is not None:
            _status_change(
                ctx,
                document_id,
                status,
                status_date,
                replaced_by_id,
                amended_by,
                f"{province.id}:{number}",
            )
    ctx.stats["external_documents"] += len(rows)
