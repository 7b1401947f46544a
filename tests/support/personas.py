"""One user per role of PRODUCT.md §2, plus outsiders, for permission-matrix tests.

Persona names are stable strings used in `allowed={...}` sets of matrix tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eiso.accounts.models import User
from eiso.organizations.roles import Role
from tests.support.world import World, build_world, grant, make_user

ALL = (
    "admin",  # global system administrator
    "province_admin",  # system administrator of the province
    "dost",  # DOST overseer of the province
    "inspector",  # DOST inspection team member
    "head",  # head of the agency under test
    "iso",  # ISO coordinator of the agency under test
    "unit_head",  # head of `division` in the agency under test
    "auditor",  # internal auditor of the agency under test (works in the office)
    "staff",  # staff member in `subdivision`
    "other_agency",  # ISO coordinator of another agency of the same province
    "other_province",  # ISO coordinator of an agency in another province
    "anonymous",
)


@dataclass
class Personas:
    world: World
    users: dict[str, User | None] = field(default_factory=dict)

    def __getitem__(self, name: str) -> User | None:
        return self.users[name]

    def __getattr__(self, name: str) -> User | None:
        users = self.__dict__.get("users", {})
        if name in users:
            return users[name]
        raise AttributeError(name)

    def names(self, *, exclude: tuple[str, ...] = ()) -> list[str]:
        return [n for n in ALL if n not in exclude]


def build_personas() -> Personas:
    w = build_world()
    u: dict[str, User | None] = {}
    u["admin"] = make_user("admin", "Quản Trị Viên", position="Quản trị hệ thống")
    grant(u["admin"], Role.SYSTEM_ADMIN)
    u["province_admin"] = make_user(
        "qt.hungyen", "Nguyễn Văn Quản", agency=w.dost, position="Chuyên viên CNTT"
    )
    grant(u["province_admin"], Role.SYSTEM_ADMIN, province=w.province)
    u["dost"] = make_user("kh.theodoi", "Trần Thị Theo Dõi", agency=w.dost, position="Chuyên viên")
    grant(u["dost"], Role.DOST_OVERSEER, province=w.province)
    u["inspector"] = make_user(
        "kh.kiemtra", "Lê Văn Kiểm", agency=w.dost, position="Thành viên đoàn kiểm tra"
    )
    grant(u["inspector"], Role.INSPECTOR, province=w.province)
    u["head"] = make_user("gd.giamdoc", "Phạm Văn Giám", agency=w.agency, position="Giám đốc")
    grant(u["head"], Role.AGENCY_HEAD, agency=w.agency)
    u["iso"] = make_user(
        "gd.thuky",
        "Hoàng Thị Thư",
        agency=w.agency,
        unit=w.office,
        position="Chuyên viên Văn phòng",
    )
    grant(u["iso"], Role.ISO_COORDINATOR, agency=w.agency)
    u["unit_head"] = make_user(
        "gd.truongphong", "Vũ Văn Trưởng", agency=w.agency, unit=w.division, position="Trưởng phòng"
    )
    grant(u["unit_head"], Role.UNIT_HEAD, unit=w.division)
    u["auditor"] = make_user(
        "gd.danhgia", "Đặng Thị Đánh", agency=w.agency, unit=w.office, position="Chuyên viên"
    )
    grant(u["auditor"], Role.INTERNAL_AUDITOR, agency=w.agency)
    u["staff"] = make_user(
        "gd.chuyenvien", "Bùi Văn Viên", agency=w.agency, unit=w.subdivision, position="Chuyên viên"
    )
    grant(u["staff"], Role.STAFF, unit=w.subdivision)
    u["other_agency"] = make_user(
        "yt.thuky", "Đỗ Thị Khác", agency=w.other_agency, unit=w.other_unit, position="Chuyên viên"
    )
    grant(u["other_agency"], Role.ISO_COORDINATOR, agency=w.other_agency)
    u["other_province"] = make_user(
        "hn.thuky",
        "Ngô Văn Ngoài",
        agency=w.foreign_agency,
        unit=w.foreign_unit,
        position="Chuyên viên",
    )
    grant(u["other_province"], Role.ISO_COORDINATOR, agency=w.foreign_agency)
    u["anonymous"] = None
    return Personas(world=w, users=u)
