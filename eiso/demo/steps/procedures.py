"""Step "procedures": the province's TTHC catalogue and every agency's scope.

The catalogue comes from the field lists in `eiso.procedures.data.catalogue` (about 300 TTHC:
provincial departments, the industrial-zone authority, the social insurance, and the commune
level), with stable codes, published by decisions of the provincial People's Committee after
the July 2025 merger. Each department has its fields in scope; every commune and ward has the
commune-level list. A few TTHC of each agency were added in the last days (a new publication
decision): their 5-working-day task is open in the ISO coordinator's "Việc của tôi", one of them
already late. Rows are flushed at the end so that the documents step (order 34) can read the
scopes through `eiso.procedures.selectors.agency_scope` and map procedures.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from eiso.core.calendar import add_working_days, subtract_working_days
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.organizations.models import AgencyKind
from eiso.procedures.data.catalogue import COMMUNE, PROVINCIAL
from eiso.procedures.models import TTHC, AgencyTTHC, TimeUnit, TTHCLevel
from eiso.procedures.services import SCOPE_TASK_WORKING_DAYS

# Publication decisions of the UBND tỉnh (after the merger of 01/07/2025), by list.
PROVINCIAL_DECISION = ("1865/QĐ-UBND", dt.date(2025, 8, 15))
COMMUNE_DECISION = ("1866/QĐ-UBND", dt.date(2025, 8, 15))
NEW_DECISION = "2411/QĐ-UBND"
NEW_PER_AGENCY = 2
BASIS = {
    "Hộ tịch": "Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP",
    "Chứng thực": "Nghị định số 23/2015/NĐ-CP",
    "Đất đai": "Luật Đất đai năm 2024; Nghị định số 101/2024/NĐ-CP",
}
FEES = (
    "Không",
    "Miễn phí",
    "50.000 đồng/hồ sơ",
    "100.000 đồng/hồ sơ",
    "Theo quy định của HĐND tỉnh",
)


def _time(value: int | str) -> tuple[Decimal, str]:
    if isinstance(value, str) and value.endswith("h"):
        return Decimal(value[:-1]), TimeUnit.HOURS
    return Decimal(value), TimeUnit.DAYS


@step("procedures", order=32)
def build_procedures(ctx: Context, province: BuiltProvince) -> None:
    today = timezone.localdate()
    rng = ctx.rng("procedures", province.id)
    recent = subtract_working_days(today, 7, province=province.id)
    by_symbol = {a.template.symbol: a for a in province.agencies}
    lists: dict[str, list[tuple[str, str, int | str]]] = {}
    for symbol, field, items in PROVINCIAL:
        lists.setdefault(symbol, []).extend((field, name, time) for name, time in items)
    by_agency: dict = {}
    index = 0
    for symbol, agency_rows in lists.items():
        agency = by_symbol.get(symbol)
        tthcs = []
        for position, (field, name, time) in enumerate(agency_rows):
            index += 1
            new = position >= len(agency_rows) - NEW_PER_AGENCY
            decision = (NEW_DECISION, recent) if new else PROVINCIAL_DECISION
            code = f"1.{1000 + index * 37:06d}"
            tthcs.append(
                _tthc(
                    ctx,
                    province,
                    code,
                    name,
                    field,
                    TTHCLevel.PROVINCE,
                    time,
                    agency,
                    rng,
                    decision,
                )
            )
        if agency is not None:
            by_agency[agency.id] = (agency, tthcs)
    commune_items = [(field, name, time) for field, items in COMMUNE for name, time in items]
    commune_list: list[TTHC] = []
    for position, (field, name, time) in enumerate(commune_items):
        index += 1
        level = TTHCLevel.INTERAGENCY if field == "Liên thông" else TTHCLevel.COMMUNE
        new = position >= len(commune_items) - NEW_PER_AGENCY
        decision = (NEW_DECISION, recent) if new else COMMUNE_DECISION
        code = f"2.{2000 + index * 29:06d}"
        commune_list.append(
            _tthc(ctx, province, code, name, field, level, time, None, rng, decision)
        )
    for agency in province.agencies:
        if agency.template.kind == AgencyKind.COMMUNE_COMMITTEE:
            by_agency[agency.id] = (agency, commune_list)
    for agency, tthcs in by_agency.values():
        _scope(ctx, agency, tthcs, today, province)
    ctx.writer.flush()


def _tthc(ctx, province, code, name, field, level, time, agency, rng, decision) -> TTHC:
    legal_time, unit = _time(time)
    number, day = decision
    tthc = TTHC(
        id=ctx.uuid("tthc", province.id, code),
        province_id=province.id,
        code=code,
        name=name,
        field=field,
        level=level,
        implementing_agency_id=agency.id if agency is not None else None,
        implementing_agency_text="" if agency is not None else "UBND cấp xã",
        legal_time=legal_time,
        legal_time_unit=unit,
        fees=rng.choice(FEES),
        legal_basis=BASIS.get(field, f"Quyết định công bố TTHC lĩnh vực {field.lower()}"),
        decision_number=number,
        decision_date=day,
    )
    ctx.writer.add(tthc)
    ctx.stats["tthc"] += 1
    return tthc


def _scope(ctx, agency: BuiltAgency, tthcs: list[TTHC], today: dt.date, province) -> None:
    """All in scope since the decision; the last NEW_PER_AGENCY added lately with open tasks
    (the oldest of them already past its 5 working days)."""
    person = agency.people.get("iso") or agency.people.get("head")
    newest = tthcs[-NEW_PER_AGENCY:] if len(tthcs) > NEW_PER_AGENCY else []
    for offset, tthc in enumerate(tthcs):
        is_new = tthc in newest
        if is_new:
            # The first was added with the decision (its 5 days are over), the second yesterday.
            back = 7 if offset == len(tthcs) - NEW_PER_AGENCY else 1
            added = subtract_working_days(today, back, province=province.id)
        else:
            added = (tthc.decision_date or today) + dt.timedelta(days=10)
        due = add_working_days(added, SCOPE_TASK_WORKING_DAYS, province=province.id)
        ctx.writer.add(
            AgencyTTHC(
                id=ctx.uuid("agency_tthc", agency.id, tthc.code),
                agency_id=agency.id,
                tthc_id=tthc.id,
                added_on=added,
                due_date=due,
                task_open=is_new,
                created_by_id=person,
            )
        )
        ctx.stats["tthc_scope"] += 1
