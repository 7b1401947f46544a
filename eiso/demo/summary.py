"""The short Vietnamese report printed at the end of `seed_demo`."""

from __future__ import annotations

from eiso.demo.context import Context
from eiso.demo.logins import DEMO_LOGINS

_COUNTS = (
    ("organizations.Province", "tỉnh, thành phố"),
    ("organizations.ISOUnit", "đơn vị áp dụng HTQLCL"),
    ("organizations.Agency", "cơ quan, đơn vị"),
    ("organizations.Unit", "phòng, ban, bộ phận"),
    ("accounts.User", "người dùng"),
    ("organizations.RoleGrant", "lượt phân quyền"),
    ("organizations.SteeringMember", "thành viên Ban chỉ đạo ISO"),
    ("organizations.QMSStatusChange", "lần thay đổi trạng thái HTQLCL"),
    ("core.AuditEvent", "sự kiện nhật ký"),
)


def _number(value: int) -> str:
    """Vietnamese digit grouping: 6.512."""
    return f"{value:,}".replace(",", ".")


def summary_lines(ctx: Context, password: str, seconds: float) -> list[str]:
    counts = ctx.writer.counts
    lines = [f"Đã tạo dữ liệu mẫu trong {seconds:.1f} giây:"]
    lines += [f"  {_number(counts[label]):>9} {text}" for label, text in _COUNTS]
    issued = [login for login in DEMO_LOGINS if login.username in ctx.logins]
    if issued:
        lines += ["", f"Tài khoản dùng thử (mật khẩu chung: {password}) — chỉ dùng cho bản demo:"]
        width = max(len(login.username) for login in issued)
        for login in issued:
            person = ctx.logins[login.username]
            lines.append(f"  {login.username:<{width}}  {login.role_vi} — {person.full_name}")
    return lines
