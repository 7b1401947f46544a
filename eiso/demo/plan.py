"""Which agencies a generated province has, with the province's names filled in.

The result is plain data (AgencyTemplate), parents before children, ready for the organisation step.
"""

from __future__ import annotations

import dataclasses
import random

from eiso.demo.context import Scale
from eiso.demo.data import provincial, subordinate
from eiso.demo.data.communes import commune
from eiso.demo.places import ProvinceInfo, WardInfo
from eiso.demo.specs import AgencyTemplate, UnitSpec
from eiso.demo.text import initials, unique

# Provinces given a Sở Dân tộc và Tôn giáo in generated data: those with large ethnic-minority
# populations (mountainous north, Central Highlands, some Mekong provinces). An approximation for
# demo and benchmark data, not a legal list; Hưng Yên has none.
ETHNIC_AFFAIRS_PROVINCES = frozenset(
    {4, 8, 11, 12, 14, 15, 19, 20, 25, 38, 40, 51, 52, 56, 66, 68, 91}
)

# The ward whose chairman is a demo login; its QMS is declared.
FEATURED_WARD = 11953  # Phường Phố Hiến, Hưng Yên


def _fill(text: str, province: ProvinceInfo) -> str:
    return text.format(
        province=province.lower_name, PROVINCE=province.lower_name.upper(), level=province.level
    )


def _fill_unit(unit: UnitSpec, province: ProvinceInfo) -> UnitSpec:
    return dataclasses.replace(
        unit,
        name=_fill(unit.name, province),
        children=tuple(_fill_unit(c, province) for c in unit.children),
    )


def _place(template: AgencyTemplate, province: ProvinceInfo) -> AgencyTemplate:
    return dataclasses.replace(
        template,
        name=_fill(template.name, province),
        short_name=_fill(template.short_name, province),
        head_position=_fill(template.head_position, province),
        governing_body=_fill(template.governing_body, province),
        units=tuple(_fill_unit(u, province) for u in template.units),
        place_name=template.place_name or province.name,
    )


def choose_communes(province: ProvinceInfo, scale: Scale, rng: random.Random) -> list[WardInfo]:
    """All communes, or (demo) every ward (phường) plus a random choice of rural communes (xã)."""
    wards = list(province.wards)
    if scale.communes is None or scale.communes >= len(wards):
        return wards
    urban = [w for w in wards if w.level == "phường"][: scale.communes]
    rural = [w for w in wards if w.level != "phường"]
    chosen = set(urban) | set(rng.sample(rural, scale.communes - len(urban)))
    return [w for w in wards if w in chosen]


def _named_after_communes(
    communes: list[WardInfo], count: int, rng: random.Random, build, prefix: str, taken: set[str]
) -> list[AgencyTemplate]:
    bases = sorted({w.base_name for w in communes})
    picked = sorted(rng.sample(bases, min(count, len(bases))))
    return [build(base, unique(f"{prefix}-{initials(base)}", taken)) for base in picked]


def agency_templates(
    province: ProvinceInfo, scale: Scale, rng: random.Random
) -> list[AgencyTemplate]:
    templates = [
        provincial.provincial_committee(),
        provincial.committee_office(),
        *provincial.departments(ethnic_affairs=province.code in ETHNIC_AFFAIRS_PROVINCES),
        *provincial.other_provincial_agencies(),
    ]
    subs = subordinate.sub_departments()
    templates += subs[: scale.sub_departments] if scale.sub_departments else subs
    symbols = {t.symbol for t in templates}
    communes = choose_communes(province, scale, rng)
    if scale.public_services:
        templates += subordinate.public_service_units()
        symbols |= {t.symbol for t in templates}
        centres = max(8, len(communes) // 6)
        templates += _named_after_communes(
            communes, centres, rng, subordinate.health_centre, "TTYT", symbols
        )
    ward_templates = [
        commune(ward_code=w.code, base_name=w.base_name, level=w.level, symbol_taken=symbols)
        for w in communes
    ]
    if scale.public_services:
        schools = max(20, scale.min_iso_units + 5 - len(templates) - len(ward_templates))
        templates += _named_after_communes(
            communes, schools, rng, subordinate.high_school, "THPT", symbols
        )
    placed = [_place(t, province) for t in [*templates, *ward_templates]]
    _check_unique(placed)
    return placed


def _check_unique(templates: list[AgencyTemplate]) -> None:
    for attribute in ("key", "name", "symbol"):
        values = [getattr(t, attribute) for t in templates]
        duplicates = {v for v in values if values.count(v) > 1}
        if duplicates:
            raise ValueError(f"duplicate agency {attribute}: {sorted(duplicates)}")
