"""The documented demo logins: one per role of PRODUCT.md §2, all with the same demo password.

Plain Python (no Django import), so `scripts/run_demo.py` and the end-to-end tests can read it
without setting Django up. These accounts exist only in generated demo data; they must never exist
in a production installation.
"""

from __future__ import annotations

from dataclasses import dataclass

# Meets the password validators of config/settings.py: ≥ 10 characters, not common, not numeric.
DEMO_PASSWORD = "eiso-demo-2026"

# Hưng Yên (code 33 in vietnam-provinces) is the demo province.
DEMO_PROVINCE_CODE = 33


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str  # eiso.organizations.roles.Role value
    role_vi: str
    role_en: str
    # Where the person sits: an agency key of the generator (see eiso.demo.data.provincial) and a
    # slot in that agency's staffing plan (see eiso.demo.staffing); None for the global admin.
    agency_key: str | None
    slot: str
    try_this: str


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin(
        "admin",
        "system_admin",
        "Quản trị hệ thống (toàn hệ thống)",
        "System administrator (whole installation)",
        None,
        "global_admin",
        "The global audit log (Nhật ký), the working-day calendar, agencies of every province.",
    ),
    DemoLogin(
        "quantri",
        "system_admin",
        "Quản trị hệ thống tỉnh Hưng Yên",
        "System administrator of Hưng Yên province",
        "dept:SKHCN",
        "province_admin:0",
        "Open an agency: create a unit, grant a role, then see both in its history (Lịch sử).",
    ),
    DemoLogin(
        "theodoi",
        "dost_overseer",
        "Cán bộ Sở KH&CN theo dõi ISO",
        "DOST overseer",
        "dept:SKHCN",
        "overseer:0",
        "List the province's agencies, filter by kind and QMS status, export to Excel.",
    ),
    DemoLogin(
        "kiemtra",
        "inspector",
        "Thành viên đoàn kiểm tra",
        "Inspector",
        "dept:SKHCN",
        "inspector:0",
        "Open any agency of the province, read only: units, people, steering committee.",
    ),
    DemoLogin(
        "giamdoc",
        "agency_head",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "Agency head (Director of the Department)",
        "dept:SNNMT",
        "head",
        "“Việc của tôi”; the department's units, people and steering committee.",
    ),
    DemoLogin(
        "thuky",
        "iso_coordinator",
        "Thư ký ISO, Sở Nông nghiệp và Môi trường",
        "ISO coordinator",
        "dept:SNNMT",
        "iso",
        "Ban chỉ đạo ISO: edit members, issue the decision (DOCX/PDF).",
    ),
    DemoLogin(
        "truongphong",
        "unit_head",
        "Trưởng phòng Quản lý đất đai",
        "Unit head",
        "dept:SNNMT",
        "unit_head:QLĐĐ",
        "“Việc của tôi”; your division in the unit tree.",
    ),
    DemoLogin(
        "danhgia",
        "internal_auditor",
        "Chuyên gia đánh giá nội bộ (Sở và Chi cục Thủy lợi)",
        "Internal auditor (Department and its Irrigation sub-department)",
        "dept:SNNMT",
        "auditor:0",
        "Switch agency between the department and Chi cục Thủy lợi.",
    ),
    DemoLogin(
        "chuyenvien",
        "staff",
        "Chuyên viên Phòng Quản lý đất đai",
        "Staff member",
        "dept:SNNMT",
        "staff:QLĐĐ:0",
        "Notifications (the bell), “Việc của tôi”, change your password.",
    ),
    DemoLogin(
        "chutich",
        "agency_head",
        "Chủ tịch UBND phường Phố Hiến",
        "Agency head (Chairman of a ward People's Committee)",
        "ward:11953",
        "head",
        "A ward created in July 2025 whose QMS was declared in 2026.",
    ),
)


def login_for_slot(agency_key: str | None, slot: str) -> DemoLogin | None:
    for login in DEMO_LOGINS:
        if login.agency_key == agency_key and login.slot == slot:
            return login
    return None
