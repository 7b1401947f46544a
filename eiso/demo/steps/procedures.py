"""Step "procedures": the province's TTHC catalogue and every agency's scope.

The catalogue comes from the field lists in `eiso.procedures.data.catalogue` (about 300 TTHC:
provincial departments, the industrial-zone authority, the social insurance, and the commune
level), with stable codes, published by decisions of the provincial People's Committee after
the July 2025 merger. Each department has its fields in scope; every commune and ward has the
commune-level list. A few TTHC of each agency were added in the last days (a new publication
decision): their 5-working-day task is open in the ISO coordinator's "Việc của tôi", one of them
already late. Rows are flushed at the end so that the documents step (order 34) can read the
scopes through `eiso.procedures.selectors.agency_scope` and map procedures.

At the province benchmark scale (`history_years` > 0) the catalogue is a real province's size:
`eiso.procedures.data.full_catalogue` adds ~1,700 TTHC (about 2,000 in all), each department's in
its scope and the commune-level ones in every commune's and ward's (~13,000 scope rows).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from eiso.core.calendar import add_working_days, subtract_working_days
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.organizations.models import AgencyKind
from eiso.procedures.data import full_catalogue
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
# The full catalogue's fees: free in the social fields, else as printed in the published lists.
FULL_FEES = (
    *FEES,
    "200.000 đồng/giấy phép",
    "500.000 đồng/hồ sơ",
    "1.000.000 đồng/lần thẩm định",
    "Theo Thông tư của Bộ Tài chính quy định mức thu phí, lệ phí",
)
FREE_FIELDS = frozenset(
    {
        "Bảo trợ xã hội",
        "Trẻ em",
        "Người có công",
        "Thi đua, khen thưởng",
        "Tiếp công dân, khiếu nại, tố cáo",
        "Phòng, chống tham nhũng",
        "Trợ giúp pháp lý",
        "Thực hiện chính sách bảo hiểm xã hội",
        "Công tác dân tộc",
        "Hòa giải ở cơ sở",
    }
)
# Codes of the full catalogue's TTHC: drawn from ranges the demo catalogue's codes never reach.
FULL_PROVINCIAL_CODES = range(11_000, 20_000)
FULL_COMMUNE_CODES = range(11_000, 14_000)


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
    full = _Full(ctx, province, recent) if ctx.scale.history_years > 0 else None
    extra_symbols = [] if full is None else [s for s in full.provincial if s not in lists]
    by_agency: dict = {}
    index = 0
    for symbol in [*lists, *extra_symbols]:
        agency_rows = lists.get(symbol, [])
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
        if full is not None:
            tthcs = _before_newest(tthcs, full.provincial_tthcs(symbol, agency))
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
    if full is not None:
        commune_list = _before_newest(commune_list, full.commune_tthcs())
    for agency in province.agencies:
        if agency.template.kind == AgencyKind.COMMUNE_COMMITTEE:
            by_agency[agency.id] = (agency, commune_list)
    for agency, tthcs in by_agency.values():
        _scope(ctx, agency, tthcs, today, province)
    ctx.writer.flush()


def _before_newest(tthcs: list[TTHC], extra: list[TTHC]) -> list[TTHC]:
    """The agency's list with the full catalogue's TTHC before its newest (which stay last)."""
    if not extra:
        return tthcs
    if len(tthcs) <= NEW_PER_AGENCY:
        return [*tthcs, *extra]
    return [*tthcs[:-NEW_PER_AGENCY], *extra, *tthcs[-NEW_PER_AGENCY:]]


class _Full:
    """The full-size catalogue of the province benchmark scale (its own random stream, so the
    demo catalogue's rows are the same at every scale)."""

    def __init__(self, ctx: Context, province: BuiltProvince, recent: dt.date):
        self.ctx = ctx
        self.province = province
        self.recent = recent
        self.rng = ctx.rng("procedures:full", province.id)
        self.provincial: dict[str, list[tuple[str, str, str, int]]] = {}
        for symbol, field, name, basis, days in full_catalogue.provincial_items():
            self.provincial.setdefault(symbol, []).append((field, name, basis, days))
        self.commune = full_catalogue.commune_items()
        count = sum(len(rows) for rows in self.provincial.values())
        self.provincial_codes = iter(self.rng.sample(FULL_PROVINCIAL_CODES, count))
        self.commune_codes = iter(self.rng.sample(FULL_COMMUNE_CODES, len(self.commune)))
        self.known = {symbol for symbol, _f, _i in PROVINCIAL}

    def _fees(self, field: str) -> str:
        return "Không" if field in FREE_FIELDS else self.rng.choice(FULL_FEES)

    def provincial_tthcs(self, symbol: str, agency: BuiltAgency | None) -> list[TTHC]:
        rows = self.provincial.get(symbol, [])
        tthcs = []
        for position, (field, name, basis, days) in enumerate(rows):
            # An agency with no TTHC in the demo catalogue gets its newest ones here.
            new = symbol not in self.known and position >= len(rows) - NEW_PER_AGENCY
            decision = (NEW_DECISION, self.recent) if new else PROVINCIAL_DECISION
            code = f"1.{next(self.provincial_codes):06d}"
            tthcs.append(
                _tthc(
                    self.ctx,
                    self.province,
                    code,
                    name,
                    field,
                    TTHCLevel.PROVINCE,
                    days,
                    agency,
                    self.rng,
                    decision,
                    basis=basis,
                    fees=self._fees(field),
                )
            )
        return tthcs

    def commune_tthcs(self) -> list[TTHC]:
        tthcs = []
        for field, name, basis, days in self.commune:
            code = f"2.{next(self.commune_codes):06d}"
            tthcs.append(
                _tthc(
                    self.ctx,
                    self.province,
                    code,
                    name,
                    field,
                    TTHCLevel.COMMUNE,
                    days,
                    None,
                    self.rng,
                    COMMUNE_DECISION,
                    basis=basis,
                    fees=self._fees(field),
                )
            )
        return tthcs


def _tthc(
    ctx,
    province,
    code,
    name,
    field,
    level,
    time,
    agency,
    rng,
    decision,
    *,
    basis: str | None = None,
    fees: str | None = None,
) -> TTHC:
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
        fees=fees if fees is not None else rng.choice(FEES),
        legal_basis=basis or BASIS.get(field, f"Quyết định công bố TTHC lĩnh vực {field.lower()}"),
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
    dues: dict[dt.date, dt.date] = {}
    for offset, tthc in enumerate(tthcs):
        is_new = tthc in newest
        if is_new:
            # The first was added with the decision (its 5 days are over), the second yesterday.
            back = 7 if offset == len(tthcs) - NEW_PER_AGENCY else 1
            added = subtract_working_days(today, back, province=province.id)
        else:
            added = (tthc.decision_date or today) + dt.timedelta(days=10)
        due = dues.get(added)
        if due is None:
            due = dues[added] = add_working_days(
                added, SCOPE_TASK_WORKING_DAYS, province=province.id
            )
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
