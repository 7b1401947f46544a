"""Step "organizations": the province, its ISO units with their status history, agencies, units.

Agencies and units get an audit event each ("agency.create", "unit.create", actor "hệ thống"), so
their "Lịch sử" starts with their creation.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from eiso.core import audit
from eiso.core.models import AuditEvent
from eiso.demo.context import BuiltAgency, BuiltProvince, BuiltUnit, Context
from eiso.demo.data.provincial import DOST_KEY
from eiso.demo.history import status_history
from eiso.demo.pipeline import step
from eiso.demo.plan import FEATURED_WARD, agency_templates
from eiso.demo.specs import AgencyTemplate, UnitSpec
from eiso.organizations import events
from eiso.organizations.models import (
    Agency,
    ISOUnit,
    Province,
    QMSStatusChange,
    Unit,
    UnitKind,
)

SYSTEM_ACTOR = "hệ thống"
_AGENCY_AUDIT_FIELDS = (
    "name",
    "short_name",
    "symbol",
    "kind",
    "governing_body",
    "place_name",
    "head_title",
)


@step("organizations", order=10)
def build_organizations(ctx: Context, province: BuiltProvince) -> None:
    info = province.info
    templates = agency_templates(info, ctx.scale, ctx.rng("plan", info.code))
    ctx.writer.add(
        Province(
            id=province.id,
            code=info.code,
            name=info.name,
            full_name=info.full_name,
            codename=info.codename,
            oversight_agency_id=_agency_id(ctx, province, DOST_KEY),
        )
    )
    iso_units = _build_iso_units(ctx, province, templates)
    for template in templates:
        iso_unit_id, status = iso_units[template.iso_key or template.key]
        agency = BuiltAgency(
            id=_agency_id(ctx, province, template.key),
            template=template,
            iso_unit_id=iso_unit_id,
            status=status,
            units=[],
        )
        province.agencies.append(agency)
        _write_agency(ctx, province, agency)
        _write_units(ctx, province, agency, template.units, parent=None)
    ctx.stats["agencies"] += len(templates)


def _agency_id(ctx: Context, province: BuiltProvince, key: str):
    return ctx.uuid("agency", province.info.code, key)


def _build_iso_units(
    ctx: Context, province: BuiltProvince, templates: list[AgencyTemplate]
) -> dict[str, tuple]:
    """One ISO unit per agency, except agencies that share another's (`iso_key`)."""
    sharing: dict[str, list[AgencyTemplate]] = {}
    for template in templates:
        sharing.setdefault(template.iso_key or template.key, []).append(template)
    result = {}
    for key, members in sharing.items():
        owner = members[0]
        iso_id = ctx.uuid("iso_unit", province.info.code, key)
        rng = ctx.rng("status", province.info.code, key)
        final = "declared" if owner.ward_code == FEATURED_WARD else None
        changes = status_history(owner.status_plan, rng, final=final)
        last = changes[-1]
        ctx.writer.add(
            ISOUnit(
                id=iso_id,
                province_id=province.id,
                name=" và ".join(m.short_name for m in members) if len(members) > 1 else owner.name,
                status=last.to_status,
                status_since=last.changed_on,
                expanding_scope=last.expanding_scope,
                transitioning_edition=last.transitioning_edition,
                mandatory=owner.mandatory,
            )
        )
        for index, change in enumerate(changes):
            ctx.writer.add(
                QMSStatusChange(
                    id=ctx.uuid("qms_change", province.info.code, key, index),
                    iso_unit_id=iso_id,
                    from_status=change.from_status,
                    to_status=change.to_status,
                    expanding_scope=change.expanding_scope,
                    transitioning_edition=change.transitioning_edition,
                    changed_on=change.changed_on,
                    reason=change.reason,
                )
            )
        result[key] = (iso_id, last.to_status)
    ctx.stats["iso_units"] += len(result)
    return result


def _write_agency(ctx: Context, province: BuiltProvince, agency: BuiltAgency) -> None:
    template = agency.template
    row = Agency(
        id=agency.id,
        province_id=province.id,
        parent_id=_agency_id(ctx, province, template.parent_key) if template.parent_key else None,
        iso_unit_id=agency.iso_unit_id,
        kind=template.kind,
        name=template.name,
        short_name=template.short_name,
        symbol=template.symbol,
        governing_body=template.governing_body,
        place_name=template.place_name or province.info.name,
        ward_code=template.ward_code,
        head_title=template.head_title,
        school_year_objectives=template.school_year,
    )
    ctx.writer.add(row)
    ctx.writer.add(
        _event(
            events.AGENCY_CREATE,
            row,
            audit.created(audit.snapshot(row, _AGENCY_AUDIT_FIELDS)),
            province_id=province.id,
            agency_id=agency.id,
        )
    )


def _write_units(
    ctx: Context,
    province: BuiltProvince,
    agency: BuiltAgency,
    specs: tuple[UnitSpec, ...],
    parent: BuiltUnit | None,
) -> None:
    for index, spec in enumerate(specs, start=1):
        path = f"{parent.path if parent else ''}{index:04d}."
        built = BuiltUnit(
            id=ctx.uuid("unit", province.info.code, agency.key, path),
            spec=spec,
            name=spec.name,
            path=path,
            depth=(parent.depth + 1) if parent else 0,
            parent_id=parent.id if parent else None,
        )
        agency.units.append(built)
        row = Unit(
            id=built.id,
            agency_id=agency.id,
            parent_id=built.parent_id,
            name=spec.name,
            symbol=spec.symbol,
            kind=spec.kind,
            path=path,
            depth=built.depth,
        )
        ctx.writer.add(row)
        with translation.override(settings.LANGUAGE_CODE):
            changes = {
                "name": spec.name,
                "symbol": spec.symbol,
                "kind": str(UnitKind(spec.kind).label),
                "parent": parent.name if parent else None,
            }
        ctx.writer.add(
            _event(
                events.UNIT_CREATE,
                row,
                audit.created(changes),
                province_id=province.id,
                agency_id=agency.id,
            )
        )
        ctx.stats["units"] += 1
        _write_units(ctx, province, agency, spec.children, parent=built)


def _event(action: str, obj, changes: dict, *, province_id, agency_id) -> AuditEvent:
    return AuditEvent(
        actor=None,
        actor_name=SYSTEM_ACTOR,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        province_id=province_id,
        agency_id=agency_id,
        changes=changes,
    )
