"""Provinces and communes from `vietnam-provinces` (the 34 provinces and 3,321 communes of 2025)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province as VNProvince
from vietnam_provinces import ProvinceCode
from vietnam_provinces import Ward as VNWard

from eiso.demo.text import strip_prefix

_CITY = "thành phố trung ương"


@dataclass(frozen=True)
class WardInfo:
    code: int
    name: str  # "Phường Phố Hiến"
    base_name: str  # "Phố Hiến"
    level: str  # "xã", "phường" or "đặc khu"
    codename: str


@dataclass(frozen=True)
class ProvinceInfo:
    code: int
    name: str  # "Hưng Yên", "Hà Nội"
    full_name: str  # "Tỉnh Hưng Yên", "Thành phố Hà Nội"
    level: str  # "tỉnh" or "thành phố"
    codename: str  # "hung_yen"
    wards: tuple[WardInfo, ...]

    @property
    def lower_name(self) -> str:
        """ "tỉnh Hưng Yên": the form used inside names ("Ủy ban nhân dân tỉnh Hưng Yên")."""
        return f"{self.level} {self.name}"


def all_province_codes() -> list[int]:
    return sorted(int(p.code) for p in VNProvince.iter_all())


@cache
def province_info(code: int) -> ProvinceInfo:
    source = VNProvince.from_code(ProvinceCode(code))
    is_city = source.division_type.value == _CITY
    level = "thành phố" if is_city else "tỉnh"
    name = strip_prefix(source.name, ("Thành phố", "Tỉnh"))
    wards = tuple(
        WardInfo(
            code=int(w.code),
            name=w.name,
            base_name=strip_prefix(w.name, ("Phường", "Xã", "Đặc khu")),
            level=w.division_type.value,
            codename=w.codename,
        )
        for w in VNWard.iter_all()
        if int(w.province_code) == code
    )
    return ProvinceInfo(
        code=code,
        name=name,
        full_name=f"{level.capitalize()} {name}",
        level=level,
        codename=source.codename,
        wards=wards,
    )
