"""Step "distribution": distribution lists, read acknowledgements and periodic reviews of the
province's effective documents, as of the day the demo is built.

Runs after the documents step (order 34). For every effective edition: a distribution list (the
whole agency, or the owner unit with the office, sometimes with named people), one request per
person reached; old editions are mostly acknowledged within a few working days, recent ones
partly, so "Việc của tôi" of the demo staff member has documents to read. Requests left open
past the reminder delay are marked reminded (a first start sends no flood of reminders).

Reviews: every document effective for longer than its interval had its periodic review recorded
"no change" last time it fell due; the next due dates follow. A few documents are due soon and a
few overdue (their periodic review task open). Where a cited external document was amended or
replaced, its citing documents get the 3-month review task (QĐ 19/2014/QĐ-TTg Art. 4).
Deterministic for a seed (dates follow the day it runs).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from django.db import connection
from django.utils import timezone

from eiso.core.calendar import add_working_days, subtract_working_days
from eiso.demo.context import BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.distribution.models import (
    Acknowledgement,
    AckState,
    DistributionTarget,
    ReviewKind,
    ReviewSchedule,
    ReviewState,
    ReviewTask,
)
from eiso.distribution.services import (
    EXTERNAL_CHANGE_REVIEW_MONTHS,
    ack_reminder_days,
    add_months,
    review_reminder_days,
)
from eiso.documents import demo_history
from eiso.documents.models import Document, Edition, EditionCitation, Kind, State
from eiso.organizations.models import Membership, RoleGrant, Unit
from eiso.organizations.roles import Role

NO_CHANGE_COMMENTS = (
    "Đã rà soát, nội dung vẫn phù hợp với quy định hiện hành và thực tế thực hiện.",
    "Quy trình vẫn đáp ứng yêu cầu; chưa có văn bản pháp luật mới ảnh hưởng.",
    "Các bước và thời gian thực hiện phù hợp, không cần sửa đổi.",
)
NEW_DRAFT_COMMENTS = (
    "Quy định mới ảnh hưởng đến trình tự, thời gian giải quyết: cần sửa đổi, ban hành lại.",
    "Một số bước và biểu mẫu không còn phù hợp với thực tế: đề nghị sửa đổi.",
    "Đơn vị thực hiện thay đổi sau khi sắp xếp tổ chức: cần cập nhật tài liệu.",
)
DEMO_STAFF = "chuyenvien"
# Read by everyone of the agency; other documents go to the units that apply them.
WHOLE_AGENCY_KINDS = frozenset({Kind.MANUAL, Kind.POLICY, Kind.PROCEDURE_SYSTEM})
ACK_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "edition_id",
    "document_id",
    "agency_id",
    "user_id",
    "unit_id",
    "state",
    "requested_on",
    "acknowledged_at",
    "reminded_on",
)


@step("distribution", order=36)
def build_distribution(ctx: Context, province: BuiltProvince) -> None:
    ctx.writer.flush()  # the documents and people of this province are queried below
    agency_ids = [agency.id for agency in province.agencies]
    documents = list(
        Document.objects.filter(agency_id__in=agency_ids, effective_edition__isnull=False)
        .select_related("effective_edition", "owner_unit")
        .order_by("agency_id", "code")
    )
    if not documents:
        return
    world = _World(agency_ids)
    today = timezone.localdate()
    picker = ctx.rng("distribution-reviews", province.id)
    picked = picker.sample(documents, max(2, len(documents) * 2 // 25))
    overdue = {d.pk for d in picked[: max(1, len(picked) // 4)]}
    soon = {d.pk for d in picked} - overdue
    older = _older_editions(agency_ids) if ctx.scale.history_years > 0 else {}
    for document in documents:
        rng = ctx.rng("distribution", document.pk)
        _distribute(ctx, world, document, rng, today, province.id)
        state = "overdue" if document.pk in overdue else "soon" if document.pk in soon else ""
        if document.pk in older:
            _past_reviews(ctx, world, document, older[document.pk])
        _schedule(ctx, world, document, rng, today, province.id, state)
    _external_reviews(ctx, world, agency_ids, today)
    _insert_acknowledgements(world.acks)
    ctx.writer.flush()
    if ctx.scale.history_years > 0:
        counts = demo_history.copy_distribution(demo_history.Dialect())
        demo_history.drop_history_table()
        ctx.stats["acknowledgements"] += counts["acknowledgements"]
        ctx.log(f"  lịch sử phân phối: {counts['acknowledgements']} yêu cầu xác nhận đã đọc")


def _older_editions(agency_ids: list) -> dict:
    """{document id: [(issue, effective date, ended on), …]} of the superseded issues."""
    older: dict = defaultdict(list)
    for document_id, issue, day, ended in (
        Edition.objects.filter(document__agency_id__in=agency_ids, state=State.SUPERSEDED)
        .order_by("issue_number")
        .values_list("document_id", "issue_number", "effective_date", "ended_on")
    ):
        if day is not None and ended is not None:
            older[document_id].append((issue, day, ended))
    return older


def _reviewer(world: _World, document):
    return (
        world.heads.get(document.owner_unit_id)
        or world.coordinators.get(document.agency_id)
        or world.agency_heads.get(document.agency_id)
    )


def _past_reviews(ctx, world: _World, document, older: list) -> None:
    """The periodic reviews while each older issue was in force: "no change" each time one fell
    due, and often the review that asked for the next issue (its new draft linked)."""
    rng = ctx.rng("distribution-history", document.pk)
    months = document.review_interval_months or 12
    reviewer = _reviewer(world, document)
    reason = f"Xem xét định kỳ {months} tháng một lần."
    used: set[dt.date] = set()
    for issue, start, ended in older:
        due = add_months(start, months)
        while due < ended - dt.timedelta(days=30):
            used.add(due)
            reviewed_on = due - dt.timedelta(days=rng.randint(1, 20))
            ctx.writer.add(
                ReviewTask(
                    id=ctx.uuid("review", document.pk, due),
                    document_id=document.pk,
                    agency_id=document.agency_id,
                    kind=ReviewKind.PERIODIC,
                    reason=reason,
                    due_date=due,
                    state=ReviewState.NO_CHANGE,
                    reviewer_id=reviewer,
                    reviewed_on=reviewed_on,
                    comment=rng.choice(NO_CHANGE_COMMENTS),
                    reminded_soon_on=reviewed_on,
                )
            )
            due = add_months(reviewed_on, months)
        due = ended - dt.timedelta(days=rng.randint(25, 60))
        if rng.random() < 0.6 and due > start + dt.timedelta(days=60) and due not in used:
            reviewed_on = due - dt.timedelta(days=rng.randint(1, 10))
            ctx.writer.add(
                ReviewTask(
                    id=ctx.uuid("review", document.pk, due),
                    document_id=document.pk,
                    agency_id=document.agency_id,
                    kind=ReviewKind.PERIODIC,
                    reason=reason,
                    due_date=due,
                    state=ReviewState.NEW_DRAFT,
                    reviewer_id=reviewer,
                    reviewed_on=reviewed_on,
                    comment=rng.choice(NEW_DRAFT_COMMENTS),
                    draft_edition_id=ctx.uuid("edition", document.pk, issue + 1),
                    reminded_soon_on=reviewed_on,
                )
            )


class _World:
    """Members, offices, coordinators, heads and the demo staff member of the province: six
    queries."""

    def __init__(self, agency_ids: list):
        self.members: dict = defaultdict(list)  # agency -> [(user, unit, unit path)]
        for agency_id, user_id, unit_id, path in Membership.objects.filter(
            agency_id__in=agency_ids, is_active=True, user__is_active=True
        ).values_list("agency_id", "user_id", "unit_id", "unit__path"):
            self.members[agency_id].append((user_id, unit_id, path or ""))
        self.offices: dict = {}
        for agency_id, unit_id, path in (
            Unit.objects.filter(agency_id__in=agency_ids, kind="office", is_active=True)
            .order_by("path")
            .values_list("agency_id", "id", "path")
        ):
            self.offices.setdefault(agency_id, (unit_id, path))
        self.coordinators: dict = {}
        for agency_id, user_id in RoleGrant.objects.filter(
            agency_id__in=agency_ids, role=Role.ISO_COORDINATOR, is_active=True
        ).values_list("agency_id", "user_id"):
            self.coordinators.setdefault(agency_id, user_id)
        self.heads: dict = {}
        for unit_id, user_id in RoleGrant.objects.filter(
            unit__agency_id__in=agency_ids, role=Role.UNIT_HEAD, is_active=True
        ).values_list("unit_id", "user_id"):
            self.heads.setdefault(unit_id, user_id)
        self.acks: list[tuple] = []  # rows for _insert_acknowledgements
        self.agency_heads: dict = {}
        for agency_id, user_id in RoleGrant.objects.filter(
            agency_id__in=agency_ids, role=Role.AGENCY_HEAD, is_active=True
        ).values_list("agency_id", "user_id"):
            self.agency_heads.setdefault(agency_id, user_id)
        self.demo_staff = (
            Membership.objects.filter(agency_id__in=agency_ids, user__username=DEMO_STAFF)
            .values_list("user_id", flat=True)
            .first()
        )


def _distribute(ctx, world: _World, document, rng: random.Random, today: dt.date, province) -> None:
    edition = document.effective_edition
    members = world.members.get(document.agency_id, [])
    paths: list[str] = []
    named: list = []
    choice = rng.random()
    whole_agency = document.kind in WHOLE_AGENCY_KINDS or choice < 0.1
    if not whole_agency and document.owner_unit_id:
        paths.append(document.owner_unit.path)
        ctx.writer.add(
            DistributionTarget(
                id=ctx.uuid("dist-target", document.pk, document.owner_unit_id),
                document_id=document.pk,
                unit_id=document.owner_unit_id,
            )
        )
        office = world.offices.get(document.agency_id)
        if choice >= 0.5 and office and office[0] != document.owner_unit_id:
            paths.append(office[1])
            ctx.writer.add(
                DistributionTarget(
                    id=ctx.uuid("dist-target", document.pk, office[0]),
                    document_id=document.pk,
                    unit_id=office[0],
                )
            )
        if choice >= 0.8 and members:
            for user_id, _unit, _path in rng.sample(members, min(2, len(members))):
                named.append(user_id)
                ctx.writer.add(
                    DistributionTarget(
                        id=ctx.uuid("dist-target", document.pk, user_id),
                        document_id=document.pk,
                        user_id=user_id,
                    )
                )
    reached = [
        (user_id, unit_id)
        for user_id, unit_id, path in members
        if (not paths and not named)
        or any(path.startswith(p) for p in paths if path)
        or user_id in named
    ]
    requested_on = min(edition.effective_date or today, today)
    age = (today - requested_on).days
    done_share = 1.0 if age > 120 else 0.97 if age > 60 else 0.85 if age > 14 else 0.5
    reminder_day = add_working_days(requested_on, ack_reminder_days(), province=province)
    for user_id, unit_id in dict(reached).items():
        pending = rng.random() > done_share
        if user_id == world.demo_staff and age <= 180:
            pending = True  # the demo staff member has documents to read in "Việc của tôi"
        acknowledged_at = None
        if not pending:
            day = min(requested_on + dt.timedelta(days=rng.randint(0, 8)), today)
            acknowledged_at = timezone.make_aware(
                dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.randint(0, 59)))
            )
        world.acks.append(
            (
                ctx.uuid("ack", edition.pk, user_id),
                edition.pk,
                document.pk,
                document.agency_id,
                user_id,
                unit_id,
                AckState.PENDING if pending else AckState.ACKNOWLEDGED,
                requested_on,
                acknowledged_at,
                reminder_day if pending and reminder_day <= today else None,
            )
        )
    ctx.stats["acknowledgements"] += len(reached)


def _schedule(
    ctx, world: _World, document, rng: random.Random, today: dt.date, province, state: str
) -> None:
    """Reviews recorded each time one fell due, then the schedule; a few due soon or overdue."""
    edition = document.effective_edition
    effective_on = edition.effective_date or today
    months = document.review_interval_months or 12
    reviewer = (
        world.heads.get(document.owner_unit_id)
        or world.coordinators.get(document.agency_id)
        or world.agency_heads.get(document.agency_id)
    )
    last_reviewed = None
    history: set[dt.date] = set()
    due = add_months(effective_on, months)
    while due <= today:
        history.add(due)
        reviewed_on = due - dt.timedelta(days=rng.randint(1, 20))
        ctx.writer.add(
            ReviewTask(
                id=ctx.uuid("review", document.pk, due),
                document_id=document.pk,
                agency_id=document.agency_id,
                kind=ReviewKind.PERIODIC,
                reason=f"Xem xét định kỳ {months} tháng một lần.",
                due_date=due,
                state=ReviewState.NO_CHANGE,
                reviewer_id=reviewer,  # None only in an agency without a head or coordinator
                reviewed_on=reviewed_on,
                comment=rng.choice(NO_CHANGE_COMMENTS),
                reminded_soon_on=reviewed_on,
            )
        )
        last_reviewed = reviewed_on
        due = add_months(reviewed_on, months)
    open_task: tuple[dt.date, dt.date | None] | None = None
    if state == "overdue":
        due = today - dt.timedelta(days=rng.randint(3, 40))  # overdue
        open_task = (due, today - dt.timedelta(days=1))
    elif state == "soon":
        due = today + dt.timedelta(days=rng.randint(2, 12))  # due soon
        open_task = (due, None)
    elif due <= add_working_days(today, review_reminder_days(), province=province):
        open_task = (due, None)  # the daily job would have opened it already
    if open_task is not None:
        while due in history:
            due -= dt.timedelta(days=1)
        ctx.writer.add(
            ReviewTask(
                id=ctx.uuid("review", document.pk, due),
                document_id=document.pk,
                agency_id=document.agency_id,
                kind=ReviewKind.PERIODIC,
                reason=f"Xem xét định kỳ {months} tháng một lần.",
                due_date=due,
                state=ReviewState.OPEN,
                reminded_soon_on=max(
                    subtract_working_days(due, review_reminder_days(), province=province),
                    today - dt.timedelta(days=7),
                ),
                reminded_overdue_on=open_task[1],
            )
        )
    ctx.writer.add(
        ReviewSchedule(
            id=ctx.uuid("review-schedule", document.pk),
            document_id=document.pk,
            agency_id=document.agency_id,
            effective_on=effective_on,
            last_reviewed_on=last_reviewed,
            next_due=due,
        )
    )


def _external_reviews(ctx, world: _World, agency_ids: list, today: dt.date) -> None:
    """The 3-month review of documents citing an amended or replaced external document: the
    latest change's reviews are open, older ones were recorded "no change" before their due date
    (a change of 2024 is not still waiting in 2026)."""
    citations = list(
        EditionCitation.objects.filter(
            edition__document__agency_id__in=agency_ids,
            edition__state=State.EFFECTIVE,
            external_document__status__in=["amended", "replaced"],
        )
        .select_related("external_document", "edition__document")
        .order_by("edition__document__code", "id")[:40]
    )
    if not citations:
        return
    fallback = today - dt.timedelta(days=20)
    latest = max(c.external_document.status_effective_date or fallback for c in citations)
    seen = set()
    for citation in citations:
        document = citation.edition.document
        external = citation.external_document
        if (document.pk, external.pk) in seen:
            continue
        seen.add((document.pk, external.pk))
        changed_on = external.status_effective_date or fallback
        due = add_months(changed_on, EXTERNAL_CHANGE_REVIEW_MONTHS)
        status = "được sửa đổi" if external.status == "amended" else "bị thay thế"
        still_open = changed_on == latest
        reviewed_on = min(due, today) - dt.timedelta(days=10)
        ctx.writer.add(
            ReviewTask(
                id=ctx.uuid("review-external", document.pk, external.pk),
                document_id=document.pk,
                agency_id=document.agency_id,
                kind=ReviewKind.EXTERNAL_CHANGE,
                reason=(
                    f"{external} {status} từ ngày {changed_on:%d/%m/%Y}: xem xét tài liệu có cần "
                    "sửa đổi không (Điều 4 QĐ 19/2014/QĐ-TTg)."
                ),
                due_date=due,
                source_external_id=external.pk,
                state=ReviewState.OPEN if still_open else ReviewState.NO_CHANGE,
                reviewer_id=None if still_open else world.coordinators.get(document.agency_id),
                reviewed_on=None if still_open else reviewed_on,
                comment=""
                if still_open
                else "Đã đối chiếu văn bản sửa đổi; nội dung tài liệu không bị ảnh hưởng.",
                reminded_soon_on=today - dt.timedelta(days=1),
                reminded_overdue_on=today - dt.timedelta(days=1) if due < today else None,
            )
        )
        ctx.stats["external reviews"] += 1


def _insert_acknowledgements(rows: list[tuple]) -> None:
    """One multi-row INSERT per 500 requests, values adapted once per column type.

    The requests are most of the step's rows (one per person and effective edition, hundreds of
    thousands at province scale); building model instances for them costs more than the insert.
    """
    if not rows:
        return
    ops = connection.ops
    native_uuid = connection.features.has_native_uuid_field

    def uid(value):
        return value if value is None or native_uuid else value.hex

    now = ops.adapt_datetimefield_value(timezone.now())
    table = connection.ops.quote_name(Acknowledgement._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in ACK_COLUMNS)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            values: list = []
            for (
                pk,
                edition,
                document,
                agency,
                user,
                unit,
                state,
                requested,
                acked,
                reminded,
            ) in chunk:
                values.extend(
                    (
                        uid(pk),
                        now,
                        now,
                        uid(edition),
                        uid(document),
                        uid(agency),
                        uid(user),
                        uid(unit),
                        str(state),
                        ops.adapt_datefield_value(requested),
                        ops.adapt_datetimefield_value(acked),
                        ops.adapt_datefield_value(reminded),
                    )
                )
            placeholders = ", ".join(
                ["(" + ", ".join(["%s"] * len(ACK_COLUMNS)) + ")"] * len(chunk)
            )
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES {placeholders}", values)  # noqa: S608
