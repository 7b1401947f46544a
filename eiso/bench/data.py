"""The benchmark's data: the demo generator at the chosen scale, timed, plus what the generator
does not make yet (a steering decision to download, notifications in a busy inbox, API tokens).

Personas are picked from the generated data by role, not by the documented demo usernames, so the
same choice works at every scale: the ISO coordinator of the agency with the most people, the DOST
overseer of the demo province, the installation's administrator, and a staff member of the
coordinator's agency.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, Q
from django.utils import timezone

from eiso.accounts.models import User
from eiso.accounts.tokens import create_token
from eiso.bench.context import BenchContext
from eiso.demo.logins import DEMO_PROVINCE_CODE
from eiso.notifications.kinds import is_registered, register_kind
from eiso.notifications.models import EmailMode, Notification
from eiso.notifications.services import notifications_mark_all_read, notify
from eiso.organizations.models import (
    CommitteeRole,
    Province,
    RoleGrant,
    SteeringDecision,
    SteeringMember,
    Unit,
)
from eiso.organizations.roles import Role
from eiso.organizations.steering import content as steering_content
from eiso.organizations.steering import services as steering_services

# Benchmark scale -> seed_demo scale.
SEED_SCALES = {"smoke": "demo", "province": "province", "national": "national"}
NOTICE_KIND = "bench.notice"
READ_NOTICES, UNREAD_NOTICES = 40, 30

COUNTED = (
    ("provinces", "organizations.Province"),
    ("iso_units", "organizations.ISOUnit"),
    ("agencies", "organizations.Agency"),
    ("units", "organizations.Unit"),
    ("people", "accounts.User"),
    ("role_grants", "organizations.RoleGrant"),
    ("memberships", "organizations.Membership"),
    ("audit_events", "core.AuditEvent"),
    ("notifications", "notifications.Notification"),
    ("tthc", "procedures.TTHC"),
    ("tthc_scope_rows", "procedures.AgencyTTHC"),
    ("documents", "documents.Document"),
    ("editions", "documents.Edition"),
    ("acknowledgements", "distribution.Acknowledgement"),
    ("risks", "risks.Risk"),
    ("audits", "audits.Audit"),
    ("checklist_items", "audits.ChecklistItem"),
    ("nonconformities", "nonconformities.Nonconformity"),
    ("objectives", "objectives.Objective"),
    ("measurements", "objectives.Measurement"),
    ("plans", "plans.Plan"),
    ("plan_tasks", "plans.PlanTask"),
)

# The volumes issue 6 asks of the province scale (rows at least), and the generation time limit.
PROVINCE_VOLUMES = {
    "iso_units": 180,
    "people": 6_000,
    "tthc": 2_000,
    "documents": 25_000,
    "editions": 75_000,
    "acknowledgements": 1_000_000,
    "nonconformities": 40_000,
    "audits": 5_000,
    "checklist_items": 200_000,
    "objectives": 10_000,
    "measurements": 120_000,
    "plans": 2_000,
    "plan_tasks": 30_000,
}
PROVINCE_GENERATION_SECONDS = 600


def volume_checks(scale: str, counts: dict[str, int]) -> dict[str, dict]:
    """Per counted table with a province target: the target and whether the data reaches it
    (the province scale only; the other scales have no stated volumes)."""
    if scale != "province":
        return {}
    return {
        key: {"target": target, "rows": counts.get(key, 0), "ok": counts.get(key, 0) >= target}
        for key, target in PROVINCE_VOLUMES.items()
    }


@dataclass
class BuiltData:
    scale: str
    generation_seconds: float | None  # None: the data was already there (--reuse)
    extras_seconds: float
    context: BenchContext
    counts: dict[str, int] = field(default_factory=dict)


def generate(scale: str, *, reuse: bool, log: Callable[[str], None]) -> float | None:
    """Run seed_demo at `scale` and return its wall time; None when reusing existing data."""
    if Province.objects.exists():
        if reuse:
            return None
        raise CommandError(
            "The database already holds data. Benchmark an empty database (make bench recreates "
            "it) or pass --reuse to measure the data that is there."
        )
    started = time.perf_counter()
    call_command("seed_demo", scale=SEED_SCALES[scale], stdout=_Sink(log))
    return time.perf_counter() - started


class _Sink:
    def __init__(self, log):
        self.log = log

    def write(self, text: str) -> None:
        if text.strip():
            self.log(text.rstrip("\n"))

    def flush(self) -> None:
        pass


def build(scale: str, *, reuse: bool = False, log: Callable[[str], None] = print) -> BuiltData:
    generation = generate(scale, reuse=reuse, log=log)
    started = time.perf_counter()
    context = BenchContext(scale=scale, personas=resolve_personas())
    prepare_fixtures(context)
    extras = time.perf_counter() - started
    counts = {key: _model_count(label) for key, label in COUNTED}
    return BuiltData(scale, generation, extras, context, counts)


def _model_count(label: str) -> int:
    from django.apps import apps

    return apps.get_model(label).objects.count()


def resolve_personas() -> dict[str, User]:
    province = Province.objects.get(code=DEMO_PROVINCE_CODE)
    active = RoleGrant.objects.filter(is_active=True, user__is_active=True)
    busiest = (
        active.filter(role=Role.ISO_COORDINATOR, agency__province=province)
        .annotate(
            people=Count("agency__memberships", filter=Q(agency__memberships__is_active=True))
        )
        .order_by("-people", "user__username")
        .select_related("user", "agency")
        .first()
    )
    if busiest is None:
        raise CommandError("The data has no ISO coordinator in the demo province.")
    overseer = active.filter(role=Role.DOST_OVERSEER, province=province).order_by("user__username")
    admin = active.filter(role=Role.SYSTEM_ADMIN, province__isnull=True).order_by("user__username")
    staff = active.filter(role=Role.STAFF).filter(
        Q(agency=busiest.agency) | Q(unit__agency=busiest.agency)
    )
    picks = {
        "iso": busiest,
        "dost": overseer.first(),
        "admin": admin.first(),
        "staff": staff.exclude(user=busiest.user).order_by("user__username").first(),
    }
    found = {key: grant for key, grant in picks.items() if grant is not None}
    missing = [key for key in picks if key not in found]
    if missing:
        raise CommandError(f"No persona for {', '.join(missing)} in the generated data.")
    ids = {key: grant.user_id for key, grant in found.items()}
    users = User.objects.select_related("active_agency").in_bulk(ids.values())
    return {key: users[user_id] for key, user_id in ids.items()}


def prepare_fixtures(context: BenchContext) -> None:
    iso = context.user("iso")
    agency = iso.active_agency
    context.fixtures["agency"] = agency
    context.fixtures["province"] = agency.province
    context.fixtures["unit"] = (
        Unit.objects.filter(agency=agency, is_active=True).order_by("-depth", "path").first()
    )
    context.fixtures["decision"] = _steering_decision(iso, agency)
    _fill_inbox([iso, context.user("staff")], agency)
    for key, user in context.personas.items():
        _token, secret = create_token(actor=user, name=f"Benchmark {timezone.now():%Y-%m-%d}")
        context.tokens[key] = secret


def _steering_decision(actor, agency) -> SteeringDecision:
    existing = SteeringDecision.objects.filter(committee__agency=agency).order_by("-issued_on")
    latest = existing.first()
    if latest is not None:
        return latest
    head = SteeringMember.objects.filter(
        committee__agency=agency, is_active=True, committee_role=CommitteeRole.HEAD
    ).first()
    return steering_services.decision_issue(
        actor=actor,
        agency=agency,
        kind=SteeringDecision.Kind.ESTABLISH,
        issued_on=timezone.localdate(),
        signer_name=head.full_name if head else actor.full_name,
        signer_title=agency.head_title,
        # The default bases leave the agency's functions decision as "…" for the user to fill.
        legal_bases=[line.replace("…", "12") for line in _bases(agency)],
        proposer=steering_content.default_proposer(agency.kind),
    )


def _bases(agency) -> list[str]:
    return steering_content.default_legal_bases(agency.province.full_name, agency.name)


def _fill_inbox(users, agency) -> None:
    """A busy inbox: read and unread notifications (a kind registered for the benchmark only)."""
    if not is_registered(NOTICE_KIND):
        register_kind(NOTICE_KIND, "Benchmark notice", EmailMode.NEVER)
    if Notification.objects.filter(recipient__in=users, kind=NOTICE_KIND).exists():
        return
    for index in range(READ_NOTICES + UNREAD_NOTICES):
        if index == READ_NOTICES:
            for user in users:
                notifications_mark_all_read(actor=user)
        notify(
            recipients=users,
            kind=NOTICE_KIND,
            title=f"Tài liệu QT-{index + 1:02d} chờ ý kiến góp ý",
            body="Đề nghị đồng chí cho ý kiến trước hạn.",
            url="/viec-cua-toi/",
            agency=agency,
        )
