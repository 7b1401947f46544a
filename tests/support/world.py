"""A small, fully-formed organisation world for tests: two provinces, three agencies, units."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from eiso.accounts.models import User
from eiso.organizations.models import (
    Agency,
    AgencyKind,
    ISOUnit,
    Membership,
    Province,
    QMSStatus,
    RoleGrant,
    Unit,
    UnitKind,
)

_seq = itertools.count(1)

PASSWORD = "Mat-khau-thu-nghiem-2026"


def make_province(code: int = 33, name: str = "Hưng Yên") -> Province:
    province, _ = Province.objects.get_or_create(
        code=code,
        defaults={"name": name, "full_name": f"Tỉnh {name}", "codename": f"tinh_{code}"},
    )
    return province


def make_agency(
    province: Province,
    name: str,
    symbol: str,
    *,
    kind: str = AgencyKind.DEPARTMENT,
    parent: Agency | None = None,
    status: str = QMSStatus.MAINTAINING,
) -> Agency:
    iso_unit = ISOUnit.objects.create(province=province, name=name, status=status)
    return Agency.objects.create(
        province=province,
        parent=parent,
        iso_unit=iso_unit,
        kind=kind,
        name=name,
        short_name=name.replace("Sở ", "Sở "),
        symbol=symbol,
        governing_body=f"UBND TỈNH {province.name.upper()}",
        place_name=province.name,
    )


def make_unit(
    agency: Agency,
    name: str,
    *,
    parent: Unit | None = None,
    kind: str = UnitKind.DIVISION,
    symbol: str = "",
) -> Unit:
    siblings = Unit.objects.filter(agency=agency, parent=parent).count()
    prefix = parent.path if parent else ""
    return Unit.objects.create(
        agency=agency,
        parent=parent,
        name=name,
        symbol=symbol,
        kind=kind,
        path=f"{prefix}{siblings + 1:04d}.",
        depth=(parent.depth + 1) if parent else 0,
    )


def make_user(
    username: str,
    full_name: str,
    *,
    agency: Agency | None = None,
    unit: Unit | None = None,
    position: str = "",
) -> User:
    user = User.objects.create_user(
        username=username,
        email=f"{username}@example.gov.vn",
        password=PASSWORD,
        full_name=full_name,
        position=position,
    )
    if agency is not None:
        Membership.objects.create(user=user, agency=agency, unit=unit, position=position)
        user.active_agency = agency
        user.save(update_fields=["active_agency"])
    return user


def grant(user: User, role: str, *, province=None, agency=None, unit=None) -> RoleGrant:
    return RoleGrant.objects.create(
        user=user, role=role, province=province, agency=agency, unit=unit
    )


@dataclass
class World:
    province: Province
    other_province: Province
    dost: Agency  # Sở KH&CN, the overseer's agency
    agency: Agency  # the agency under test (Sở GDĐT)
    other_agency: Agency  # another agency of the same province (Sở Y tế)
    foreign_agency: Agency  # an agency of another province
    office: Unit  # Văn phòng Sở of `agency`
    division: Unit  # a division of `agency`
    subdivision: Unit  # a team under `division`
    other_unit: Unit  # a unit of `other_agency`
    foreign_unit: Unit


def build_world() -> World:
    province = make_province(33, "Hưng Yên")
    other_province = make_province(1, "Hà Nội")
    dost = make_agency(province, "Sở Khoa học và Công nghệ", "SKHCN")
    province.oversight_agency = dost
    province.save(update_fields=["oversight_agency"])
    agency = make_agency(province, "Sở Giáo dục và Đào tạo", "SGDĐT")
    other_agency = make_agency(province, "Sở Y tế", "SYT")
    foreign_agency = make_agency(other_province, "Sở Tư pháp", "STP")
    office = make_unit(agency, "Văn phòng Sở", kind=UnitKind.OFFICE, symbol="VP")
    division = make_unit(agency, "Phòng Giáo dục phổ thông", symbol="GDPT")
    subdivision = make_unit(agency, "Tổ Kiểm định chất lượng", parent=division, symbol="KĐ")
    other_unit = make_unit(other_agency, "Văn phòng Sở", kind=UnitKind.OFFICE, symbol="VP")
    foreign_unit = make_unit(foreign_agency, "Văn phòng Sở", kind=UnitKind.OFFICE, symbol="VP")
    return World(
        province=province,
        other_province=other_province,
        dost=dost,
        agency=agency,
        other_agency=other_agency,
        foreign_agency=foreign_agency,
        office=office,
        division=division,
        subdivision=subdivision,
        other_unit=other_unit,
        foreign_unit=foreign_unit,
    )
