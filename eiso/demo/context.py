"""The generator's shared state: scale, seeded randomness, stable ids, the batch writer, results."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from eiso.demo.places import ProvinceInfo
from eiso.demo.specs import AgencyTemplate, UnitSpec
from eiso.demo.writer import BatchWriter

# Namespace of every generated UUID: uuid5(NAMESPACE, "<seed>:<kind>:<key>…").
NAMESPACE = uuid.UUID("6f1b2a4e-6c1d-5e0a-9d3b-8a7c2e1f4b50")


@dataclass(frozen=True)
class Scale:
    name: str
    province_codes: tuple[int, ...] | None  # None: all 34 provinces
    communes: int | None  # None: every commune/ward of the province
    sub_departments: int | None  # None: all
    public_services: bool  # public service units, health centres and schools
    min_iso_units: int  # top up with schools until the province has this many ISO units
    full_staffing: bool  # every unit staffed to size (benchmarks) or a small cast (demo)
    # Years of closed history before the current one (documents' earlier editions, past audits,
    # nonconformities, objectives, plans…): the volumes of an installation that has run for years.
    # 0: the current year only (the demo, and the organization-sized national scale).
    history_years: int = 0


SCALES: dict[str, Scale] = {
    "demo": Scale("demo", (33,), 20, 4, False, 0, False),
    "province": Scale("province", (33,), None, None, True, 180, True, history_years=5),
    "national": Scale("national", None, None, None, True, 180, True),
}


@dataclass
class BuiltUnit:
    id: uuid.UUID
    spec: UnitSpec
    name: str
    path: str
    depth: int
    parent_id: uuid.UUID | None


@dataclass
class BuiltAgency:
    id: uuid.UUID
    template: AgencyTemplate
    iso_unit_id: uuid.UUID
    status: str
    units: list[BuiltUnit]
    # Filled by the people step: slot ("head", "iso", "unit_head:VP", …) -> user id.
    people: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.template.key

    def unit(self, symbol: str) -> BuiltUnit | None:
        return next((u for u in self.units if u.spec.symbol == symbol), None)


@dataclass
class BuiltProvince:
    info: ProvinceInfo
    id: uuid.UUID
    agencies: list[BuiltAgency] = field(default_factory=list)

    def agency(self, key: str) -> BuiltAgency | None:
        return next((a for a in self.agencies if a.key == key), None)


@dataclass(frozen=True)
class IssuedLogin:
    username: str
    full_name: str
    where: str


class Context:
    """Passed to every step. Randomness and ids depend only on the seed and stable keys."""

    def __init__(self, *, seed: int, scale: Scale, writer: BatchWriter, log: Callable[[str], None]):
        self.seed = seed
        self.scale = scale
        self.writer = writer
        self.log = log
        self.provinces: list[BuiltProvince] = []
        self.usernames: set[str] = set()
        self.logins: dict[str, IssuedLogin] = {}
        self.stats: Counter[str] = Counter()
        self._password_hash: str | None = None

    def rng(self, *parts: object) -> random.Random:
        """An independent random stream per purpose, so adding a step never shifts another's data."""
        # Deterministic demo data, not secrets: a seeded PRNG is the point.
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))  # noqa: S311

    def uuid(self, *parts: object) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in (self.seed, *parts)))

    @property
    def password_hash(self) -> str:
        """One hash of the demo password shared by every generated account (hashing is slow)."""
        if self._password_hash is None:
            from django.contrib.auth.hashers import make_password

            from eiso.demo.logins import DEMO_PASSWORD

            self._password_hash = make_password(DEMO_PASSWORD)
        return self._password_hash
