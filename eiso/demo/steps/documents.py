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
from dataclasses import dataclass

from django.utils import timezone

from eiso.accounts.models import User
from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.demo.steps.procedures import COMMUNE_DECISION, PROVINCIAL_DECISION
from eiso.demo.steps.references import national_id, province_id
from eiso.documents import demo
from eiso.documents.models import (
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
    mappings: list[tuple[BuiltAgency, list[tuple[uuid.UUID, uuid.UUID]]]] = []
    for agency in province.agencies:
        builder = _AgencyDocuments(ctx, province, agency, today, users, externals)
        builder.build()
        if builder.mapped:
            mappings.append((agency, builder.mapped))
    ctx.writer.flush()
    _map(ctx, mappings)


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
        rows = [
            AgencyTTHC(pk=scope_id, procedure_id=document_id, task_open=False)
            for _agency, pairs in mappings
            for scope_id, document_id in pairs
        ]
        AgencyTTHC.objects.bulk_update(rows, ["procedure", "task_open"], batch_size=500)
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
        if issues == 2:
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

    def _notes(self, edition_id, state, reached, signed_day, day) -> None:
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
            self.ctx.writer.add(
                ReviewNote(
                    id=self.ctx.uuid("review_note", edition_id, order),
                    edition_id=edition_id,
                    action=action,
                    author_name=name,
                    at=_at(day if action == ReviewNote.Action.EFFECTIVE and day else signed_day)
                    + dt.timedelta(hours=order),
                )
            )


AMENDMENTS = (
    "Cập nhật căn cứ pháp lý theo Nghị định số 118/2025/NĐ-CP",
    "Điều chỉnh thời gian giải quyết theo quyết định công bố TTHC mới",
    "Cập nhật đơn vị thực hiện sau sắp xếp tổ chức bộ máy",
    "Bổ sung hồ sơ cần lưu và thời hạn lưu",
)


def _at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
