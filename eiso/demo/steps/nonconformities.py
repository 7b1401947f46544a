"""Step "nonconformities": corrective action (10.2) and improvement (10.3) for every agency with an
ISO coordinator.

- Last year: the nonconformities the internal audit found, closed after effective corrective
  actions (linked to the audits step's checklist items when that step made some, else recorded
  with the internal audit as source).
- This year: one nonconformity in every state of the lifecycle, from complaints, a DOST inspection,
  overdue dossiers, process monitoring and the management review; some actions overdue (already
  escalated), one nonconformity back in work after a "not effective" check.
- Improvement proposals: one waiting, one accepted (its action tracked), one rejected with the
  reason kept.
Agencies of the demo logins get everything; other agencies a deterministic subset (quick at
province scale: bulk inserts only).

With years of history (benchmark scales) the past years replace "last year": every nonconforming
finding of the audits step's past audits, and twenty-odd a year from complaints, overdue dossiers,
process monitoring, the management review, DOST inspections; numbered in order of detection. Most
were closed after actions done and verified effective, some verified "not effective" first and
re-analysed (a second round), a few old ones are still open (overdue actions, or waiting for the
effectiveness check). Improvement proposals of past years were decided, the accepted ones done.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

from django.utils import timezone

from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.logins import DEMO_LOGINS
from eiso.demo.pipeline import step
from eiso.demo.staffing import working_units
from eiso.nonconformities import demo
from eiso.nonconformities.models import (
    ActionEscalation,
    ActionStatus,
    CorrectiveAction,
    Nonconformity,
    Proposal,
    ProposalState,
    State,
    Verification,
    YearCounter,
)
from eiso.nonconformities.services._common import NC_REGISTER, PROPOSAL_REGISTER

EDITION = "TCVN ISO 9001:2015"
LOGIN_AGENCIES = {login.agency_key for login in DEMO_LOGINS if login.agency_key}
# Units of the demo unit-head logins: their "Việc của tôi" shows open (and overdue) actions.
LOGIN_UNITS = {
    (login.agency_key, login.slot.split(":")[1])
    for login in DEMO_LOGINS
    if login.role == "unit_head" and login.agency_key
}
FEATURED_STATES = ("overdue", State.IN_PROGRESS)
SUBSET_STATES = 4

# This year's nonconformities: (state, spec index, days since detection).
THIS_YEAR: tuple[tuple[str, int, int], ...] = (
    (State.RECORDED, 3, 4),
    (State.ANALYSED, 6, 18),
    (State.ACTION_PLAN, 7, 32),
    ("overdue", 4, 100),
    (State.IN_PROGRESS, 5, 45),
    (State.VERIFICATION, 1, 130),
    (State.CLOSED, 0, 210),
)


def _clauses() -> dict[str, uuid.UUID]:
    from eiso.standards.models import Clause

    return dict(Clause.objects.filter(edition__code=EDITION).values_list("number", "id"))


def _findings(agency_ids: list[uuid.UUID], year: int) -> dict[uuid.UUID, list]:
    """Last year's nonconforming checklist items of the audits step, per agency."""
    try:
        from eiso.audits.models import ChecklistItem
    except ImportError:
        return {}
    rows = ChecklistItem.objects.filter(
        audit__programme__agency_id__in=agency_ids,
        audit__programme__year=year,
        result__in=("minor_nc", "major_nc"),
    ).order_by("audit__sequence", "order")
    found: dict[uuid.UUID, list] = {}
    for item in rows.select_related("audit__programme"):
        found.setdefault(item.audit.programme.agency_id, []).append(item)
    return found


@step("nonconformities", order=74)
def build_nonconformities(ctx: Context, province: BuiltProvince) -> None:
    ctx.writer.flush()  # earlier steps' rows (clauses, audit findings) are read below
    today = timezone.localdate()
    clauses = _clauses()
    agencies = [a for a in province.agencies if "iso" in a.people and working_units(a)]
    history = ctx.scale.history_years
    if history > 0:
        past_findings = _past_findings([a.id for a in agencies], today.year - history, today.year)
        findings: dict[uuid.UUID, list] = {}
    else:
        findings = _findings([a.id for a in agencies], today.year - 1)
    counters: dict[tuple[uuid.UUID, int, str], int] = {}
    for agency in agencies:
        builder = _AgencyBuilder(ctx, agency, today, clauses, counters)
        if history > 0:
            for year in range(today.year - history, today.year):
                _PastYear(builder, year, past_findings.get((agency.id, year), [])).build()
        else:
            builder.last_year(findings.get(agency.id, []))
        builder.this_year(full=agency.key in LOGIN_AGENCIES)
        builder.proposals()
    for (agency_id, year, register), last in counters.items():
        ctx.writer.add(
            YearCounter(agency_id=agency_id, year=year, register=register, last_number=last)
        )
    ctx.stats["nonconformities"] += sum(
        n for (_a, _y, r), n in counters.items() if r == NC_REGISTER
    )
    if history > 0:
        _date_history(ctx, [a.id for a in agencies], today.year)
    ctx.log(f"  sự không phù hợp: {ctx.stats['nonconformities']}")


def _past_findings(agency_ids: list[uuid.UUID], first: int, year: int) -> dict[tuple, list]:
    """{(agency id, year): [(item id, unit id, result, evidence, question, day, clause number)]}:
    the nonconforming checklist items of past years' audits, in audit and checklist order."""
    try:
        from eiso.audits.models import ChecklistItem
    except ImportError:
        return {}
    rows = (
        ChecklistItem.objects.filter(
            audit__programme__agency_id__in=agency_ids,
            audit__programme__year__gte=first,
            audit__programme__year__lt=year,
            result__in=("minor_nc", "major_nc"),
        )
        .order_by("audit__programme__year", "audit__sequence", "order")
        .values_list(
            "audit__programme__agency_id",
            "audit__programme__year",
            "id",
            "unit_id",
            "result",
            "evidence",
            "question",
            "audit__end_date",
            "clause__number",
        )
    )
    found: dict[tuple, list] = {}
    for agency_id, audit_year, *item in rows:
        found.setdefault((agency_id, audit_year), []).append(tuple(item))
    return found


def _date_history(ctx: Context, agency_ids: list[uuid.UUID], year: int) -> None:
    """Past years' rows were made when they happened, not today (bulk inserts stamp `created_at`
    now): set-based updates. Proposals show the day they were made; a nonconformity was recorded
    the day it was found."""
    from django.db.models import ExpressionWrapper, F
    from django.db.models import fields as db_fields

    ctx.writer.flush()
    hours = dt.timedelta(hours=2)  # 09:00 in Vietnam (the date cast is midnight UTC)
    moment = db_fields.DateTimeField()
    Nonconformity.objects.filter(agency_id__in=agency_ids, year__lt=year).update(
        created_at=ExpressionWrapper(F("detected_on") + hours, output_field=moment)
    )
    Proposal.objects.filter(agency_id__in=agency_ids, decided_on__lt=dt.date(year, 1, 1)).update(
        created_at=ExpressionWrapper(
            F("decided_on") - dt.timedelta(days=14) + hours, output_field=moment
        )
    )


class _AgencyBuilder:
    def __init__(self, ctx: Context, agency: BuiltAgency, today: dt.date, clauses, counters):
        self.ctx = ctx
        self.agency = agency
        self.today = today
        self.clauses = clauses
        self.counters = counters
        self.rng = ctx.rng("nonconformities", agency.id)
        self.units = working_units(agency)
        people = agency.people
        self.iso = people["iso"]
        self.head = people.get("head") or self.iso
        self.auditor = people.get("auditor:0") or self.iso

    # Helpers ----------------------------------------------------------------------------------
    def number(self, year: int, register: str) -> tuple[int, str]:
        return self._number(year, register)

    def _number(self, year: int, register: str) -> tuple[int, str]:
        key = (self.agency.id, year, register)
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key], f"{register}-{year}-{self.counters[key]:03d}"

    def _owner(self, unit) -> uuid.UUID:
        people = self.agency.people
        symbol = unit.spec.symbol
        return people.get(f"unit_head:{symbol}") or people.get(f"staff:{symbol}:0") or self.iso

    def _nc(self, spec: demo.NcSpec, *, detected_on, state, unit, finding=None, **extra):
        sequence, number = self._number(detected_on.year, NC_REGISTER)
        nc_id = self.ctx.uuid("nonconformity", self.agency.id, number)
        analysed = state != State.RECORDED
        nc = Nonconformity(
            id=nc_id,
            agency_id=self.agency.id,
            number=number,
            year=detected_on.year,
            sequence=sequence,
            source=spec.source,
            description=spec.description,
            evidence=spec.evidence,
            clause_id=self.clauses.get(spec.clause),
            unit_id=unit.id,
            detected_by_id=self.auditor if spec.source == "internal_audit" else self.iso,
            detected_on=detected_on,
            severity=spec.severity,
            finding_id=finding,
            state=state,
            correction=spec.correction if analysed else "",
            whys=list(spec.whys) if analysed else [],
            root_cause=spec.root_cause if analysed else "",
            analysed_by_id=self.iso if analysed else None,
            analysed_on=detected_on + dt.timedelta(days=5) if analysed else None,
            created_by_id=self.iso,
            **extra,
        )
        self.ctx.writer.add(nc)
        return nc

    def _action(self, nc, index, text, *, due, done_on=None, round_=1, unit=None):
        action = CorrectiveAction(
            id=self.ctx.uuid("nc_action", nc.id, round_, index),
            agency_id=self.agency.id,
            nonconformity_id=nc.id,
            description=text,
            owner_id=self._owner(unit),
            unit_id=unit.id,
            due_date=due,
            round=round_,
            status=ActionStatus.DONE if done_on else ActionStatus.OPEN,
            done_on=done_on,
            done_by_id=self._owner(unit) if done_on else None,
            result_note="Đã thực hiện xong, lưu hồ sơ minh chứng." if done_on else "",
            created_by_id=self.iso,
        )
        self.ctx.writer.add(action)
        if done_on is None and due < self.today - dt.timedelta(days=3):
            # Escalated when it fell late (the job will not repeat it on the first start).
            for level in (1, 2):
                self.ctx.writer.add(
                    ActionEscalation(
                        action_id=action.id, level=level, sent_on=due + dt.timedelta(days=level)
                    )
                )
        return action

    def _verification(self, nc, checked_on, *, effective=True, round_=1, index=0):
        self.ctx.writer.add(
            Verification(
                id=self.ctx.uuid("nc_verification", nc.id, round_),
                nonconformity_id=nc.id,
                round=round_,
                effective=effective,
                evidence=demo.VERIFICATION_EVIDENCE[index % len(demo.VERIFICATION_EVIDENCE)]
                if effective
                else demo.NOT_EFFECTIVE_EVIDENCE,
                checked_on=checked_on,
                checked_by_id=self.auditor,
                created_by_id=self.auditor,
            )
        )

    def _closed(self, spec, detected_on, unit, index, finding=None) -> None:
        last_due = detected_on + dt.timedelta(days=45)
        closed_on = last_due + dt.timedelta(days=35)
        nc = self._nc(
            spec,
            detected_on=detected_on,
            state=State.CLOSED,
            unit=unit,
            finding=finding,
            effectiveness_confirmed=True,
            closed_by_id=self.iso,
            closed_on=closed_on,
        )
        for i, text in enumerate(spec.actions):
            due = detected_on + dt.timedelta(days=30 + 15 * i)
            self._action(nc, i, text, due=due, done_on=due - dt.timedelta(days=3), unit=unit)
        self._verification(nc, closed_on - dt.timedelta(days=2), index=index)

    # Last year -------------------------------------------------------------------------------
    def last_year(self, findings: list) -> None:
        year = self.today.year - 1
        audit_day = dt.date(year, 6, self.rng.randint(8, 26))
        if findings:
            for index, item in enumerate(findings[:4]):
                spec = demo.SPECS[index % 3]
                unit = next((u for u in self.units if u.id == item.unit_id), self.units[0])
                spec = demo.NcSpec(
                    **{
                        **spec.__dict__,
                        "description": item.evidence or item.question,
                        "evidence": item.question,
                        "severity": "major" if item.result == "major_nc" else "minor",
                    }
                )
                day = item.audit.end_date or audit_day
                self._closed(spec, day, unit, index, finding=item.id)
            return
        for index, spec in enumerate(demo.SPECS[: 2 + self.rng.randint(0, 1)]):
            self._closed(spec, audit_day, self.units[index % len(self.units)], index)

    # This year -------------------------------------------------------------------------------
    def _plan(self, full: bool) -> Iterator[tuple[str, int, int]]:
        if full:
            yield from THIS_YEAR
            return
        chosen = sorted(self.rng.sample(range(len(THIS_YEAR)), SUBSET_STATES))
        for index in chosen:
            yield THIS_YEAR[index]

    def this_year(self, *, full: bool) -> None:
        start = dt.date(self.today.year, 1, 2)
        featured = next(
            (u for u in self.units if (self.agency.key, u.spec.symbol) in LOGIN_UNITS), None
        )
        for position, (state, spec_index, age) in enumerate(self._plan(full)):
            spec = demo.SPECS[spec_index]
            unit = self.units[(position + 1) % len(self.units)]
            if featured is not None and state in FEATURED_STATES:
                unit = featured
            detected_on = max(start, self.today - dt.timedelta(days=age + self.rng.randint(0, 3)))
            if state == State.CLOSED:
                self._closed(spec, detected_on, unit, position)
            elif state == "overdue":
                self._overdue_after_not_effective(spec, detected_on, unit)
            else:
                self._open(spec, state, detected_on, unit)

    def _open(self, spec, state, detected_on, unit) -> None:
        nc = self._nc(spec, detected_on=detected_on, state=state, unit=unit)
        if state in (State.RECORDED, State.ANALYSED):
            return
        for i, text in enumerate(spec.actions):
            if state == State.VERIFICATION:
                due = self.today - dt.timedelta(days=20 + 10 * i)
                self._action(nc, i, text, due=due, done_on=due - dt.timedelta(days=2), unit=unit)
            else:
                due = self.today + dt.timedelta(days=20 + 15 * i)
                self._action(nc, i, text, due=due, unit=unit)

    def _overdue_after_not_effective(self, spec, detected_on, unit) -> None:
        """Round 1 done but not effective; round 2 in progress with an overdue action."""
        nc = self._nc(spec, detected_on=detected_on, state=State.IN_PROGRESS, unit=unit, round=2)
        first_due = detected_on + dt.timedelta(days=25)
        self._action(nc, 0, spec.actions[0], due=first_due, done_on=first_due, unit=unit)
        self._verification(nc, first_due + dt.timedelta(days=20), effective=False)
        overdue = self.today - dt.timedelta(days=self.rng.randint(12, 30))
        self._action(
            nc,
            1,
            spec.actions[-1] + " (bổ sung sau kiểm tra hiệu lực)",
            due=overdue,
            round_=2,
            unit=unit,
        )

    # Proposals -------------------------------------------------------------------------------
    def proposals(self) -> None:
        year = self.today.year
        people = self.agency.people
        proposers = [p for slot, p in sorted(people.items()) if slot.startswith("staff:")] or [
            self.iso
        ]
        states = (ProposalState.ACCEPTED, ProposalState.REJECTED, ProposalState.SUBMITTED)
        proposed_at: dict = {}
        for index, state in enumerate(states):
            title, description, benefit = demo.PROPOSALS[(index + self.rng.randint(0, 3)) % 4]
            _seq, number = self._number(year, PROPOSAL_REGISTER)
            unit = self.units[index % len(self.units)]
            decided = self.today - dt.timedelta(days=40 - 10 * index)
            proposal = Proposal(
                id=self.ctx.uuid("nc_proposal", self.agency.id, number),
                agency_id=self.agency.id,
                number=number,
                title=title,
                description=description,
                expected_benefit=benefit,
                unit_id=unit.id,
                proposed_by_id=proposers[index % len(proposers)],
                state=state,
                decided_by_id=self.head if state != ProposalState.SUBMITTED else None,
                decided_on=decided if state != ProposalState.SUBMITTED else None,
                reject_reason=demo.REJECT_REASON if state == ProposalState.REJECTED else "",
                created_by_id=proposers[index % len(proposers)],
            )
            self.ctx.writer.add(proposal)
            # Proposed a few weeks before the decision (the page shows the day it was made).
            proposed_at[proposal.id] = timezone.make_aware(
                dt.datetime.combine(decided - dt.timedelta(days=12 + 3 * index), dt.time(9, 30))
            )
            if state == ProposalState.ACCEPTED:
                self.ctx.writer.add(
                    CorrectiveAction(
                        id=self.ctx.uuid("nc_proposal_action", proposal.id),
                        agency_id=self.agency.id,
                        proposal_id=proposal.id,
                        description=f"Triển khai: {title[0].lower()}{title[1:]}",
                        owner_id=self._owner(unit),
                        unit_id=unit.id,
                        due_date=self.today + dt.timedelta(days=45),
                        created_by_id=self.head,
                    )
                )
        self.ctx.writer.flush()
        for proposal_id, moment in proposed_at.items():
            Proposal.objects.filter(pk=proposal_id).update(created_at=moment)


class _PastYear:
    """One past year of an agency's nonconformities and improvement proposals."""

    def __init__(self, owner: _AgencyBuilder, year: int, findings: list):
        self.o = owner
        self.ctx = owner.ctx
        self.year = year
        self.findings = findings
        self.rng = owner.ctx.rng("nonconformities-history", owner.agency.id, year)
        age = owner.today.year - year
        # Share of the year's nonconformities still open today: a few of last year's, fewer older.
        self.open_share = {1: 0.06, 2: 0.02}.get(age, 0.005)

    def _day(self, first_month: int = 1, last_month: int = 12) -> dt.date:
        start = dt.date(self.year, first_month, 1)
        end = dt.date(self.year + (last_month == 12), last_month % 12 + 1, 1)
        day = start + dt.timedelta(days=self.rng.randrange((end - start).days))
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        return max(day, dt.date(self.year, 1, 2))

    def build(self) -> None:
        o, rng = self.o, self.rng
        units = {u.id: u for u in o.units}
        # (detected on, kind, payload): sorted by day so the numbers follow the register's order.
        entries: list[tuple] = []
        for item in self.findings:
            entries.append((item[5] or self._day(), 0, item))
        specs = demo.HISTORY_SPECS
        for _k in range(rng.randint(18, 30)):
            spec = rng.choices(specs, weights=demo.HISTORY_WEIGHTS)[0]
            if spec.source == "management_review":
                day = self._day(*rng.choice(((6, 6), (12, 12))))
            else:
                day = self._day()
            entries.append((day, 1, spec))
        entries.sort(key=lambda e: (e[0], e[1]))
        for index, (day, kind, payload) in enumerate(entries):
            if kind == 0:
                item_id, unit_id, result, evidence, question, _day, number = payload
                analysis = demo.AUDIT_ANALYSES[rng.randrange(len(demo.AUDIT_ANALYSES))]
                correction, whys, root_cause, actions = analysis
                spec = demo.NcSpec(
                    "internal_audit",
                    number or "",
                    "major" if result == "major_nc" else "minor",
                    evidence or question,
                    f"Câu hỏi đánh giá: {question}",
                    correction,
                    whys,
                    root_cause,
                    actions,
                )
                unit = units.get(unit_id) or o.units[0]
                self._nonconformity(spec, day, unit, index, finding=item_id)
            else:
                unit = o.units[rng.randrange(len(o.units))]
                values = {
                    "d": f"{day:%d/%m/%Y}",
                    "q": ("I", "II", "III", "IV")[(day.month - 1) // 3],
                    "n": rng.randint(2, 12),
                }
                spec = demo.NcSpec(
                    **{
                        **payload.__dict__,
                        "description": payload.description.format(**values),
                        "evidence": payload.evidence.format(**values),
                    }
                )
                self._nonconformity(spec, day, unit, index)
        self._proposals()

    def _nonconformity(self, spec, detected_on: dt.date, unit, index: int, finding=None) -> None:
        o, rng, today = self.o, self.rng, self.o.today
        sequence, number = o.number(self.year, NC_REGISTER)
        nc_id = self.ctx.uuid("nonconformity", o.agency.id, number)
        analysed_on = detected_on + dt.timedelta(days=rng.randint(3, 12))
        still_open = rng.random() < self.open_share
        not_effective = not still_open and rng.random() < 0.08
        # Round 1: actions, each due a few weeks after the analysis, mostly done on time.
        actions: list[tuple] = []  # (round, index, text, due, done on or None)
        due = analysed_on
        for i, text in enumerate(spec.actions):
            due = analysed_on + dt.timedelta(days=rng.randint(20, 40) + 15 * i)
            late = rng.random() < 0.1
            done = due + dt.timedelta(days=rng.randint(1, 12) if late else -rng.randint(0, 6))
            actions.append((1, i, text, due, done))
        last_done = max(a[4] for a in actions)
        checks: list[tuple] = []  # (round, checked on, effective)
        state, closed_on, round_ = State.CLOSED, None, 1
        if still_open:
            if rng.random() < 0.65:
                # The last action was never done: overdue (escalated) and still in progress.
                r, i, text, due, _done = actions[-1]
                actions[-1] = (r, i, text, due, None)
                state = State.IN_PROGRESS
            else:
                state = State.VERIFICATION  # actions done, effectiveness not checked yet
        else:
            checked = last_done + dt.timedelta(days=rng.randint(20, 45))
            if not_effective:
                checks.append((1, checked, False))
                round_ = 2
                again = checked + dt.timedelta(days=rng.randint(5, 10))
                due = again + dt.timedelta(days=rng.randint(25, 40))
                text = spec.actions[-1] + " (bổ sung sau kiểm tra hiệu lực)"
                done = due - dt.timedelta(days=rng.randint(0, 5))
                actions.append((2, 0, text, due, done))
                checked = done + dt.timedelta(days=rng.randint(20, 40))
                analysed_on = again
            checks.append((round_, checked, True))
            closed_on = checked + dt.timedelta(days=rng.randint(0, 3))
            if closed_on >= today:  # a late one of last year not closed yet
                checks.pop()
                state, closed_on = State.VERIFICATION, None
        nc = Nonconformity(
            id=nc_id,
            agency_id=o.agency.id,
            number=number,
            year=self.year,
            sequence=sequence,
            source=spec.source,
            description=spec.description,
            evidence=spec.evidence,
            clause_id=o.clauses.get(spec.clause),
            unit_id=unit.id,
            detected_by_id=o.auditor if spec.source == "internal_audit" else o.iso,
            detected_on=detected_on,
            severity=spec.severity,
            finding_id=finding,
            state=state,
            correction=spec.correction,
            whys=list(spec.whys),
            root_cause=spec.root_cause,
            analysed_by_id=o.iso,
            analysed_on=analysed_on,
            round=round_,
            effectiveness_confirmed=state == State.CLOSED,
            closed_by_id=o.iso if closed_on else None,
            closed_on=closed_on,
            created_by_id=o.iso,
        )
        self.ctx.writer.add(nc)
        for r, i, text, due, done in actions:
            o._action(nc, i, text, due=due, done_on=done, round_=r, unit=unit)
        for r, checked, effective in checks:
            o._verification(nc, checked, effective=effective, round_=r, index=index)

    def _proposals(self) -> None:
        o, rng, add = self.o, self.rng, self.ctx.writer.add
        people = o.agency.people
        proposers = [p for slot, p in sorted(people.items()) if slot.startswith("staff:")] or [
            o.iso
        ]
        days = sorted(self._day(1, 11) for _ in range(rng.randint(2, 5)))
        for day in days:
            state = rng.choices((ProposalState.ACCEPTED, ProposalState.REJECTED), weights=(65, 35))[
                0
            ]
            title, description, benefit = demo.PROPOSALS[rng.randrange(len(demo.PROPOSALS))]
            _seq, number = o.number(self.year, PROPOSAL_REGISTER)
            unit = o.units[rng.randrange(len(o.units))]
            proposer = proposers[rng.randrange(len(proposers))]
            decided = day + dt.timedelta(days=rng.randint(14, 30))
            proposal_id = self.ctx.uuid("nc_proposal", o.agency.id, number)
            add(
                Proposal(
                    id=proposal_id,
                    agency_id=o.agency.id,
                    number=number,
                    title=title,
                    description=description,
                    expected_benefit=benefit,
                    unit_id=unit.id,
                    proposed_by_id=proposer,
                    state=state,
                    decided_by_id=o.head,
                    decided_on=decided,
                    reject_reason=demo.REJECT_REASON if state == ProposalState.REJECTED else "",
                    created_by_id=proposer,
                )
            )
            if state == ProposalState.ACCEPTED:
                due = decided + dt.timedelta(days=rng.randint(30, 90))
                add(
                    CorrectiveAction(
                        id=self.ctx.uuid("nc_proposal_action", proposal_id),
                        agency_id=o.agency.id,
                        proposal_id=proposal_id,
                        description=f"Triển khai: {title[0].lower()}{title[1:]}",
                        owner_id=o._owner(unit),
                        unit_id=unit.id,
                        due_date=due,
                        status=ActionStatus.DONE,
                        done_on=due - dt.timedelta(days=rng.randint(0, 10)),
                        done_by_id=o._owner(unit),
                        result_note=demo.PROPOSAL_ACTION_NOTE,
                        created_by_id=o.head,
                    )
                )
