"""Step "objectives": every agency's quality objectives for this period and the previous one.

Agency objectives (plus one for schools) and, for up to two headed units, unit objectives that
roll up to the first agency objective; each with its plan, one measurement per slot up to today
(drawn on track, at risk or off track), and last period's objectives evaluated and approved.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.objectives import demo
from eiso.objectives.models import ActionItem, Evaluation, Measurement, Objective, Result
from eiso.objectives.periods import current_year, period_for, slots
from eiso.objectives.status import compute_status, meets

UNITS_WITH_OBJECTIVES = 2


@step("objectives", order=50)
def build_objectives(ctx: Context, province: BuiltProvince) -> None:
    today = timezone.localdate()
    for agency in province.agencies:
        school = agency.template.school_year
        holder = _AgencyRef(school)
        this_year = current_year(holder, today)
        for year in (this_year - 1, this_year):
            _agency_period(ctx, agency, period_for(holder, year), today, evaluated=year < this_year)


class _AgencyRef:
    def __init__(self, school_year: bool):
        self.school_year_objectives = school_year


def _agency_period(ctx: Context, agency: BuiltAgency, period, today, *, evaluated: bool) -> None:
    rng = ctx.rng("objectives", agency.id, period.year)
    author = agency.people.get("iso") or agency.people.get("head")
    specs = list(demo.AGENCY_SPECS) + ([demo.SCHOOL_SPEC] if agency.template.school_year else [])
    parent_id = None
    for order, spec in enumerate(specs, start=1):
        objective_id = _objective(
            ctx,
            agency,
            period,
            today,
            spec,
            order,
            rng,
            evaluated=evaluated,
            person=author,
            unit=None,
            parent_id=None,
        )
        parent_id = parent_id or objective_id
    headed = [u for u in agency.units if f"unit_head:{u.spec.symbol}" in agency.people]
    for index, unit in enumerate(headed[:UNITS_WITH_OBJECTIVES]):
        spec = demo.UNIT_SPECS[index % len(demo.UNIT_SPECS)]
        _objective(
            ctx,
            agency,
            period,
            today,
            spec,
            1,
            rng,
            evaluated=evaluated,
            person=agency.people[f"unit_head:{unit.spec.symbol}"],
            unit=unit,
            parent_id=parent_id,
        )


def _objective(ctx, agency, period, today, spec, order, rng, *, evaluated, person, unit, parent_id):
    unit_id = unit.id if unit is not None else None
    objective_id = ctx.uuid("objective", agency.id, period.year, unit_id, order)
    days = demo.measured_days(slots(period.start, period.end, spec.frequency), today)
    profile = rng.choice(demo.PROFILES)
    values = [demo.value_for(spec, gap) for gap in demo.gaps(profile, len(days), rng)]
    objective = Objective(
        id=objective_id,
        agency_id=agency.id,
        unit_id=unit_id,
        parent_id=parent_id,
        year=period.year,
        period_start=period.start,
        period_end=period.end,
        order=order,
        statement=spec.statement,
        indicator=spec.indicator,
        comparator=spec.comparator,
        target=spec.target,
        measure_unit=spec.unit,
        frequency=spec.frequency,
        responsible_unit_id=unit_id,
        responsible_person_id=person,
        created_by_id=person,
        status=compute_status(values, spec.comparator, spec.target),
        latest_value=values[-1] if values else None,
        latest_measured_on=days[-1] if days else None,
    )
    ctx.writer.add(objective)
    _plan(ctx, objective_id, spec, person)
    for index, (day, value) in enumerate(zip(days, values, strict=True)):
        ctx.writer.add(
            Measurement(
                id=ctx.uuid("measurement", objective_id, index),
                objective_id=objective_id,
                measured_on=day,
                value=value,
                created_by_id=person,
                comment="Số liệu tổng hợp từ Hệ thống thông tin giải quyết TTHC",
            )
        )
    if evaluated and values:
        _evaluation(ctx, agency, objective, values[-1], person, period.end)
    ctx.stats["objectives"] += 1
    return objective_id


def _plan(ctx, objective_id, spec, person) -> None:
    for order, (what, resources, when, how) in enumerate(spec.actions, start=1):
        ctx.writer.add(
            ActionItem(
                id=ctx.uuid("objective_action", objective_id, order),
                objective_id=objective_id,
                order=order,
                action=what,
                resources=resources,
                responsible="Văn phòng; các phòng",
                timeframe=when,
                evaluation_method=how,
                created_by_id=person,
            )
        )


def _evaluation(ctx, agency, objective, value, person, period_end) -> None:
    achieved = meets(value, objective.comparator, objective.target)
    decided = timezone.make_aware(
        dt.datetime.combine(period_end + dt.timedelta(days=20), dt.time(9))
    )
    ctx.writer.add(
        Evaluation(
            id=ctx.uuid("objective_evaluation", objective.id),
            objective_id=objective.id,
            result=Result.ACHIEVED if achieved else Result.NOT_ACHIEVED,
            actual_value=value,
            explanation=""
            if achieved
            else "Một số hồ sơ trễ hạn do phối hợp liên thông chưa kịp "
            "thời; đã đề ra biện pháp khắc phục trong kỳ sau.",
            state="approved",
            submitted_by_id=person,
            submitted_at=decided - dt.timedelta(days=5),
            decided_by_id=agency.people.get("head"),
            decided_at=decided,
            created_by_id=person,
        )
    )
