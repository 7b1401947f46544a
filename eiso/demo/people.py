"""Realistic Vietnamese full names and the usernames derived from them."""

from __future__ import annotations

import random

from eiso.demo.data.names import (
    FAMILY_NAMES,
    FEMALE_GIVEN_NAMES,
    FEMALE_MIDDLE_NAMES,
    MALE_GIVEN_NAMES,
    MALE_MIDDLE_NAMES,
)
from eiso.demo.text import ascii_fold, slug, unique

_FAMILIES = [name for name, _ in FAMILY_NAMES]
_FAMILY_WEIGHTS = [weight for _, weight in FAMILY_NAMES]


def full_name(rng: random.Random) -> str:
    """'Nguyễn Thị Thu Hương'-style names: family, one or two middle names, given name."""
    family = rng.choices(_FAMILIES, weights=_FAMILY_WEIGHTS)[0]
    female = rng.random() < 0.5
    middles = FEMALE_MIDDLE_NAMES if female else MALE_MIDDLE_NAMES
    givens = FEMALE_GIVEN_NAMES if female else MALE_GIVEN_NAMES
    middle = rng.choice(middles)
    given = rng.choice([g for g in givens if g != middle])
    if female and middle == "Thị" and rng.random() < 0.25:
        second = rng.choice([m for m in middles if m not in ("Thị", given)])
        middle = f"{middle} {second}"
    return f"{family} {middle} {given}"


def username_for(name: str, place: str, taken: set[str], *, suffix: str = "") -> str:
    """'Nguyễn Văn Hùng' at 'SNNMT' -> 'hungnv.snnmt' (then 'hungnv.snnmt2', … when taken)."""
    words = ascii_fold(name).lower().split()
    base = words[-1] + "".join(w[0] for w in words[:-1])
    candidate = f"{base}.{slug(place)}" + (f".{slug(suffix)}" if suffix else "")
    return unique(candidate, taken)
