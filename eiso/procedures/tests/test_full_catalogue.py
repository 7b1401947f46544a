"""The full-size catalogue of the province benchmark scale (plain data, no database)."""

from __future__ import annotations

import unicodedata

from eiso.demo.data.provincial import departments, other_provincial_agencies
from eiso.procedures.data.catalogue import COMMUNE, PROVINCIAL
from eiso.procedures.data.full_catalogue import commune_items, provincial_items

# Communes and wards of the demo province at the province scale.
PROVINCE_COMMUNES = 104


def _all_names() -> list[str]:
    names = [name for _s, _f, items in PROVINCIAL for name, _t in items]
    names += [name for _f, items in COMMUNE for name, _t in items]
    names += [name for _s, _f, name, _b, _d in provincial_items()]
    names += [name for _f, name, _b, _d in commune_items()]
    return names


def test_a_real_provinces_size_with_a_bounded_scope():
    provincial = sum(len(items) for _s, _f, items in PROVINCIAL) + len(provincial_items())
    commune = sum(len(items) for _f, items in COMMUNE) + len(commune_items())
    assert provincial + commune >= 2000
    # Every department has its provincial TTHC in scope, every commune the commune list.
    assert provincial + PROVINCE_COMMUNES * commune <= 15_000


def test_each_name_once_capitalised_and_in_composed_unicode():
    names = _all_names()
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert name == name.strip() and name[0].isupper(), name
        assert unicodedata.normalize("NFC", name) == name, name
        assert "{" not in name and "  " not in name, name
        assert len(name) <= 1000


def test_times_bases_and_departments():
    symbols = {t.symbol for t in [*departments(ethnic_affairs=False), *other_provincial_agencies()]}
    for symbol, field, _name, basis, days in provincial_items():
        assert symbol in symbols
        assert field and basis
        assert 1 <= days <= 120
    for field, _name, basis, days in commune_items():
        assert field and basis
        assert 1 <= days <= 60
