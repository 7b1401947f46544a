"""Communes and wards (UBND xã/phường/đặc khu) as organised from 1 July 2025.

The two-level local government gives each commune-level People's Committee a small set of
specialised units: an office of the People's Council and Committee, an economic division (with
infrastructure and urban affairs in wards), a culture and society division, and a public
administrative service centre where citizens file their dossiers (the one-door unit).
"""

from __future__ import annotations

from eiso.demo.specs import AgencyTemplate, division, leadership, office, one_door
from eiso.demo.text import initials, unique


def commune(
    *, ward_code: int, base_name: str, level: str, symbol_taken: set[str]
) -> AgencyTemplate:
    """The People's Committee of one commune; `level` is "xã", "phường" or "đặc khu"."""
    economy = (
        division("Phòng Kinh tế, Hạ tầng và Đô thị", "KTHTĐT")
        if level == "phường"
        else division("Phòng Kinh tế", "KT")
    )
    return AgencyTemplate(
        key=f"ward:{ward_code}",
        kind="commune_committee",
        name=f"Ủy ban nhân dân {level} {base_name}",
        short_name=f"UBND {level} {base_name}",
        symbol=unique(f"UBND-{initials(base_name)}", symbol_taken),
        head_title="Chủ tịch",
        head_position=f"Chủ tịch UBND {level}",
        units=(
            leadership(f"Lãnh đạo UBND {level}"),
            office("Văn phòng HĐND và UBND", "VP"),
            economy,
            division("Phòng Văn hóa - Xã hội", "VHXH"),
            one_door("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
        ),
        size=32,
        parent_key=None,
        governing_body="",  # NĐ 30/2020: a commune committee's header has no parent-body line
        mandatory=False,
        status_plan="commune",
        ward_code=ward_code,
        place_name=base_name,
        deputies=2,
        staff_titles=("Chuyên viên", "Công chức", "Chuyên viên", "Viên chức"),
    )
