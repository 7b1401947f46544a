"""Step "objectives": every agency's quality objectives for this period and the previous one.

Agency objectives (plus one for schools) and, for up to two headed units, unit objectives that
roll up to the first agency objective; each with its plan, one measurement per slot up to today
(drawn on track, at risk or off track), and last period's objectives evaluated and approved.

With years of history (benchmark scales) the past periods replace "last period": each year the
agency's objectives (six, plus the school-year one for schools) and every working unit's own (one
or two) were set before the period, measured every month (some quarterly or half-yearly) by the
unit head or the ISO coordinator, and evaluated after the period's end: proposed by the person
responsible, approved by the head, achieved or not.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from decimal import Decimal

from django.db import models
from django.utils import timezone

from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.objectives import demo
from eiso.objectives.models import ActionItem, Evaluation, Measurement, Objective, Result
from eiso.objectives.periods import current_year, period_for, slots
from eiso.objectives.status import compute_status, meets

UNITS_WITH_OBJECTIVES = 2
AUTO_DATES = ("auto_now", "auto_now_add")


@step("objectives", order=50)
def build_objectives(ctx: Context, province: BuiltProvince) -> None:
    today = timezone.localdate()
    for agency in province.agencies:
        school = agency.template.school_year
        holder = _AgencyRef(school)
        this_year = current_year(holder, today)
        years = (this_year,) if ctx.scale.history_years > 0 else (this_year - 1, this_year)
        for year in years:
            _agency_period(ctx, agency, period_for(holder, year), today, evaluated=year < this_year)
    if ctx.scale.history_years > 0:
        with own_timestamps(ctx, Objective, ActionItem, Measurement, Evaluation):
            for agency in province.agencies:
                _History(ctx, agency).build(today)


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


# Years of history ------------------------------------------------------------------------------


@contextmanager
def own_timestamps(ctx: Context, *model_classes: type[models.Model]):
    """Rows of past years carry the moments they were made: inside this block the generator sets
    `created_at`/`updated_at` (and other auto dates) itself instead of "now". Rows still pending
    are written first, and the block's rows before it ends, so no row misses its dates."""
    fields = [
        field
        for model in model_classes
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, {name: getattr(field, name) for name in AUTO_DATES}) for field in fields]
    ctx.writer.flush()
    try:
        for field, _flags in saved:
            for name in AUTO_DATES:
                setattr(field, name, False)
        yield
        ctx.writer.flush()
    finally:
        for field, flags in saved:
            for name, value in flags.items():
                setattr(field, name, value)


def moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=timezone.get_current_timezone())


class _History:
    """The past periods of one agency (the `history_years` before the current one)."""

    def __init__(self, ctx: Context, agency: BuiltAgency):
        self.ctx = ctx
        self.agency = agency
        self.iso = agency.people.get("iso") or agency.people.get("head")
        self.head = agency.people.get("head") or self.iso
        self.units = [u for u in agency.units if u.spec.kind in demo.HISTORY_UNIT_SPECS]

    def build(self, today: dt.date) -> None:
        self.today = today
        holder = _AgencyRef(self.agency.template.school_year)
        this_year = current_year(holder, today)
        for year in range(this_year - self.ctx.scale.history_years, this_year):
            self._period(period_for(holder, year))

    def _period(self, period) -> None:
        agency = self.agency
        rng = self.ctx.rng("objectives-history", agency.id, period.year)
        specs = [demo.history_spec(s, period.year) for s in demo.HISTORY_AGENCY_SPECS]
        if agency.template.school_year:
            specs.append(demo.HISTORY_SCHOOL_SPEC)
        first = None
        for order, spec in enumerate(specs, start=1):
            objective_id = self._objective(period, spec, order, rng, self.iso, None, None)
            first = first or objective_id
        for unit in self.units:
            person = agency.people.get(f"unit_head:{unit.spec.symbol}") or self.iso
            for order, spec in enumerate(demo.HISTORY_UNIT_SPECS[unit.spec.kind], start=1):
                parent = first if order == 1 else None
                self._objective(period, spec, order, rng, person, unit, parent)

    def _past(self, day: dt.date) -> dt.date:
        """Work done after a period's end happened before today (a period may have just ended)."""
        return min(day, self.today - dt.timedelta(days=1))

    def _objective(self, period, spec, order, rng, person, unit, parent_id):
        ctx, add = self.ctx, self.ctx.writer.add
        unit_id = unit.id if unit is not None else None
        objective_id = ctx.uuid("objective-history", self.agency.id, period.year, unit_id, order)
        windows = slots(period.start, period.end, spec.frequency)
        profile = rng.choice(demo.HISTORY_PROFILES)
        values = [demo.history_value(spec, gap) for gap in demo.gaps(profile, len(windows), rng)]
        set_on = period.start - dt.timedelta(days=rng.randint(8, 25))
        created = moment(set_on, 8 + rng.randint(0, 8), rng.randint(0, 59))
        submitted = moment(self._past(period.end + dt.timedelta(days=rng.randint(6, 15))), 9)
        decided = submitted + dt.timedelta(hours=rng.randint(1, 6))
        if submitted.date() + dt.timedelta(days=6) < self.today:
            decided += dt.timedelta(days=rng.randint(2, 6))
        last_day = windows[-1][1]
        add(
            Objective(
                id=objective_id,
                agency_id=self.agency.id,
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
                created_at=created,
                updated_at=decided,
                status=compute_status(values, spec.comparator, spec.target),
                latest_value=values[-1],
                latest_measured_on=last_day,
            )
        )
        for index, (what, resources, when, how) in enumerate(spec.actions, start=1):
            add(
                ActionItem(
                    id=ctx.uuid("objective_action", objective_id, index),
                    objective_id=objective_id,
                    order=index,
                    action=what,
                    resources=resources,
                    responsible=unit.name if unit is not None else "Văn phòng; các phòng",
                    timeframe=when,
                    evaluation_method=how,
                    created_by_id=person,
                    created_at=created,
                    updated_at=created,
                )
            )
        source = demo.SOURCES.get(spec.unit, demo.SOURCES["%"])
        for index, ((start, end), value) in enumerate(zip(windows, values, strict=True)):
            entered = moment(self._past(end + dt.timedelta(days=1 + index % 4)), 10, index % 50)
            add(
                Measurement(
                    id=ctx.uuid("measurement", objective_id, index),
                    objective_id=objective_id,
                    measured_on=end,
                    value=value,
                    created_by_id=person,
                    created_at=entered,
                    updated_at=entered,
                    comment=f"Số liệu {demo.slot_label(start, end, spec.frequency)}: {source}",
                )
            )
        achieved = meets(values[-1], spec.comparator, Decimal(spec.target))
        add(
            Evaluation(
                id=ctx.uuid("objective_evaluation", objective_id),
                objective_id=objective_id,
                result=Result.ACHIEVED if achieved else Result.NOT_ACHIEVED,
                actual_value=values[-1],
                explanation="" if achieved else rng.choice(demo.NOT_ACHIEVED_EXPLANATIONS),
                state="approved",
                submitted_by_id=person,
                submitted_at=submitted,
                decided_by_id=self.head,
                decided_at=decided,
                created_by_id=person,
                created_at=submitted - dt.timedelta(hours=2),
                updated_at=decided,
            )
        )
        ctx.stats["objectives"] += 1
        return objective_id
