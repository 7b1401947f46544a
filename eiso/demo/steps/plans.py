"""Step "plans": every agency's annual ISO plan for last year (issued) and this year (issued, or
still a draft in about one agency in four), from the standard template with two tasks led by the
agency's divisions; and the province-wide plan of the UBND tỉnh in the shape of seed 001
(752/KH-UBND, Ninh Thuận 2022): tasks led by the DOST and assigned to the agencies applying ISO.

With years of history (benchmark scales) the past years replace "last year": each year every
agency issued its maintenance plan (February), its internal audit plan (May) and its corrective
action plan (August), and the UBND tỉnh the province-wide plan with the agencies' shares; all of
it was carried out and reported, task by task (see `plan_tracking.close_history`).

Numbers are registered as the numbering service would (IssuedNumber, NumberSequence), so a plan
issued later in the demo gets the next free number. Progress on issued plans is added by the
"plan_tracking" step that runs after this one.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from django.utils import timezone

from eiso.core.models import IssuedNumber, NumberSequence
from eiso.core.numbering import format_symbol
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.data.provincial import DOST_KEY, UBND_KEY
from eiso.demo.logins import DEMO_LOGINS
from eiso.demo.pipeline import step
from eiso.organizations.models import Agency, QMSStatus, UnitKind
from eiso.plans import demo as plan_demo
from eiso.plans import starter
from eiso.plans.models import (
    Plan,
    PlanScope,
    PlanStatus,
    PlanTask,
    ProgressUpdate,
    TaskAssignment,
    TaskOccurrence,
    TimeframeKind,
)
from eiso.plans.services import TaskData, normalise_timeframe

DRAFT_SHARE = 0.25
ISO_STATUSES = {QMSStatus.APPLIED, QMSStatus.DECLARED, QMSStatus.MAINTAINING}


# The units of the demo unit-head logins (agency key -> unit symbols): their agency's plan of
# this year is always issued and has an open task led by their unit, so "Việc của tôi" shows it.
def _demo_units() -> dict[str, set[str]]:
    units: dict[str, set[str]] = {}
    for login in DEMO_LOGINS:
        if login.role == "unit_head" and login.agency_key:
            units.setdefault(login.agency_key, set()).add(login.slot.split(":")[1])
    return units


DEMO_UNITS = _demo_units()


@step("plans", order=60)
def build_plans(ctx: Context, province: BuiltProvince) -> None:
    today = timezone.localdate()
    dost = province.agency(DOST_KEY)
    oversight = dost.template.name if dost else ""
    numbers: dict[tuple, int] = {}
    count = 0
    history = ctx.scale.history_years
    if history > 0:
        count += _history(ctx, province, today, oversight, numbers)
    for agency in province.agencies:
        rng = ctx.rng("plans", agency.id)
        for year in (today.year,) if history > 0 else (today.year - 1, today.year):
            draft = year == today.year and rng.random() < DRAFT_SHARE
            draft = draft and agency.key not in DEMO_UNITS
            if not draft:
                numbers[(agency.id, year)] = rng.randint(3, 40)
            _agency_plan(ctx, agency, year, oversight, numbers.get((agency.id, year)))
            count += 1
    count += _cancelled_plan(ctx, province, today.year, oversight, numbers)
    count += _province_plan(ctx, province, today.year, numbers)
    for (agency_id, year), last in numbers.items():
        ctx.writer.add(
            NumberSequence(agency_id=agency_id, year=year, doc_type="KH", last_number=last)
        )
    ctx.log(f"  kế hoạch ISO: {count}")


def _agency_row(province_id, agency: BuiltAgency) -> Agency:
    template = agency.template
    return Agency(
        id=agency.id,
        province_id=province_id,
        kind=template.kind,
        name=template.name,
        short_name=template.short_name,
        symbol=template.symbol,
        head_title=template.head_title,
        place_name=template.place_name or "",
        school_year_objectives=template.school_year,
    )


def _office(agency: BuiltAgency):
    unit = next((u for u in agency.units if u.spec.kind == UnitKind.OFFICE), None)
    return SimpleNamespace(id=unit.id, name=unit.name, symbol=unit.spec.symbol) if unit else None


def _issue(
    ctx: Context, plan: Plan, number: int, issued_on: dt.date, signer, *, dated: bool = False
) -> None:
    """`dated`: the number's `issued_at` is the plan's moment of issue (rows of past years)."""
    symbol = format_symbol(number, doc_type="KH", agency_symbol=plan.agency.symbol)
    issued_at = timezone.make_aware(dt.datetime.combine(issued_on, dt.time(9)))
    ctx.writer.add(
        IssuedNumber(
            agency_id=plan.agency_id,
            year=issued_on.year,
            doc_type="KH",
            number=number,
            symbol=symbol,
            summary=plan.title[:500],
            object_type="plans.plan",
            object_id=str(plan.id),
            issued_by_id=signer,
            **({"issued_at": issued_at} if dated else {}),
        )
    )
    plan.status = PlanStatus.ISSUED
    plan.number_symbol = symbol
    plan.issued_on = issued_on
    plan.issued_by_id = signer
    plan.issued_at = issued_at


def _agency_plan(ctx, agency: BuiltAgency, year: int, oversight: str, number) -> None:
    row = _agency_row(None, agency)
    office = _office(agency)
    author = agency.people.get("iso") or agency.people.get("head")
    plan = Plan(
        id=ctx.uuid("plan", agency.id, year),
        agency=row,
        year=year,
        scope=PlanScope.AGENCY,
        created_by_id=author,
    )
    starter.apply_texts(plan, office=office, oversight_name=oversight)
    plan.signer_authority = "" if agency.template.head_title != "Giám đốc" else "KT. GIÁM ĐỐC"
    plan.signer_title = (
        "PHÓ GIÁM ĐỐC" if plan.signer_authority else agency.template.head_title.upper()
    )
    plan.signer_name = "Nguyễn Văn Minh" if plan.signer_authority else "Trần Văn Hùng"
    if number is not None:
        _issue(ctx, plan, number, _working_day(dt.date(year, 2, 5)), agency.people.get("head"))
    ctx.writer.add(plan)
    tasks = starter.standard_tasks(row, year, office=office)
    tasks += _division_tasks(agency, year, office)
    if year == timezone.localdate().year:
        tasks += _demo_unit_tasks(agency, year, office)
    for order, data in enumerate(tasks, start=1):
        _task(ctx, plan, order, data, author)


CANCEL_REASON = (
    "Ban hành lại sau khi kiện toàn tổ chức bộ máy (sắp xếp lại các phòng chuyên môn); "
    "thay thế bằng Kế hoạch số {replacement}."
)


def _cancelled_plan(ctx: Context, province: BuiltProvince, year: int, oversight: str, numbers):
    """One agency of the province issued this year's plan in January and cancelled it when its
    divisions were reorganised, issuing the current plan in February under the next number."""
    candidates = [
        agency
        for agency in province.agencies
        if (agency.id, year) in numbers and agency.key not in DEMO_UNITS
    ]
    if not candidates:
        return 0
    agency = candidates[min(1, len(candidates) - 1)]
    replacement_number = numbers[(agency.id, year)]
    number = max(1, replacement_number - 1)
    row = _agency_row(None, agency)
    author = agency.people.get("iso") or agency.people.get("head")
    plan = Plan(
        id=ctx.uuid("plan-cancelled", agency.id, year),
        agency=row,
        year=year,
        scope=PlanScope.AGENCY,
        created_by_id=author,
    )
    office = _office(agency)
    starter.apply_texts(plan, office=office, oversight_name=oversight)
    plan.signer_title = agency.template.head_title.upper()
    plan.signer_name = "Trần Văn Hùng"
    _issue(ctx, plan, number, _working_day(dt.date(year, 1, 12)), agency.people.get("head"))
    replacement = format_symbol(replacement_number, doc_type="KH", agency_symbol=row.symbol)
    plan.status = PlanStatus.CANCELLED
    plan.cancelled_reason = CANCEL_REASON.format(replacement=replacement)
    ctx.writer.add(plan)
    for order, data in enumerate(starter.standard_tasks(row, year, office=office), start=1):
        _task(ctx, plan, order, data, author)
    return 1


def _working_day(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _division_tasks(agency: BuiltAgency, year: int, office) -> list[TaskData]:
    divisions = [u for u in agency.units if u.spec.kind == UnitKind.DIVISION and u.depth == 0]
    rows = [
        (
            "Rà soát, cập nhật quy trình giải quyết thủ tục hành chính của {unit}",
            TimeframeKind.RANGE,
            dt.date(year, 3, 1),
            dt.date(year, 4, 30),
        ),
        (
            "Đo lường, báo cáo kết quả thực hiện mục tiêu chất lượng của {unit}",
            TimeframeKind.QUARTER,
            dt.date(year, 7, 1),
            None,
        ),
    ]
    tasks = []
    for unit, (content, kind, start, due) in zip(divisions, rows, strict=False):
        tasks.append(
            TaskData(
                content=content.format(unit=unit.name),
                lead_unit=plan_demo.stand_in(unit.id),
                coordinating_units=[office] if office else [],
                timeframe_kind=kind,
                start_date=start,
                due_date=due,
            )
        )
    return tasks


def _demo_unit_tasks(agency: BuiltAgency, year: int, office) -> list[TaskData]:
    """A task due within the next month for each demo unit-head login's unit (still open when
    the tracking step runs, whatever the day the demo is built)."""
    due = min(timezone.localdate() + dt.timedelta(days=30), dt.date(year, 12, 31))
    tasks = []
    for symbol in sorted(DEMO_UNITS.get(agency.key, ())):
        unit = agency.unit(symbol)
        if unit is None:
            continue
        tasks.append(
            TaskData(
                content=f"Khắc phục các điểm không phù hợp sau đánh giá nội bộ tại {unit.name}",
                lead_unit=plan_demo.stand_in(unit.id),
                coordinating_units=[office] if office else [],
                timeframe_kind=TimeframeKind.BEFORE,
                start_date=None,
                due_date=due,
            )
        )
    return tasks


def _task(ctx: Context, plan: Plan, order: int, data: TaskData, author) -> PlanTask:
    normalise_timeframe(data)
    task = PlanTask(
        id=ctx.uuid("plan-task", plan.id, order),
        plan_id=plan.id,
        order=order,
        content=data.content,
        lead_unit_id=data.lead_unit.id if data.lead_unit else None,
        lead_agency_id=data.lead_agency.id if data.lead_agency else None,
        lead_label=data.lead_label,
        coordinating_label=data.coordinating_label,
        timeframe_kind=data.timeframe_kind,
        start_date=data.start_date,
        due_date=data.due_date,
        rhythm=data.rhythm,
        regulation=data.regulation,
        created_by_id=author,
    )
    ctx.writer.add(task)
    through = PlanTask.coordinating_units.through
    for unit in data.coordinating_units:
        ctx.writer.add(through(plantask_id=task.id, unit_id=unit.id))
    for agency_id in getattr(data, "assigned_ids", ()):
        ctx.writer.add(
            TaskAssignment(
                id=ctx.uuid("plan-share", task.id, agency_id),
                task_id=task.id,
                agency_id=agency_id,
                created_by_id=author,
            )
        )
    return task


# Province-wide plan (seed 001) ---------------------------------------------------------------


def _province_tasks(year: int, dost, iso_ids: list, expanding: list) -> list[TaskData]:
    iso = "TCVN ISO 9001:2015"
    lead: dict[str, Any] = {"lead_agency": SimpleNamespace(id=dost.id)}
    rows = [
        (
            f"Tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia {iso} "
            f"đối với {len(iso_ids)} cơ quan, đơn vị",
            TimeframeKind.RECURRING,
            None,
            None,
            iso_ids,
        ),
        (
            f"Mở rộng phạm vi áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia {iso} "
            f"đối với {len(expanding)} cơ quan, đơn vị",
            TimeframeKind.BEFORE,
            None,
            dt.date(year, 11, 30),
            expanding,
        ),
        (
            f"Tổ chức 03 lớp đào tạo, tập huấn về việc áp dụng, duy trì và cải tiến Hệ thống quản lý "
            f"chất lượng theo Tiêu chuẩn quốc gia {iso} cho công chức các cơ quan, đơn vị nhà nước cấp "
            f"tỉnh đang áp dụng ISO",
            TimeframeKind.RANGE,
            dt.date(year, 4, 1),
            dt.date(year, 9, 30),
            [dost.id],
        ),
        (
            f"Tổ chức lớp tập huấn kiến thức về đánh giá nội bộ Hệ thống quản lý chất lượng theo "
            f"{iso} cho cán bộ, công chức các xã, phường",
            TimeframeKind.QUARTER,
            dt.date(year, 7, 1),
            None,
            [dost.id],
        ),
        (
            f"Kiểm tra hoạt động xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
            f"theo {iso} tại các cơ quan hành chính năm {year}",
            TimeframeKind.RANGE,
            dt.date(year, 6, 1),
            dt.date(year, 10, 31),
            [dost.id],
        ),
        (
            f"Báo cáo kết quả thực hiện việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý "
            f"chất lượng theo {iso} gửi Sở Khoa học và Công nghệ",
            TimeframeKind.BEFORE,
            None,
            dt.date(year, 10, 15),
            iso_ids,
        ),
    ]
    tasks = []
    for content, kind, start, due, assigned in rows:
        data = TaskData(
            content=content, timeframe_kind=kind, start_date=start, due_date=due, **lead
        )
        data.assigned_ids = list(assigned)  # type: ignore[attr-defined]  # the shares, by id
        tasks.append(data)
    return tasks


def _province_plan(ctx: Context, province: BuiltProvince, year: int, numbers: dict) -> int:
    dost = province.agency(DOST_KEY)
    committee = province.agency(UBND_KEY) or dost
    if dost is None or committee is None:
        return 0
    iso_ids = [a.id for a in province.agencies if a.status in ISO_STATUSES]
    expanding = [a.id for a in province.agencies if a.status == QMSStatus.BUILDING][:13]
    author = dost.people.get("iso") or dost.people.get("head")
    row = _agency_row(province.id, committee)
    row.place_name = row.place_name or province.info.name
    plan = Plan(
        id=ctx.uuid("plan", "province", province.id, year),
        agency=row,
        year=year,
        scope=PlanScope.PROVINCE,
        created_by_id=author,
    )
    starter.apply_texts(plan, office=None, oversight_name=dost.template.name)
    full_name = province.info.full_name
    plan.title = (
        "Triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2015 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước "
        f"{full_name[:1].lower()}{full_name[1:]} năm {year}"
    )
    plan.recipients = [dost.template.name, "Các sở, ban, ngành", "UBND các xã, phường"]
    plan.signer_authority, plan.signer_title = "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    plan.signer_name = "Lê Văn Bình"
    key = (committee.id, year)
    numbers[key] = numbers.get(key, 40) + 1
    _issue(ctx, plan, numbers[key], _working_day(dt.date(year, 3, 18)), author)
    ctx.writer.add(plan)
    for order, data in enumerate(_province_tasks(year, dost, iso_ids, expanding), start=1):
        _task(ctx, plan, order, data, author)
    return 1


# Years of history ------------------------------------------------------------------------------


def _history(ctx: Context, province: BuiltProvince, today: dt.date, oversight: str, numbers):
    """Every past year's plans of every agency and of the province, closed out (dated rows)."""
    from eiso.demo.steps.objectives import own_timestamps
    from eiso.demo.steps.plan_tracking import HistoryTracker

    tracker = HistoryTracker(ctx, province, today)
    count = 0
    models = (Plan, PlanTask, TaskAssignment, TaskOccurrence, ProgressUpdate, IssuedNumber)
    with own_timestamps(ctx, *models):
        for year in range(today.year - ctx.scale.history_years, today.year):
            for agency in province.agencies:
                count += _HistoryYear(ctx, agency, year, oversight, tracker).build(numbers)
            count += _history_province_plan(ctx, province, year, numbers, tracker)
    return count


def _working_units(agency: BuiltAgency) -> list:
    kinds = (UnitKind.OFFICE, UnitKind.DIVISION, UnitKind.ONE_DOOR)
    return [u for u in agency.units if u.spec.kind in kinds]


class _HistoryYear:
    """One agency's plans of one past year: maintenance, internal audit, corrective action."""

    def __init__(self, ctx: Context, agency: BuiltAgency, year: int, oversight: str, tracker):
        self.ctx, self.agency, self.year = ctx, agency, year
        self.oversight, self.tracker = oversight, tracker
        self.row = _agency_row(None, agency)
        self.office = _office(agency)
        self.ref = starter.reference(self.row)
        self.author = agency.people.get("iso") or agency.people.get("head")
        self.rng = ctx.rng("plans-history", agency.id, year)

    def build(self, numbers) -> int:
        rng, year = self.rng, self.year
        units = _working_units(self.agency)
        number = rng.randint(3, 40)
        maintain = starter.standard_tasks(self.row, year, office=self.office)
        maintain += _division_tasks(self.agency, year, self.office)
        maintain += [plan_demo.unit_review_task(u, year, self.office) for u in units]
        self._plan("maintain", number, maintain)
        number += rng.randint(15, 60)
        self._plan(
            plan_demo.AUDIT, number, plan_demo.audit_tasks(year, self.office, units, self.ref)
        )
        number += rng.randint(10, 50)
        tasks = plan_demo.corrective_tasks(year, self.office, units, self.ref)
        self._plan(plan_demo.CORRECTIVE, number, tasks)
        numbers[(self.agency.id, year)] = number
        return 3

    def _plan(self, kind: str, number: int, tasks: list[TaskData]) -> None:
        agency, year = self.agency, self.year
        plan = Plan(
            id=self.ctx.uuid("plan-history", agency.id, year, kind),
            agency=self.row,
            year=year,
            scope=PlanScope.AGENCY,
            created_by_id=self.author,
        )
        starter.apply_texts(plan, office=self.office, oversight_name=self.oversight)
        office_name = self.office.name if self.office else "Văn phòng"
        if kind == plan_demo.AUDIT:
            plan_demo.audit_texts(plan, self.ref, office_name)
        elif kind == plan_demo.CORRECTIVE:
            plan_demo.corrective_texts(plan, self.ref, office_name)
        deputy = agency.template.head_title == "Giám đốc" and self.rng.random() < 0.6
        plan.signer_authority = "KT. GIÁM ĐỐC" if deputy else ""
        plan.signer_title = "PHÓ GIÁM ĐỐC" if deputy else agency.template.head_title.upper()
        plan.signer_name = "Nguyễn Văn Minh" if deputy else "Trần Văn Hùng"
        month, day = plan_demo.ISSUED_ON[kind]
        issued_on = _working_day(dt.date(year, month, day + self.rng.randint(0, 10)))
        _issue(self.ctx, plan, number, issued_on, agency.people.get("head"), dated=True)
        self.tracker.add_plan(plan, tasks, self.author, agency)


def _history_province_plan(ctx: Context, province: BuiltProvince, year: int, numbers, tracker):
    dost = province.agency(DOST_KEY)
    committee = province.agency(UBND_KEY) or dost
    if dost is None or committee is None:
        return 0
    rng = ctx.rng("plans-history", "province", province.id, year)
    iso_ids = [a.id for a in province.agencies if a.status in ISO_STATUSES]
    expanding = [a.id for a in province.agencies if a.status == QMSStatus.BUILDING][:13]
    author = dost.people.get("iso") or dost.people.get("head")
    row = _agency_row(province.id, committee)
    row.place_name = row.place_name or province.info.name
    plan = Plan(
        id=ctx.uuid("plan-history", "province", province.id, year),
        agency=row,
        year=year,
        scope=PlanScope.PROVINCE,
        created_by_id=author,
    )
    starter.apply_texts(plan, office=None, oversight_name=dost.template.name)
    full_name = province.info.full_name
    plan.title = (
        "Triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2015 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước "
        f"{full_name[:1].lower()}{full_name[1:]} năm {year}"
    )
    plan.recipients = [dost.template.name, "Các sở, ban, ngành", "UBND các xã, phường"]
    plan.signer_authority, plan.signer_title = "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    plan.signer_name = "Lê Văn Bình"
    key = (committee.id, year)
    numbers[key] = numbers.get(key, 40) + rng.randint(1, 5)
    issued_on = _working_day(dt.date(year, 3, 10 + rng.randint(0, 12)))
    _issue(ctx, plan, numbers[key], issued_on, author, dated=True)
    tracker.add_plan(plan, _province_tasks(year, dost, iso_ids, expanding), author, dost)
    return 1
