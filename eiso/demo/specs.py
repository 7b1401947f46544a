"""Plain descriptions of what the generator builds: units and agencies as data, no ORM."""

from __future__ import annotations

from dataclasses import dataclass

# Unit kinds (values of eiso.organizations.models.UnitKind), spelled out so data modules need no
# Django import.
LEADERSHIP = "leadership"
OFFICE = "office"
DIVISION = "division"
ONE_DOOR = "one_door"
OTHER = "other"


@dataclass(frozen=True)
class UnitSpec:
    name: str
    symbol: str
    kind: str = DIVISION
    children: tuple[UnitSpec, ...] = ()


def office(name: str, symbol: str = "VP", *children: UnitSpec) -> UnitSpec:
    return UnitSpec(name, symbol, OFFICE, children)


def division(name: str, symbol: str, *children: UnitSpec) -> UnitSpec:
    return UnitSpec(name, symbol, DIVISION, children)


def one_door(name: str = "Bộ phận một cửa", symbol: str = "MC") -> UnitSpec:
    return UnitSpec(name, symbol, ONE_DOOR)


def leadership(name: str, symbol: str = "LĐ") -> UnitSpec:
    return UnitSpec(name, symbol, LEADERSHIP)


@dataclass(frozen=True)
class AgencyTemplate:
    """An agency before it is placed in a province.

    Text fields may hold the placeholders {province} ("tỉnh Hưng Yên"), {PROVINCE} ("TỈNH HƯNG
    YÊN") and {level} ("tỉnh" or "thành phố"), filled in by `eiso.demo.plan`.
    """

    key: str  # stable within a province: "dept:SNNMT", "ward:11953", … (seeds the UUIDs)
    kind: str  # AgencyKind value
    name: str
    short_name: str
    symbol: str
    head_title: str  # Agency.head_title: "Giám đốc", "Chủ tịch", …
    head_position: str  # the head's position line: "Giám đốc Sở", "Chủ tịch UBND xã", …
    units: tuple[UnitSpec, ...]
    size: int  # people at full (province) scale
    parent_key: str | None = None
    governing_body: str = ""  # header line above the name; may hold {PROVINCE}
    iso_key: str | None = None  # share another agency's ISO unit (UBND tỉnh + Văn phòng)
    mandatory: bool = True
    school_year: bool = False
    status_plan: str = "veteran"  # see eiso.demo.history
    ward_code: int | None = None
    place_name: str | None = None  # None: the province's name
    deputies: int = 2  # deputies at full scale
    staff_titles: tuple[str, ...] = ("Chuyên viên", "Chuyên viên chính", "Chuyên viên", "Cán sự")


def unit_head_position(unit_name: str) -> str:
    """The title of a unit's head, from the unit's name ('Phòng X' -> 'Trưởng phòng X')."""
    rules = (
        ("Văn phòng", "Chánh {name}"),
        ("Phòng", "Trưởng phòng {rest}"),
        ("Trung tâm", "Giám đốc {name}"),
        ("Ban", "Trưởng {name}"),
        ("Đội", "Đội trưởng {name}"),
        ("Tổ", "Tổ trưởng {rest}"),
        ("Khoa", "Trưởng khoa {rest}"),
        ("Bộ phận", "Trưởng {name}"),
        ("Trạm", "Trạm trưởng {name}"),
    )
    for prefix, pattern in rules:
        if unit_name.startswith(prefix + " "):
            return pattern.format(name=unit_name, rest=unit_name[len(prefix) + 1 :])
    return f"Trưởng {unit_name}"
