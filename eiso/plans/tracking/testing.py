"""Builders of issued plans for tracking tests (plain ORM rows, no document text)."""

from __future__ import annotations

import datetime as dt
import itertools

from eiso.plans.models import (
    Plan,
    PlanScope,
    PlanStatus,
    PlanTask,
    Rhythm,
    TaskAssignment,
    TimeframeKind,
)

_orders = itertools.count(1)


def issued_plan(
    agency, *, year: int = 2026, scope: str = PlanScope.AGENCY, title: str = ""
) -> Plan:
    return Plan.objects.create(
        agency=agency,
        scope=scope,
        year=year,
        title=title or f"Kế hoạch duy trì HTQLCL năm {year}",
        status=PlanStatus.ISSUED,
        number_symbol=f"{next(_orders)}/KH-{agency.symbol}",
        issued_on=dt.date(year, 1, 5),
        signer_title="GIÁM ĐỐC",
        signer_name="Phạm Văn Giám",
    )


def add_task(
    plan: Plan,
    content: str = "Rà soát quy trình ISO",
    *,
    kind: str = TimeframeKind.BEFORE,
    due: dt.date | None = None,
    start: dt.date | None = None,
    unit=None,
    rhythm: str = Rhythm.NONE,
    agencies=(),
) -> PlanTask:
    order = (plan.tasks.count() or 0) + 1
    task = PlanTask.objects.create(
        plan=plan,
        order=order,
        content=content,
        lead_unit=unit,
        timeframe_kind=kind,
        start_date=start,
        due_date=due,
        rhythm=rhythm,
    )
    for agency in agencies:
        TaskAssignment.objects.create(task=task, agency=agency)
    return task
