"""Step "audits": internal audit (9.2) for every agency with an ISO coordinator and an internal
auditor.

- Last year: an approved programme with two audits, both reported, each with one or two minor
  nonconformities (the nonconformities step turns them into closed nonconformities).
- This year: an approved programme half done — two audits reported (with findings), one in
  progress with its checklist partly filled, two planned (one with its dates and timetable, soon,
  one only by month).
Checklists come from the question bank for the clauses in scope (first question per clause) and the
steps of an audited unit's effective procedure when the documents step made one. The lead auditor
never audits their own unit. Bulk inserts only (quick at province scale).

With years of history (benchmark scales) every past year has an approved programme of five or six
reported audits covering the units in turn, each with a full checklist (about forty questions:
the clauses' bank questions, the unit's procedure steps, general questions), every item answered
with notes, and findings (nonconformities, observations, opportunities for improvement); the
past years replace the demo's "last year" above.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from eiso.audits import checklists
from eiso.audits import demo as texts
from eiso.audits.models import (
    Audit,
    AuditProgramme,
    AuditSession,
    AuditStatus,
    ChecklistItem,
    ItemSource,
    ProgrammeStatus,
    Result,
)
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.demo.staffing import working_units

EDITION = "TCVN ISO 9001:2015"
# The year's coverage: each audit takes the next set of clauses.
CLAUSE_SETS = (
    ("4.1", "4.2", "4.4", "5.2", "5.3", "7.5"),
    ("6.1", "6.2", "7.1", "7.2", "8.5"),
    ("8.1", "8.2", "8.5", "8.6", "8.7", "7.5"),
    ("9.1", "9.2", "9.3", "10.2", "10.3"),
    ("7.3", "7.4", "8.4", "10.1"),
)
OBJECTIVES = (
    "Xác định mức độ phù hợp của HTQLCL với TCVN ISO 9001:2015 và các quy định của pháp luật; "
    "đánh giá việc thực hiện các quy trình tại đơn vị."
)
NC_EVIDENCE = (
    "Sổ theo dõi hồ sơ tháng 9 thiếu chữ ký người nhận kết quả ở 3/20 hồ sơ kiểm tra.",
    "Đơn vị còn sử dụng biểu mẫu lần ban hành 02 đã hết hiệu lực (BM-01).",
    "Phiếu kiểm soát quá trình giải quyết hồ sơ không ghi thời gian chuyển bước ở 2 hồ sơ.",
    "Mục tiêu chất lượng quý III chưa được đo lường và báo cáo đúng hạn.",
    "Danh mục hồ sơ của đơn vị chưa cập nhật theo quy trình mới ban hành.",
    "Hai hồ sơ trễ hạn chưa có văn bản xin lỗi và hẹn lại thời gian trả kết quả.",
)
OBSERVATIONS = (
    "Nên sắp xếp hồ sơ lưu theo năm để dễ truy xuất.",
    "Có thể số hóa phiếu kiểm soát quá trình trên Hệ thống thông tin giải quyết TTHC.",
    "Nên bổ sung biển chỉ dẫn tại khu vực tiếp nhận hồ sơ.",
)
STRENGTHS = (
    "Lãnh đạo đơn vị quan tâm, trực tiếp tham gia buổi đánh giá.\n"
    "Cán bộ nắm vững quy trình, hồ sơ được lưu đúng nơi quy định."
)


@dataclass
class _Plan:
    sequence: int
    month: int
    status: str
    units: list
    start: dt.date | None = None


@step("audits", order=72)
def build_audits(ctx: Context, province: BuiltProvince) -> None:
    ctx.writer.flush()  # clauses, memberships and documents of earlier steps are read below
    from eiso.organizations.models import Membership
    from eiso.standards.models import Clause

    today = timezone.localdate()
    clauses = {
        number: (pk, order)
        for number, pk, order in Clause.objects.filter(edition__code=EDITION).values_list(
            "number", "id", "order"
        )
    }
    if not clauses:
        return
    edition_id = Clause.objects.filter(edition__code=EDITION).values_list("edition_id", flat=True)[
        0
    ]
    agencies = [
        a
        for a in province.agencies
        if "iso" in a.people and "auditor:0" in a.people and len(working_units(a)) >= 2
    ]
    auditor_ids = [a.people["auditor:0"] for a in agencies]
    seats = dict(
        ((user, agency), unit)
        for user, agency, unit in Membership.objects.filter(user_id__in=auditor_ids).values_list(
            "user_id", "agency_id", "unit_id"
        )
    )
    procedures, owned = _procedures([a.id for a in agencies])
    all_steps = _all_steps([a.id for a in agencies]) if ctx.scale.history_years > 0 else {}
    for agency in agencies:
        builder = _AgencyAudits(ctx, agency, today, clauses, edition_id, procedures)
        builder.owned = owned
        builder.all_steps = all_steps
        builder.lead_unit = seats.get((agency.people["auditor:0"], agency.id))
        builder.build()
    if ctx.scale.history_years > 0:
        _date_history(ctx, [a.id for a in agencies], today.year)
    ctx.log(f"  đánh giá nội bộ: {ctx.stats['audits']} đợt, {ctx.stats['audit_items']} nội dung")


def _procedures(agency_ids: list[uuid.UUID]) -> tuple[dict, dict]:
    """({owner unit id: ("<id>|<code>", steps of its first procedure)}, {owner unit id: [ids of
    all its effective procedures]}) — empty when the documents step made none."""
    from eiso.documents.models import PROCEDURE_KINDS, Document, ProcedureStep

    found: dict[uuid.UUID, tuple[uuid.UUID, str, uuid.UUID]] = {}
    owned: dict[uuid.UUID, list[uuid.UUID]] = {}
    rows = (
        Document.objects.filter(
            agency_id__in=agency_ids,
            kind__in=list(PROCEDURE_KINDS),
            owner_unit__isnull=False,
            effective_edition__isnull=False,
        )
        .order_by("code")
        .values_list("owner_unit_id", "id", "code", "effective_edition_id")
    )
    for unit_id, document_id, code, edition_id in rows:
        found.setdefault(unit_id, (document_id, code, edition_id))
        owned.setdefault(unit_id, []).append(document_id)
    steps: dict[uuid.UUID, list] = {}
    for row in ProcedureStep.objects.filter(
        edition_id__in=[e for _d, _c, e in found.values()]
    ).order_by("order"):
        steps.setdefault(row.edition_id, []).append(row)
    first = {
        unit: (f"{document}|{code}", steps.get(edition, []))
        for unit, (document, code, edition) in found.items()
    }
    return first, owned


def _all_steps(agency_ids: list[uuid.UUID]) -> dict[uuid.UUID, list]:
    """{owner unit id: [(procedure id, code, [(order, task, responsible), …]), …]}: every effective
    procedure of the units with its steps (history checklists audit them in turn)."""
    from eiso.documents.models import PROCEDURE_KINDS, Document, ProcedureStep

    editions: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID, str]] = {}
    for unit_id, document_id, code, edition_id in (
        Document.objects.filter(
            agency_id__in=agency_ids,
            kind__in=list(PROCEDURE_KINDS),
            owner_unit__isnull=False,
            effective_edition__isnull=False,
        )
        .order_by("code")
        .values_list("owner_unit_id", "id", "code", "effective_edition_id")
    ):
        editions[edition_id] = (unit_id, document_id, code)
    steps: dict[uuid.UUID, list] = {}
    for edition_id, order, task, responsible in (
        ProcedureStep.objects.filter(edition_id__in=list(editions))
        .order_by("order")
        .values_list("edition_id", "order", "task", "responsible")
    ):
        steps.setdefault(edition_id, []).append((order, task, responsible))
    found: dict[uuid.UUID, list] = {}
    for edition_id, (unit_id, document_id, code) in editions.items():
        if steps.get(edition_id):
            found.setdefault(unit_id, []).append((document_id, code, steps[edition_id]))
    for procedures in found.values():
        procedures.sort(key=lambda p: p[1])
    return found


def _date_history(ctx: Context, agency_ids: list[uuid.UUID], year: int) -> None:
    """Past years' programmes and audits were made when they happened, not today (bulk inserts
    stamp `created_at` now): one set-based update per table (checklist items keep theirs: no page
    shows it, and rewriting 200,000 rows would double the table)."""
    from django.db.models import F

    ctx.writer.flush()
    AuditProgramme.objects.filter(agency_id__in=agency_ids, year__lt=year).update(
        created_at=F("approved_at") - dt.timedelta(days=12), updated_at=F("approved_at")
    )
    Audit.objects.filter(
        programme__agency_id__in=agency_ids, programme__year__lt=year, started_at__isnull=False
    ).update(created_at=F("started_at") - dt.timedelta(days=30), updated_at=F("report_approved_at"))


class _AgencyAudits:
    def __init__(self, ctx, agency: BuiltAgency, today, clauses, edition_id, procedures):
        self.ctx = ctx
        self.agency = agency
        self.today = today
        self.clauses = clauses
        self.edition_id = edition_id
        self.procedures = procedures
        self.rng = ctx.rng("audits", agency.id)
        self.lead = agency.people["auditor:0"]
        self.second = agency.people.get("auditor:1")
        self.head = agency.people.get("head") or agency.people["iso"]
        self.iso = agency.people["iso"]
        self.lead_unit: uuid.UUID | None = None
        self.owned: dict[uuid.UUID, list[uuid.UUID]] = {}
        self.all_steps: dict[uuid.UUID, list] = {}
        self.nc_index = 0

    # Plans ---------------------------------------------------------------------------------
    def build(self) -> None:
        units = [u for u in working_units(self.agency) if u.id != self.lead_unit]
        if not units:
            return
        year = self.today.year
        soon = self.today + dt.timedelta(days=10)
        history = self.ctx.scale.history_years
        if history > 0:
            for past in range(year - history, year):
                _PastYear(self, past, units).build()
        else:
            last = self._programme(year - 1)
            for sequence, month in ((1, 6), (2, 10)):
                plan = _Plan(sequence, month, AuditStatus.REPORTED, self._units(units, sequence))
                plan.start = self._day(year - 1, month, 10)
                self._audit(last, plan)
        this = self._programme(year)
        plans = [
            _Plan(1, 3, AuditStatus.REPORTED, self._units(units, 1), self._day(year, 3, 17)),
            _Plan(2, 6, AuditStatus.REPORTED, self._units(units, 2), self._day(year, 6, 16)),
            _Plan(
                3,
                self.today.month,
                AuditStatus.IN_PROGRESS,
                self._units(units, 3),
                self.today - dt.timedelta(days=2),
            ),
            _Plan(
                4,
                min(12, self.today.month + 1),
                AuditStatus.PLANNED,
                self._units(units, 4),
                soon if soon.year == year else None,
            ),
            _Plan(5, 12, AuditStatus.PLANNED, self._units(units, 5)),
        ]
        for plan in plans:
            self._audit(this, plan)

    def _units(self, units: list, sequence: int) -> list:
        count = 2 if len(units) >= 4 else 1
        start = ((sequence - 1) * count) % len(units)
        return [units[(start + k) % len(units)] for k in range(count)]

    @staticmethod
    def _day(year: int, month: int, day: int) -> dt.date:
        date = dt.date(year, month, day)
        while date.weekday() >= 5:
            date += dt.timedelta(days=1)
        return date

    def _programme(self, year: int) -> uuid.UUID:
        programme_id = self.ctx.uuid("audit_programme", self.agency.id, year)
        approved = dt.datetime(year, 1, 15, 9, 0, tzinfo=dt.UTC)
        self.ctx.writer.add(
            AuditProgramme(
                id=programme_id,
                iso_unit_id=self.agency.iso_unit_id,
                agency_id=self.agency.id,
                year=year,
                objectives=(
                    "Đánh giá toàn bộ các điều khoản của TCVN ISO 9001:2015 và các quy trình "
                    f"trong phạm vi HTQLCL ít nhất một lần trong năm {year}."
                ),
                status=ProgrammeStatus.APPROVED,
                approved_by_id=self.head,
                approved_at=approved,
                created_by_id=self.iso,
            )
        )
        return programme_id

    def _audit(self, programme_id: uuid.UUID, plan: _Plan) -> None:
        audit_id = self.ctx.uuid("audit", programme_id, plan.sequence)
        names = ", ".join(u.name for u in plan.units)
        status = plan.status
        started = status in (AuditStatus.IN_PROGRESS, AuditStatus.REPORTED)
        reported = status == AuditStatus.REPORTED
        at = _moment(plan.start) if plan.start else None
        self.ctx.writer.add(
            Audit(
                id=audit_id,
                programme_id=programme_id,
                sequence=plan.sequence,
                title=f"Đánh giá nội bộ {names}",
                status=status,
                planned_month=plan.month,
                start_date=plan.start,
                end_date=plan.start,
                objectives=OBJECTIVES,
                edition_id=self.edition_id,
                lead_auditor_id=self.lead,
                auditees_notified_at=at - dt.timedelta(days=7) if at and started else None,
                started_at=at if started else None,
                completed_at=at + dt.timedelta(hours=8) if at and reported else None,
                strengths=STRENGTHS if reported else "",
                conclusion=(
                    "HTQLCL của các đơn vị được đánh giá được duy trì phù hợp; các điểm không "
                    "phù hợp được khắc phục theo kế hoạch."
                    if reported
                    else ""
                ),
                report_approved_by_id=self.lead if reported else None,
                report_approved_at=at + dt.timedelta(days=3) if at and reported else None,
                created_by_id=self.iso,
            )
        )
        numbers = CLAUSE_SETS[(plan.sequence - 1) % len(CLAUSE_SETS)]
        for unit in plan.units:
            self.ctx.writer.add(Audit.units.through(audit_id=audit_id, unit_id=unit.id))
            for document_id in self.owned.get(unit.id, ()):
                self.ctx.writer.add(
                    Audit.procedures.through(audit_id=audit_id, document_id=document_id)
                )
        for number in numbers:
            self.ctx.writer.add(
                Audit.clauses.through(audit_id=audit_id, clause_id=self.clauses[number][0])
            )
        if self.second and plan.start:
            self.ctx.writer.add(Audit.auditors.through(audit_id=audit_id, user_id=self.second))
        if plan.start:
            for k, unit in enumerate(plan.units):
                session_id = self.ctx.uuid("audit_session", audit_id, k)
                self.ctx.writer.add(
                    AuditSession(
                        id=session_id,
                        audit_id=audit_id,
                        date=plan.start,
                        start_time=dt.time(8 + 6 * k, 0),
                        end_time=dt.time(10 + 6 * k, 30),
                        unit_id=unit.id,
                        auditees="Trưởng đơn vị và chuyên viên phụ trách hồ sơ",
                    )
                )
                self.ctx.writer.add(
                    AuditSession.auditors.through(auditsession_id=session_id, user_id=self.lead)
                )
        if status != AuditStatus.PLANNED or plan.sequence == 4:
            self._checklist(audit_id, plan, numbers)
        self.ctx.stats["audits"] += 1

    # Checklist -----------------------------------------------------------------------------
    def _checklist(self, audit_id, plan: _Plan, numbers) -> None:
        # (unit, clause number, question, procedure step reference, procedure id)
        rows: list[tuple[Any, str | None, str, str, uuid.UUID | None]] = []
        for unit in plan.units:
            for number in numbers:
                questions = checklists.questions_for_number(number)
                if questions:
                    rows.append((unit, number, questions[0][1], "", None))
            procedure = self.procedures.get(unit.id)
            if procedure:
                ref, steps = procedure
                document_id, code = ref.split("|", 1)
                for row in steps[:4]:
                    rows.append(
                        (
                            unit,
                            None,
                            f"Bước {row.order} — {row.task}: có được thực hiện đúng "
                            f"như quy trình quy định không (trách nhiệm: {row.responsible})?",
                            f"{code} — bước {row.order}",
                            uuid.UUID(document_id),
                        )
                    )
        findings = self._findings(plan, len(rows))
        assessed = len(rows) if plan.status != AuditStatus.IN_PROGRESS else len(rows) // 2
        at = _moment(plan.start) if plan.start else None
        for order, (unit, number, question, ref, document_id) in enumerate(rows, start=1):
            result, evidence = "", ""
            if plan.status != AuditStatus.PLANNED and order <= assessed:
                result, evidence = findings.get(order, (Result.CONFORMS, ""))
            self.ctx.writer.add(
                ChecklistItem(
                    id=self.ctx.uuid("checklist_item", audit_id, order),
                    audit_id=audit_id,
                    order=order,
                    unit_id=unit.id,
                    clause_id=self.clauses[number][0] if number else None,
                    procedure_id=document_id,
                    procedure_ref=ref,
                    source=ItemSource.PROCEDURE if ref else ItemSource.QUESTION_BANK,
                    question=question,
                    result=result,
                    evidence=evidence,
                    assessed_by_id=self.lead if result else None,
                    assessed_at=at + dt.timedelta(hours=1) if at and result else None,
                    created_by_id=self.lead,
                )
            )
        self.ctx.stats["audit_items"] += len(rows)

    def _findings(self, plan: _Plan, count: int) -> dict[int, tuple[str, str]]:
        """{item order: (result, evidence)}: one or two minor nonconformities, an observation and
        an opportunity for improvement, at deterministic places."""
        if count < 4:
            return {}
        limit = count if plan.status != AuditStatus.IN_PROGRESS else count // 2
        places = self.rng.sample(range(1, limit + 1), k=min(limit, 4))
        nonconformities = 1 + self.rng.randrange(2)
        result: dict[int, tuple[str, str]] = {}
        for k, place in enumerate(places):
            if k < nonconformities:
                evidence = NC_EVIDENCE[self.nc_index % len(NC_EVIDENCE)]
                self.nc_index += 1
                result[place] = (Result.MINOR_NC, evidence)
            elif k == nonconformities:
                result[place] = (Result.OBSERVATION, OBSERVATIONS[place % len(OBSERVATIONS)])
            else:
                result[place] = (Result.OFI, OBSERVATIONS[(place + 1) % len(OBSERVATIONS)])
        return result


class _PastYear:
    """One past year of an agency: the approved programme and its reported audits."""

    def __init__(self, owner: _AgencyAudits, year: int, units: list):
        self.o = owner
        self.ctx = owner.ctx
        self.year = year
        self.units = units
        self.rng = owner.ctx.rng("audits-history", owner.agency.id, year)

    def build(self) -> None:
        o, rng = self.o, self.rng
        programme_id = o._programme(self.year)
        count = 5 + (rng.random() < 0.5)
        months = sorted(rng.sample(range(3, 12), count))
        per = 2 if len(self.units) >= 4 else 1
        for sequence, month in enumerate(months, start=1):
            first = ((sequence - 1) * per + self.year) % len(self.units)
            units = [self.units[(first + k) % len(self.units)] for k in range(per)]
            start = o._day(self.year, month, rng.randint(5, 22))
            self._audit(programme_id, sequence, month, units, start)

    def _audit(self, programme_id, sequence: int, month: int, units: list, start) -> None:
        o, rng, add = self.o, self.rng, self.ctx.writer.add
        audit_id = self.ctx.uuid("audit", programme_id, sequence)
        at = _moment(start)
        numbers = CLAUSE_SETS[(sequence - 1 + self.year) % len(CLAUSE_SETS)]
        strengths = rng.sample(texts.STRENGTHS, 2)
        add(
            Audit(
                id=audit_id,
                programme_id=programme_id,
                sequence=sequence,
                title="Đánh giá nội bộ " + ", ".join(u.name for u in units),
                status=AuditStatus.REPORTED,
                planned_month=month,
                start_date=start,
                end_date=start,
                objectives=OBJECTIVES,
                edition_id=o.edition_id,
                lead_auditor_id=o.lead,
                auditees_notified_at=at - dt.timedelta(days=7),
                started_at=at,
                completed_at=at + dt.timedelta(hours=8),
                strengths="\n".join(strengths),
                conclusion=rng.choice(texts.CONCLUSIONS),
                report_approved_by_id=o.lead,
                report_approved_at=at + dt.timedelta(days=rng.randint(2, 7)),
                created_by_id=o.iso,
            )
        )
        for unit in units:
            add(Audit.units.through(audit_id=audit_id, unit_id=unit.id))
            for document_id in o.owned.get(unit.id, ()):
                add(Audit.procedures.through(audit_id=audit_id, document_id=document_id))
        for number in numbers:
            add(Audit.clauses.through(audit_id=audit_id, clause_id=o.clauses[number][0]))
        if o.second:
            add(Audit.auditors.through(audit_id=audit_id, user_id=o.second))
        for k, unit in enumerate(units):
            session_id = self.ctx.uuid("audit_session", audit_id, k)
            add(
                AuditSession(
                    id=session_id,
                    audit_id=audit_id,
                    date=start,
                    start_time=dt.time(8 + 6 * k, 0),
                    end_time=dt.time(11 + 6 * k, 0),
                    unit_id=unit.id,
                    auditees=texts.AUDITEES[(sequence + k) % len(texts.AUDITEES)],
                )
            )
            add(AuditSession.auditors.through(auditsession_id=session_id, user_id=o.lead))
            if o.second:
                add(AuditSession.auditors.through(auditsession_id=session_id, user_id=o.second))
        self._checklist(audit_id, sequence, units, numbers, at)
        self.ctx.stats["audits"] += 1

    def _rows(self, sequence: int, units: list, numbers) -> list[tuple]:
        """(unit, clause number or None, question, procedure ref, procedure id) of one audit."""
        o, rng = self.o, self.rng
        total = rng.randint(38, 46)
        rows: list[tuple] = []
        for index, unit in enumerate(units):
            quota = total // len(units) + (1 if index < total % len(units) else 0)
            own: list[tuple] = []
            for number in numbers:
                for _key, question in checklists.questions_for_number(number):
                    own.append((unit, number, question, "", None))
            procedures = o.all_steps.get(unit.id, [])
            room = quota - len(own) - 4
            turn = sequence + self.year
            for p in range(len(procedures)):
                if room <= 0:
                    break
                document_id, code, steps = procedures[(turn + p) % len(procedures)]
                for order, task, responsible in steps[:room]:
                    own.append(
                        (
                            unit,
                            None,
                            f"Bước {order} — {task}: có được thực hiện đúng như quy trình quy "
                            f"định không (trách nhiệm: {responsible})?",
                            f"{code} — bước {order}",
                            document_id,
                        )
                    )
                room = quota - len(own) - 4
            general = texts.UNIT_QUESTIONS
            shift = rng.randrange(len(general))
            k = 0
            while len(own) < quota and k < len(general):
                number, question = general[(shift + k) % len(general)]
                own.append((unit, number, question, "", None))
                k += 1
            rows.extend(own[:quota])
        return rows

    def _checklist(self, audit_id, sequence: int, units: list, numbers, at) -> None:
        o, rng, add = self.o, self.rng, self.ctx.writer.add
        rows = self._rows(sequence, units, numbers)
        count = len(rows)
        nonconformities = rng.choice((2, 3, 3, 4, 4, 4, 5, 5, 6))
        observations = rng.randint(1, 2)
        improvements = rng.randint(0, 2)
        not_applicable = rng.randint(0, 2)
        places = rng.sample(
            range(count), min(count, nonconformities + observations + improvements + not_applicable)
        )
        results: dict[int, tuple[str, str]] = {}
        for k, place in enumerate(places):
            n, m = rng.randint(2, 6), rng.randint(1, 12)
            if k < nonconformities:
                if rng.random() < 0.08:
                    evidence = rng.choice(texts.MAJOR_EVIDENCE).format(n=n, m=m)
                    results[place] = (Result.MAJOR_NC, evidence)
                else:
                    evidence = rng.choice(texts.NC_EVIDENCE).format(n=n, m=m)
                    results[place] = (Result.MINOR_NC, evidence)
            elif k < nonconformities + observations:
                results[place] = (Result.OBSERVATION, rng.choice(texts.OBSERVATIONS))
            elif k < nonconformities + observations + improvements:
                results[place] = (Result.OFI, rng.choice(texts.IMPROVEMENTS))
            else:
                results[place] = (Result.NOT_APPLICABLE, texts.NOT_APPLICABLE_NOTE)
        notes = texts.CONFORMING_NOTES
        for order, (unit, number, question, ref, document_id) in enumerate(rows, start=1):
            found = results.get(order - 1)
            if found is None:
                result: str = Result.CONFORMS
                evidence = notes[rng.randrange(len(notes))].format(
                    n=rng.randint(5, 20), m=rng.randint(1, 12)
                )
            else:
                result, evidence = found
            add(
                ChecklistItem(
                    id=self.ctx.uuid("checklist_item", audit_id, order),
                    audit_id=audit_id,
                    order=order,
                    unit_id=unit.id,
                    clause_id=o.clauses[number][0] if number in o.clauses else None,
                    procedure_id=document_id,
                    procedure_ref=ref,
                    source=ItemSource.PROCEDURE if ref else ItemSource.QUESTION_BANK,
                    question=question,
                    result=result,
                    evidence=evidence,
                    assessed_by_id=o.lead,
                    assessed_at=at + dt.timedelta(minutes=6 * order),
                    created_by_id=o.lead,
                )
            )
        self.ctx.stats["audit_items"] += count


def _moment(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(8, 0)))
