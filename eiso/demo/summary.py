"""The short Vietnamese report printed at the end of `seed_demo`."""

from __future__ import annotations

from django.apps import apps

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


# What the module steps built (some write through services or SQL, so counted in the database).
_MODULE_COUNTS = (
    ("objectives.Objective", "mục tiêu chất lượng"),
    ("objectives.Measurement", "kết quả đo lường mục tiêu"),
    ("plans.Plan", "kế hoạch ISO"),
    ("plans.PlanTask", "nhiệm vụ kế hoạch"),
    ("procedures.TTHC", "thủ tục hành chính (TTHC)"),
    ("documents.Document", "tài liệu kiểm soát"),
    ("documents.Edition", "lần ban hành tài liệu"),
    ("distribution.Acknowledgement", "yêu cầu xác nhận đã đọc"),
    ("references.ExternalDocument", "tài liệu bên ngoài"),
    ("risks.Risk", "rủi ro và cơ hội"),
    ("audits.Audit", "cuộc đánh giá nội bộ"),
    ("audits.ChecklistItem", "nội dung danh mục kiểm tra"),
    ("nonconformities.Nonconformity", "sự không phù hợp"),
)


def _number(value: int) -> str:
    """Vietnamese digit grouping: 6.512."""
    return f"{value:,}".replace(",", ".")


def summary_lines(ctx: Context, password: str, seconds: float) -> list[str]:
    counts = ctx.writer.counts
    lines = [f"Đã tạo dữ liệu mẫu trong {seconds:.1f} giây:"]
    lines += [f"  {_number(counts[label]):>9} {text}" for label, text in _COUNTS]
    lines += [
        f"  {_number(apps.get_model(label).objects.count()):>9} {text}"
        for label, text in _MODULE_COUNTS
    ]
    issued = [login for login in DEMO_LOGINS if login.username in ctx.logins]
    if issued:
        lines += ["", f"Tài khoản dùng thử (mật khẩu chung: {password}) — chỉ dùng cho bản demo:"]
        width = max(len(login.username) for login in issued)
        for login in issued:
            person = ctx.logins[login.username]
            lines.append(f"  {login.username:<{width}}  {login.role_vi} — {person.full_name}")
    return lines
