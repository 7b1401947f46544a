"""Step "documents": every agency's controlled documents.

Each agency gets its quality manual and policy, the five system procedures (control of documented
information, internal audit, nonconformity and corrective action, management review, risks and
opportunities) with their forms, internal-work procedures, and — for agencies with TTHC in scope
(read through `eiso.procedures.selectors.agency_scope`) — a TTHC procedure for about three in
four of them, whose steps add up to the legal time, mapped with
`eiso.procedures.services.scope_map_procedure`. Editions are in every state of the lifecycle:
most effective (some at issue 2 with the superseded issue 1 and its amendment log), a few drafts,
some submitted or reviewed waiting in "Việc của tôi", one approved with a future effective date,
and one withdrawn. Citations point at the national external documents of the references step
(QĐ 19/2014/QĐ-TTg, TT 26/2014/TT-BKHCN, NĐ 30/2020/NĐ-CP, NĐ 118/2025/NĐ-CP, TCVN ISO 9001:2015,
the field laws) and at the province's TTHC publication decisions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from django.utils import timezone

from eiso.accounts.models import User
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.demo.steps.procedures import COMMUNE_DECISION, PROVINCIAL_DECISION
from eiso.demo.steps.references import national_id, province_id
from eiso.documents import demo, demo_history
from eiso.documents.models import (
    OPEN_STATES,
    Amendment,
    Document,
    Edition,
    EditionCitation,
    Kind,
    ProcedureStep,
    RecordItem,
    ReviewNote,
    State,
)
from eiso.organizations.models import AgencyKind
from eiso.references.models import ExternalDocument

MAPPED_SHARE = 0.75
OFFICE = "office"
# With years of history: the register an agency keeps after five years (current and withdrawn
# documents, every edition) — the province benchmark's 25,000 documents and 75,000 editions
# over its ~184 agencies, with a margin. The TTHC procedures replaced in the past and the
# revisions are drawn as often as needed to reach it, whatever the size of the TTHC catalogue.
DOCS_PER_AGENCY = 142
EDITIONS_PER_AGENCY = 435
# Chances that a document is revised (a new issue) in a given year, before that scaling.
REVISION_CHANCE: dict[str, float] = {
    Kind.PROCEDURE_TTHC: 0.45,
    Kind.PROCEDURE_SYSTEM: 0.3,
    Kind.PROCEDURE_INTERNAL: 0.3,
    Kind.MANUAL: 0.3,
    Kind.POLICY: 0.2,
    Kind.FORM: 0.25,
}
MIN_ISSUE_DAYS = 90  # no document is re-issued within three months


@dataclass
class People:
    """Who signs an agency's documents: (user id, name, position) per role."""

    drafter: tuple[uuid.UUID | None, str, str]
    reviewer: tuple[uuid.UUID | None, str, str]
    approver: tuple[uuid.UUID | None, str, str]


@step("documents", order=34)
def build_documents(ctx: Context, province: BuiltProvince) -> None:
    ctx.writer.flush()  # users, grants, scopes and external documents of earlier steps
    today = timezone.localdate()
    person_ids = {pid for agency in province.agencies for pid in agency.people.values()}
    users = {
        row[0]: (row[1], row[2])
        for row in User.objects.filter(pk__in=person_ids).values_list("id", "full_name", "position")
    }
    externals = _known_externals(ctx, province)
    history = _History.plan(ctx, province, today) if ctx.scale.history_years > 0 else None
    mappings: list[tuple[BuiltAgency, list[tuple[uuid.UUID, uuid.UUID]]]] = []
    for agency in province.agencies:
        builder = _AgencyDocuments(ctx, province, agency, today, users, externals)
        builder.history = history
        builder.build()
        if builder.mapped:
            mappings.append((agency, builder.mapped))
    ctx.writer.flush()
    _map(ctx, mappings)
    if history is not None:
        history.write(ctx)


@dataclass
class _History:
    """The province's years of history: how often documents were revised and TTHC procedures
    replaced (scaled to the register of `DOCS_PER_AGENCY`, `EDITIONS_PER_AGENCY`), and the
    history editions whose rows are copied set-based at the end (`demo_history`)."""

    start: dt.date  # 1 January of the first year of history
    predecessors: float  # withdrawn earlier procedures per TTHC procedure, on average
    revision: float  # factor on REVISION_CHANCE
    rows: list[tuple] = field(default_factory=list)
    # The history's own rows, written with COPY at the end (tens of thousands each).
    documents: demo_history.Rows = field(default_factory=lambda: demo_history.Rows(Document))
    editions: demo_history.Rows = field(default_factory=lambda: demo_history.Rows(Edition))
    amendments: demo_history.Rows = field(default_factory=lambda: demo_history.Rows(Amendment))
    notes: demo_history.Rows = field(default_factory=lambda: demo_history.Rows(ReviewNote))

    @classmethod
    def plan(cls, ctx: Context, province: BuiltProvince, today: dt.date) -> _History:
        from eiso.procedures.models import AgencyTTHC

        agencies = province.agencies
        communes = sum(a.template.kind == AgencyKind.COMMUNE_COMMITTEE for a in agencies)
        scopes = AgencyTTHC.objects.filter(
            agency_id__in=[a.id for a in agencies], procedure__isnull=True, task_open=False
        ).count()
        years = ctx.scale.history_years
        share = min(years, 5) / 5
        tthc = MAPPED_SHARE * scopes
        # Documents without history: manual, policy, procedures and their forms, TTHC procedures.
        current = 20 * communes + 23 * (len(agencies) - communes) + 1.25 * tthc
        wanted = DOCS_PER_AGENCY * len(agencies) * share
        # Some predecessors are dropped (too short-lived, or their successor not in force).
        predecessors = min(4.0, max(0.2, (wanted - current) / max(1.0, 1.15 * tthc)))
        older = 1.3 * tthc * predecessors  # each with half a form
        # Revisions made at a factor of 1: about a quarter a year of a current document's life,
        # a fifth per predecessor (measured); a tenth more for those too close to another.
        wanted_editions = EDITIONS_PER_AGENCY * len(agencies) * share
        # TTHC procedures that replaced others took effect later: a shorter life to revise.
        later = tthc * (1 - 1 / (1 + 0.35 * predecessors))
        per_factor = 0.25 * (current - later) * years + 0.2 * older
        revision = (wanted_editions - current - older) / max(1.0, per_factor)
        # More revisions fall too close to another (dropped) the more often they come.
        revision = min(6.0, max(0.5, revision * (1.1 + 0.08 * max(0.0, revision - 2))))
        ctx.log(
            f"  lịch sử tài liệu: {predecessors:.2f} quy trình cũ/TTHC, hệ số sửa đổi {revision:.2f}"
        )
        return cls(dt.date(today.year - years, 1, 1), predecessors, revision)

    def write(self, ctx: Context) -> None:
        dialect = demo_history.Dialect()
        for rows in (self.documents, self.editions, self.amendments, self.notes):
            rows.write(dialect)
        demo_history.create_history_table(dialect, self.rows)
        counts = demo_history.copy_edition_rows(dialect)
        ctx.log(
            f"  lịch sử tài liệu: {len(self.rows)} lần ban hành cũ, "
            + ", ".join(f"{k}: {v}" for k, v in counts.items())
        )
        self.rows = []


def _known_externals(ctx: Context, province: BuiltProvince) -> dict[str, uuid.UUID]:
    wanted = {number: national_id(ctx, number) for number in _national_numbers()}
    for number, _day in (PROVINCIAL_DECISION, COMMUNE_DECISION):
        wanted[number] = province_id(ctx, province, number)
    present = set(
        ExternalDocument.objects.filter(pk__in=list(wanted.values())).values_list("pk", flat=True)
    )
    return {number: pk for number, pk in wanted.items() if pk in present}


def _national_numbers() -> set[str]:
    numbers = {"118/2025/NĐ-CP", *demo.FIELD_LAWS.values()}
    for spec in (demo.MANUAL, demo.POLICY, *demo.SYSTEM_PROCEDURES, *demo.INTERNAL_PROCEDURES):
        numbers.update(spec.citations)
    return numbers


def _map(ctx: Context, mappings) -> None:
    """Map each TTHC procedure to its scope row: through the procedures service (audited, so the
    scope's "Lịch sử" shows it) at demo scale; in bulk, as the procedures step writes its rows,
    for the benchmark scales (thousands of rows, where one audited call each would dominate)."""
    from eiso.procedures.models import AgencyTTHC
    from eiso.procedures.services import scope_map_procedure

    if ctx.scale.name != "demo":
        rows = [pair for _agency, pairs in mappings for pair in pairs]
        if ctx.scale.history_years > 0:
            ctx.stats["procedures_mapped"] += demo_history.map_procedures(rows)
            return
        AgencyTTHC.objects.bulk_update(
            [AgencyTTHC(pk=s, procedure_id=d, task_open=False) for s, d in rows],
            ["procedure", "task_open"],
            batch_size=500,
        )
        ctx.stats["procedures_mapped"] += len(rows)
        return
    for agency, pairs in mappings:
        actor_id = agency.people.get("iso") or agency.people.get("head")
        actor = User.objects.filter(pk=actor_id).first()
        if actor is None:
            continue
        scopes = {
            s.pk: s
            for s in AgencyTTHC.objects.filter(pk__in=[p[0] for p in pairs]).select_related(
                "agency"
            )
        }
        documents = Document.objects.in_bulk([p[1] for p in pairs])
        for scope_id, document_id in pairs:
            scope_map_procedure(
                actor=actor, scope=scopes[scope_id], document=documents[document_id]
            )
            ctx.stats["procedures_mapped"] += 1


class _AgencyDocuments:
    def __init__(self, ctx, province, agency: BuiltAgency, today, users, externals):
        self.ctx = ctx
        self.province = province
        self.agency = agency
        self.today = today
        self.externals = externals
        self.rng = ctx.rng("documents", agency.id)
        self.commune = agency.template.kind == AgencyKind.COMMUNE_COMMITTEE
        self.people = self._people(users)
        units = agency.units
        self.office = next((u for u in units if u.spec.kind == OFFICE), units[0] if units else None)
        self.divisions = [
            u
            for u in units
            if u.spec.kind not in (OFFICE, "leadership", "one_door") and u.depth == 0
        ] or ([self.office] if self.office else [])
        self.number = 0
        self.mapped: list[tuple[uuid.UUID, uuid.UUID]] = []
        self.states_left = [State.SUBMITTED, State.REVIEWED, State.APPROVED, State.WITHDRAWN]
        self.history: _History | None = None
        self.hrng = ctx.rng("documents-history", agency.id)
        self.codes: set[str] = set()
        self.generations = 0  # predecessors of the TTHC procedure being written

    def _people(self, users) -> People:
        people = self.agency.people

        def who(*slots):
            for slot in slots:
                pid = people.get(slot)
                if pid in users:
                    name, position = users[pid]
                    return pid, name, position
            return None, "", ""

        unit_heads = sorted(s for s in people if s.startswith("unit_head:"))
        return People(
            drafter=who("iso", *unit_heads, "head"),
            reviewer=who("deputy:0", "iso", "head"),
            approver=who("head"),
        )

    # Building ------------------------------------------------------------------------------
    def build(self) -> None:
        self._document(demo.MANUAL, "STCL", self.office)
        self._document(demo.POLICY, "CSCL", self.office)
        for spec in demo.SYSTEM_PROCEDURES:
            self._procedure(spec)
        internal = demo.INTERNAL_PROCEDURES if not self.commune else demo.INTERNAL_PROCEDURES[:2]
        for spec in internal:
            self._procedure(spec)
        self._tthc_procedures()

    def _next_code(self) -> str:
        self.number += 1
        return f"QT.{self.number:02d}"

    def _procedure(self, spec: demo.DocSpec) -> None:
        code = self._next_code()
        document_id = self._document(spec, code, self.office)
        for index, title in enumerate(spec.forms, start=1):
            form = demo.DocSpec(
                f"{spec.key}:form:{index}",
                Kind.FORM,
                title,
                body=f"Biểu mẫu kèm theo {spec.title.lower()}.",
            )
            self._document(form, f"BM.{index:02d}-{code}", self.office, parent_id=document_id)

    def _tthc_procedures(self) -> None:
        from eiso.organizations.models import Agency
        from eiso.procedures.models import TimeUnit
        from eiso.procedures.selectors import agency_scope

        # TTHC newly in scope keep their open "write the procedure" task (Việc của tôi).
        scopes = list(
            agency_scope(Agency(pk=self.agency.id)).filter(procedure__isnull=True, task_open=False)
        )
        chosen = [s for s in scopes if self.rng.random() < MAPPED_SHARE]
        decision = COMMUNE_DECISION if self.commune else PROVINCIAL_DECISION
        for index, scope in enumerate(chosen):
            tthc = scope.tthc
            hours = tthc.legal_time_unit == TimeUnit.HOURS
            steps = demo.tthc_steps(tthc.legal_time, hours, commune=self.commune)
            owner = self.divisions[index % len(self.divisions)] if self.divisions else None
            citations = ["118/2025/NĐ-CP", decision[0]]
            law = demo.FIELD_LAWS.get(tthc.field)
            if law:
                citations.append(law)
            spec = demo.DocSpec(
                f"tthc:{tthc.code}",
                Kind.PROCEDURE_TTHC,
                f"Quy trình giải quyết TTHC: {tthc.name}",
                purpose=f"Quy định trình tự, thời gian giải quyết thủ tục “{tthc.name}” "
                f"(mã {tthc.code}) tại {self.agency.template.name}.",
                scope="Áp dụng đối với tổ chức, cá nhân có yêu cầu; Bộ phận Một cửa và "
                f"{owner.name if owner else 'các bộ phận liên quan'}.",
                steps=tuple(steps),
                records=demo.TTHC_RECORDS,
                citations=tuple(citations),
            )
            tthc_fields = {
                "dossier_components": demo.DOSSIER_BY_FIELD.get(tthc.field, demo.GENERIC_DOSSIER),
                "dossier_copies": "01 bộ",
                "processing_time": demo.tthc_time_text(tthc.legal_time, hours),
                "fees": tthc.fees or "Không",
                "submission_place": "Bộ phận Một cửa "
                + (
                    "UBND " + self.agency.template.short_name
                    if self.commune
                    else "Trung tâm Phục vụ hành chính công tỉnh"
                ),
                "other_references": tthc.legal_basis,
            }
            code = self._next_code()
            document_id = self._document(spec, code, owner, extra=tthc_fields, tthc=True)
            if index % 4 == 0:
                self._document(
                    demo.DocSpec(
                        f"{spec.key}:form",
                        Kind.FORM,
                        f"{demo.TTHC_FORMS[0]}: {tthc.name}"[:500],
                        body=tthc.name,
                    ),
                    f"BM.01-{code}",
                    owner,
                    parent_id=document_id,
                )
            self.mapped.append((scope.pk, document_id))

    # Rows --------------------------------------------------------------------------------------
    def _pick_state(self, tthc: bool) -> str:
        """Mostly effective; on TTHC procedures, each other state once per agency, a few drafts."""
        if not tthc:
            return State.EFFECTIVE
        roll = self.rng.random()
        if self.states_left and roll < 0.12:
            return self.states_left.pop(0)
        return State.DRAFT if roll > 0.93 else State.EFFECTIVE

    def _document(
        self, spec: demo.DocSpec, code: str, owner, *, parent_id=None, extra=None, tthc=False
    ):
        ctx, agency, rng = self.ctx, self.agency, self.rng
        document_id = ctx.uuid("document", agency.id, spec.key)
        state = self._pick_state(tthc)
        issues = 2 if rng.random() < 0.25 else 1
        first_day = self.today - dt.timedelta(days=rng.randint(400, 1400))
        second_day = self.today - dt.timedelta(days=rng.randint(30, 380))
        editions: list[tuple[int, str, dt.date | None, dt.date | None]] = []
        history: list[dt.date] = []
        if self.history is not None and (issues == 2 or state not in OPEN_STATES):
            history, editions = self._chain(spec, state, tthc)
        elif issues == 2:
            editions.append((1, State.SUPERSEDED, first_day, second_day))
            if state in (State.EFFECTIVE, State.WITHDRAWN):
                editions.append((2, state, second_day, None))
            else:
                editions.append((2, State.EFFECTIVE, second_day, None))
                editions.append((3, state, None, None))
        else:
            day = first_day if state in (State.EFFECTIVE, State.WITHDRAWN) else None
            editions.append((1, state, day, None))
        values = dict(extra or {})
        name = agency.template.name
        text = {
            "purpose": spec.purpose.replace("{agency}", name),
            "scope": spec.scope.replace("{agency}", name),
            "body": spec.body.replace("{agency}", name),
            "definitions": demo.DEFINITIONS if spec.steps else "",
            **values,
        }
        effective_id = latest_id = None
        for issue, edition_state, day, ended in editions:
            edition_id = self._edition(
                document_id, issue, edition_state, day, ended, spec, text, owner
            )
            latest_id = edition_id
            if edition_state == State.EFFECTIVE:
                effective_id = edition_id
        if history:
            self._history(document_id, history, editions, text, effective_id, latest_id)
            if tthc and effective_id is not None:
                self._predecessors(spec, code, owner, text, history[0], effective_id)
        ctx.writer.add(
            Document(
                id=document_id,
                agency_id=agency.id,
                owner_unit_id=owner.id if owner else None,
                kind=spec.kind,
                code=code,
                title=spec.title,
                parent_id=parent_id,
                review_interval_months=12,
                effective_edition_id=effective_id,
                latest_edition_id=latest_id,
                created_by_id=self.people.drafter[0],
            )
        )
        ctx.stats["documents"] += 1
        return document_id

    # History (benchmark scales) ------------------------------------------------------------------
    def _chain(self, spec: demo.DocSpec, state: str, tthc: bool):
        """Effective dates of a document's older issues (oldest first), and its current editions
        numbered after them: the last effective (or withdrawn) issue and an open one."""
        assert self.history is not None
        rng, today = self.hrng, self.today
        self.generations = 0
        first = self.history.start + dt.timedelta(days=rng.randint(-90, 300))
        if tthc and state != State.WITHDRAWN:
            self.generations = self._generations()
            if self.generations:
                # Its predecessors came first: it took effect later in the years of history.
                room = (today - dt.timedelta(days=150) - self.history.start).days
                low = min(room, 150 * self.generations)
                first = self.history.start + dt.timedelta(days=rng.randint(low, room))
        last_allowed = today - dt.timedelta(days=150 if state == State.WITHDRAWN else 40)
        dates = self._revisions(first, last_allowed, spec.kind)
        *older, current = dates
        count = len(older)
        editions: list[tuple[int, str, dt.date | None, dt.date | None]] = []
        if state in (State.EFFECTIVE, State.WITHDRAWN):
            editions.append((count + 1, state, current, None))
        else:
            editions.append((count + 1, State.EFFECTIVE, current, None))
            editions.append((count + 2, state, None, None))
        return dates, editions

    def _revisions(self, first: dt.date, last: dt.date, kind: str) -> list[dt.date]:
        """`first` and the dates of the issues that followed it, up to `last`."""
        assert self.history is not None
        rng = self.hrng
        rate = REVISION_CHANCE.get(kind, 0.25) * self.history.revision
        span = (last - first).days - MIN_ISSUE_DAYS
        expected = rate * max(0, span) / 365
        count = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
        days = sorted(rng.randrange(span) for _ in range(count)) if span > 0 else []
        dates = [first]
        for offset in days:
            day = first + dt.timedelta(days=MIN_ISSUE_DAYS + offset)
            if day >= dates[-1] + dt.timedelta(days=MIN_ISSUE_DAYS):
                dates.append(day)
        return dates

    def _generations(self) -> int:
        assert self.history is not None
        mean = self.history.predecessors
        return int(mean) + (1 if self.hrng.random() < mean - int(mean) else 0)

    def _history(self, document_id, dates, editions, text, effective_id, latest_id) -> None:
        """The superseded issues before the current ones: their rows, and what they copy."""
        template = effective_id or latest_id
        for issue, day in enumerate(dates[:-1], start=1):
            ended = dates[issue]
            edition_id = self._old_edition(
                document_id, issue, State.SUPERSEDED, day, ended, text, ""
            )
            self.history.rows.append(  # type: ignore[union-attr]
                (
                    edition_id,
                    document_id,
                    self.agency.id,
                    template,
                    effective_id,
                    day,
                    ended,
                    State.SUPERSEDED,
                    1,
                )
            )

    def _predecessors(self, spec, code, owner, text, successor_start, successor_edition) -> None:
        """TTHC procedures this one replaced (the TTHC was replaced by a later publication
        decision): withdrawn documents of their own, one or two issues each, some with a form."""
        generations = self.generations
        if not generations:
            return
        rng = self.hrng
        assert self.history is not None
        begin = self.history.start - dt.timedelta(days=90)
        span = (successor_start - begin).days
        cuts = sorted(rng.sample(range(0, max(span, generations + 1)), generations))
        bounds = [begin + dt.timedelta(days=c) for c in cuts] + [successor_start]
        replaced_by = code
        for generation in range(generations, 0, -1):
            start, end = bounds[generation - 1], bounds[generation]
            if (end - start).days < 60:
                continue
            old_code = f"{code}-{start.year}"
            if old_code in self.codes:
                old_code = f"{code}-{start.year}.{generation}"
            self.codes.add(old_code)
            document_id = self.ctx.uuid("document", self.agency.id, spec.key, "old", generation)
            dates = self._revisions(start, end - dt.timedelta(days=60), spec.kind)
            latest = None
            reason = demo_history.REPLACED_TTHC.format(code=replaced_by)
            for issue, day in enumerate(dates, start=1):
                last = issue == len(dates)
                ended = end if last else dates[issue]
                state = State.WITHDRAWN if last else State.SUPERSEDED
                latest = self._old_edition(
                    document_id, issue, state, day, ended, text, reason if last else ""
                )
                self.history.rows.append(
                    (
                        latest,
                        document_id,
                        self.agency.id,
                        successor_edition,
                        successor_edition,
                        day,
                        ended,
                        state,
                        1,
                    )
                )
            self._old_document(document_id, spec.kind, old_code, spec.title, owner, None, latest)
            if rng.random() < 0.5:
                form_id = self.ctx.uuid(
                    "document", self.agency.id, spec.key, "old-form", generation
                )
                edition_id = self._old_edition(
                    form_id,
                    1,
                    State.WITHDRAWN,
                    start,
                    end,
                    {"body": spec.title},
                    demo_history.REPLACED_FORM.format(code=old_code),
                )
                self.history.rows.append(
                    (
                        edition_id,
                        form_id,
                        self.agency.id,
                        None,
                        successor_edition,
                        start,
                        end,
                        State.WITHDRAWN,
                        0,
                    )
                )
                title = f"{demo.TTHC_FORMS[0]}: {spec.title.split(': ', 1)[-1]}"[:500]
                self._old_document(
                    form_id, Kind.FORM, f"BM.01-{old_code}", title, owner, document_id, edition_id
                )
            replaced_by = old_code

    def _old_document(self, document_id, kind, code, title, owner, parent_id, latest_id) -> None:
        assert self.history is not None
        self.history.documents.add(
            id=document_id,
            agency_id=self.agency.id,
            owner_unit_id=owner.id if owner else None,
            kind=kind,
            code=code,
            title=title,
            parent_id=parent_id,
            review_interval_months=12,
            effective_edition_id=None,
            latest_edition_id=latest_id,
            created_by_id=self.people.drafter[0],
        )
        self.ctx.stats["documents"] += 1

    def _old_edition(self, document_id, issue, state, day, ended, text, reason) -> uuid.UUID:
        """An issue no longer in force: its signatures and amendment line (steps, records and
        citations are copied later, set-based)."""
        rng = self.hrng
        edition_id = self.ctx.uuid("edition", document_id, issue)
        signed = day - dt.timedelta(days=rng.randint(3, 12))
        drafted, reviewed, approved = (
            self.people.drafter,
            self.people.reviewer,
            self.people.approver,
        )
        history = self.history
        assert history is not None
        history.editions.add(
            id=edition_id,
            document_id=document_id,
            issue_number=issue,
            state=state,
            effective_date=day,
            ended_on=ended,
            withdrawn_reason=reason,
            drafted_by_id=drafted[0],
            drafted_name=drafted[1],
            drafted_position=drafted[2],
            drafted_on=signed,
            reviewed_by_id=reviewed[0],
            reviewed_name=reviewed[1],
            reviewed_position=reviewed[2],
            reviewed_on=signed,
            approved_by_id=approved[0],
            approved_name=approved[1],
            approved_position=approved[2],
            approved_on=signed,
            submitted_at=_at(signed),
            created_by_id=drafted[0],
            **text,
        )
        self.ctx.stats["editions"] += 1
        if issue > 1:
            history.amendments.add(
                id=self.ctx.uuid("amendment", edition_id),
                edition_id=edition_id,
                order=1,
                section=rng.choice(("Mục 3", "Mục 5", "Mục 5.2", "Mục 7")),
                description=demo_history.amendment_text(rng, day),
                changed_on=day,
            )
        if state == State.WITHDRAWN:
            self._notes(edition_id, state, 3, signed, day, ended=ended, into=history.notes)
        return edition_id

    def _edition(self, document_id, issue, state, day, ended, spec, text, owner) -> uuid.UUID:
        ctx, rng = self.ctx, self.rng
        edition_id = ctx.uuid("edition", document_id, issue)
        drafted, reviewed, approved = (
            self.people.drafter,
            self.people.reviewer,
            self.people.approver,
        )
        reached = {
            State.DRAFT: 0,
            State.SUBMITTED: 1,
            State.REVIEWED: 2,
            State.APPROVED: 3,
        }.get(state, 3)
        signed_day = (day or self.today) - dt.timedelta(days=rng.randint(3, 12))
        if state == State.APPROVED:
            day = self.today + dt.timedelta(days=rng.randint(5, 20))
            signed_day = self.today - dt.timedelta(days=1)
        if state == State.WITHDRAWN:
            ended = self.today - dt.timedelta(days=rng.randint(5, 60))
        edition = Edition(
            id=edition_id,
            document_id=document_id,
            issue_number=issue,
            state=state,
            effective_date=day,
            ended_on=ended,
            withdrawn_reason="TTHC được bãi bỏ theo quyết định công bố mới của UBND tỉnh."
            if state == State.WITHDRAWN
            else "",
            drafted_by_id=drafted[0] if reached >= 1 else None,
            drafted_name=drafted[1] if reached >= 1 else "",
            drafted_position=drafted[2] if reached >= 1 else "",
            drafted_on=signed_day if reached >= 1 else None,
            reviewed_by_id=reviewed[0] if reached >= 2 else None,
            reviewed_name=reviewed[1] if reached >= 2 else "",
            reviewed_position=reviewed[2] if reached >= 2 else "",
            reviewed_on=signed_day if reached >= 2 else None,
            approved_by_id=approved[0] if reached >= 3 else None,
            approved_name=approved[1] if reached >= 3 else "",
            approved_position=approved[2] if reached >= 3 else "",
            approved_on=signed_day if reached >= 3 else None,
            submitted_at=_at(signed_day) if reached >= 1 else None,
            created_by_id=drafted[0],
            **text,
        )
        ctx.writer.add(edition)
        ctx.stats["editions"] += 1
        for order, item in enumerate(spec.steps, start=1):
            # A superseded issue differs where the amendment log says: an appraisal step that
            # took a day longer before the new publication decision.
            longer = state == State.SUPERSEDED and order == 2 and item.duration is not None
            ctx.writer.add(
                ProcedureStep(
                    id=ctx.uuid("step", edition_id, order),
                    edition_id=edition_id,
                    order=order,
                    task=item.task,
                    responsible=item.responsible,
                    duration=item.duration + 1 if longer else item.duration,
                    duration_unit=item.unit,
                    output=item.output,
                )
            )
        for order, record in enumerate(spec.records, start=1):
            ctx.writer.add(
                RecordItem(
                    id=ctx.uuid("record_item", edition_id, order),
                    edition_id=edition_id,
                    order=order,
                    name=record.name,
                    owner_unit_id=owner.id if owner else None,
                    place=record.place or (owner.name if owner else ""),
                    retention=record.retention,
                )
            )
        for order, number in enumerate(spec.citations):
            if number in self.externals:
                ctx.writer.add(
                    EditionCitation(
                        id=ctx.uuid("citation", edition_id, number),
                        edition_id=edition_id,
                        external_document_id=self.externals[number],
                        order=order,
                    )
                )
        if issue > 1:
            ctx.writer.add(
                Amendment(
                    id=ctx.uuid("amendment", edition_id),
                    edition_id=edition_id,
                    order=1,
                    section=rng.choice(("Mục 3", "Mục 5", "Mục 5.2", "Mục 7")),
                    description=rng.choice(AMENDMENTS),
                    changed_on=day,
                )
            )
        if state != State.SUPERSEDED:  # the trail of older issues is not worth its rows
            self._notes(edition_id, state, reached, signed_day, day)
        return edition_id

    def _notes(self, edition_id, state, reached, signed_day, day, ended=None, into=None) -> None:
        steps = [
            (ReviewNote.Action.SUBMITTED, self.people.drafter[1]),
            (ReviewNote.Action.REVIEWED, self.people.reviewer[1]),
            (ReviewNote.Action.APPROVED, self.people.approver[1]),
        ][:reached]
        if state in (State.EFFECTIVE, State.SUPERSEDED, State.WITHDRAWN):
            steps.append((ReviewNote.Action.EFFECTIVE, ""))
        if state == State.WITHDRAWN:
            steps.append((ReviewNote.Action.WITHDRAWN, self.people.approver[1]))
        for order, (action, name) in enumerate(steps):
            on = day if action == ReviewNote.Action.EFFECTIVE and day else signed_day
            if action == ReviewNote.Action.WITHDRAWN and ended is not None:
                on = ended
            values = {
                "id": self.ctx.uuid("review_note", edition_id, order),
                "edition_id": edition_id,
                "action": action,
                "author_name": name,
                "at": _at(on) + dt.timedelta(hours=order),
            }
            if into is not None:
                into.add(**values)
            else:
                self.ctx.writer.add(ReviewNote(**values))


AMENDMENTS = (
    "Cập nhật căn cứ pháp lý theo Nghị định số 118/2025/NĐ-CP",
    "Điều chỉnh thời gian giải quyết theo quyết định công bố TTHC mới",
    "Cập nhật đơn vị thực hiện sau sắp xếp tổ chức bộ máy",
    "Bổ sung hồ sơ cần lưu và thời hạn lưu",
)


def _at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
