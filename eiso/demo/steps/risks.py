"""Step "risks": every agency with a QMS gets its context (internal/external issues), interested
parties and a register of risks and opportunities, scored on the default 5 × 5 matrix, with
treatment actions — some done, some in progress, some overdue — owned by its ISO coordinator and
unit heads. Risks of the one-door unit go to that unit when the agency has one."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from eiso.demo.context import BuiltAgency, BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.documents.models import Document, Kind
from eiso.risks.matrix import DEFAULT
from eiso.risks.models import ContextIssue, InterestedParty, Risk, Treatment

# (scope, swot, category, description)
ISSUES = (
    ("internal", "strength", "organisation", "Lãnh đạo quan tâm, chỉ đạo sát việc duy trì HTQLCL"),
    (
        "internal",
        "weakness",
        "people",
        "Bộ phận một cửa thiếu nhân sự, công chức kiêm nhiệm nhiều việc",
    ),
    (
        "internal",
        "weakness",
        "technology",
        "Đường truyền và máy tính tại bộ phận một cửa xuống cấp",
    ),
    (
        "external",
        "threat",
        "legal",
        "Văn bản pháp luật về TTHC thay đổi thường xuyên sau sắp xếp bộ máy",
    ),
    (
        "external",
        "opportunity",
        "technology",
        "Chủ trương chuyển đổi số, dịch vụ công trực tuyến toàn trình",
    ),
    (
        "external",
        "threat",
        "society",
        "Người dân, doanh nghiệp ngày càng yêu cầu cao về thời gian giải quyết",
    ),
)

# (name, scope, needs, monitoring)
PARTIES = (
    (
        "Người dân, doanh nghiệp",
        "external",
        "Hồ sơ được giải quyết đúng hạn, công khai, thủ tục đơn giản; được hướng dẫn tận tình",
        "Khảo sát sự hài lòng hằng quý; hòm thư góp ý",
    ),
    (
        "UBND tỉnh",
        "external",
        "Hoàn thành nhiệm vụ được giao, báo cáo đúng hạn, nâng cao chỉ số cải cách hành chính",
        "Báo cáo định kỳ, kết quả chấm điểm CCHC",
    ),
    (
        "Sở Khoa học và Công nghệ",
        "external",
        "HTQLCL được duy trì, cải tiến và báo cáo đúng quy định",
        "Báo cáo tình hình áp dụng HTQLCL; đoàn kiểm tra",
    ),
    (
        "Cán bộ, công chức",
        "internal",
        "Quy trình rõ ràng, được đào tạo, môi trường làm việc thuận lợi",
        "Họp giao ban, đánh giá nội bộ",
    ),
    (
        "Trung tâm Phục vụ hành chính công",
        "external",
        "Tiếp nhận, chuyển hồ sơ đầy đủ, đúng hạn; phối hợp trả kết quả",
        "Số liệu trên Hệ thống thông tin giải quyết TTHC",
    ),
)

# (kind, title, description, issue index, party index, likelihood, impact, residual L, residual I,
#  on one-door unit, treatments: ((action, days from today, status), …))
RISKS = (
    (
        "risk",
        "Hồ sơ TTHC trễ hạn do thiếu nhân sự bộ phận một cửa",
        "Số lượng hồ sơ tăng vào cuối năm trong khi bộ phận một cửa chỉ có 2 công chức; hồ sơ bị chuyển chậm sang phòng chuyên môn.",
        1,
        0,
        4,
        4,
        2,
        4,
        True,
        (
            ("Bố trí thêm 01 công chức luân phiên trực bộ phận một cửa", -20, "done"),
            (
                "Theo dõi hằng tuần hồ sơ sắp đến hạn trên hệ thống một cửa điện tử",
                -5,
                "in_progress",
            ),
            ("Xây dựng hướng dẫn kiêm nhiệm để thay thế khi công chức nghỉ phép", 25, "planned"),
        ),
    ),
    (
        "risk",
        "Thay đổi văn bản pháp luật chưa cập nhật kịp vào quy trình",
        "Quyết định công bố TTHC mới ban hành nhưng quy trình nội bộ chưa được sửa đổi, dẫn đến áp dụng sai thành phần hồ sơ, thời hạn.",
        3,
        1,
        3,
        4,
        None,
        None,
        False,
        (
            ("Phân công Thư ký ISO rà soát văn bản mới hằng tháng", -12, "in_progress"),
            (
                "Cập nhật các quy trình bị ảnh hưởng trong vòng 3 tháng kể từ ngày văn bản có hiệu lực",
                40,
                "planned",
            ),
        ),
    ),
    (
        "risk",
        "Mất, thất lạc hồ sơ giấy của người dân trong quá trình luân chuyển",
        "Hồ sơ giấy chuyển giữa bộ phận một cửa và phòng chuyên môn không có sổ giao nhận.",
        None,
        0,
        2,
        5,
        1,
        5,
        True,
        (("Lập sổ giao nhận hồ sơ và quét hồ sơ khi tiếp nhận", -40, "done"),),
    ),
    (
        "risk",
        "Hệ thống một cửa điện tử gián đoạn làm chậm tiếp nhận hồ sơ",
        "Đường truyền, máy tính tại bộ phận một cửa xuống cấp; chưa có phương án dự phòng.",
        2,
        None,
        3,
        3,
        None,
        None,
        True,
        (("Đề xuất kinh phí thay thế máy tính, nâng cấp đường truyền", -3, "planned"),),
    ),
    (
        "risk",
        "Kết quả khảo sát sự hài lòng thấp tại một số TTHC",
        "Người dân phản ánh thời gian chờ lâu và hướng dẫn chưa rõ ràng.",
        5,
        0,
        2,
        3,
        None,
        None,
        False,
        (("Niêm yết lại hướng dẫn hồ sơ mẫu cho các TTHC bị phản ánh", 15, "planned"),),
    ),
    (
        "opportunity",
        "Số hóa hồ sơ, kết quả giải quyết TTHC",
        "Tận dụng chủ trương chuyển đổi số để số hóa hồ sơ, kết quả; giảm thời gian tra cứu và lưu trữ.",
        4,
        0,
        4,
        4,
        None,
        None,
        False,
        (
            ("Số hóa kết quả giải quyết TTHC còn hiệu lực từ năm 2020", 60, "in_progress"),
            ("Tập huấn công chức ký số và lưu trữ điện tử", -8, "planned"),
        ),
    ),
    (
        "opportunity",
        "Cung cấp dịch vụ công trực tuyến toàn trình cho các TTHC có nhiều hồ sơ",
        "Chuyển các TTHC phát sinh nhiều hồ sơ sang tiếp nhận trực tuyến toàn trình.",
        4,
        4,
        3,
        4,
        None,
        None,
        False,
        (("Rà soát, đề xuất danh mục TTHC đủ điều kiện trực tuyến toàn trình", 30, "planned"),),
    ),
)


@step("risks", order=70)
def build_risks(ctx: Context, province: BuiltProvince) -> None:
    today = timezone.localdate()
    procedures = _first_tthc_procedures(ctx, province)
    built = 0
    for agency in province.agencies:
        if agency.status == "not_started" or not agency.people:
            continue
        _agency_register(ctx, agency, today, procedures.get(agency.id))
        built += 1
    ctx.stats["risk_registers"] += built


def _first_tthc_procedures(ctx: Context, province: BuiltProvince) -> dict:
    """Agency id → its first TTHC procedure (by code), from the documents step when it ran.

    The documents are still in the writer's buffer: flush it first (one query for the province)."""
    ctx.writer.flush()
    result: dict = {}
    rows = (
        Document.objects.filter(
            agency_id__in=[agency.id for agency in province.agencies],
            kind=Kind.PROCEDURE_TTHC,
        )
        .order_by("agency_id", "code")
        .values_list("agency_id", "id")
    )
    for agency_id, document_id in rows:
        result.setdefault(agency_id, document_id)
    return result


def _owners(agency: BuiltAgency) -> list:
    owners = [
        agency.people[slot] for slot in sorted(agency.people) if slot.startswith("unit_head:")
    ]
    coordinator = agency.people.get("iso") or agency.people.get("head")
    return [coordinator, *owners] if coordinator else owners


def _treatment_owner(owners: list, number: int, index: int):
    """The first action of a risk goes to a unit head (in turn), the follow-up ones to the ISO
    coordinator, so both see open and overdue actions in “Việc của tôi”."""
    heads = owners[1:] or owners
    return heads[number % len(heads)] if index == 0 else owners[0]


def _agency_register(ctx: Context, agency: BuiltAgency, today: dt.date, procedure_id) -> None:
    rng = ctx.rng("risks", agency.id)
    owners = [owner for owner in _owners(agency) if owner]
    if not owners:
        return
    coordinator = owners[0]
    one_door = next((u for u in agency.units if u.spec.kind == "one_door"), None)
    issue_ids = []
    for index, (scope, swot, category, description) in enumerate(ISSUES):
        issue_id = ctx.uuid("risk_issue", agency.id, index)
        issue_ids.append(issue_id)
        ctx.writer.add(
            ContextIssue(
                id=issue_id,
                agency_id=agency.id,
                scope=scope,
                swot=swot,
                category=category,
                description=description,
                created_by_id=coordinator,
            )
        )
    party_ids = []
    for index, (name, scope, needs, monitoring) in enumerate(PARTIES):
        party_id = ctx.uuid("risk_party", agency.id, index)
        party_ids.append(party_id)
        ctx.writer.add(
            InterestedParty(
                id=party_id,
                agency_id=agency.id,
                name=name,
                scope=scope,
                needs=needs,
                monitoring=monitoring,
                created_by_id=coordinator,
            )
        )
    for number, spec in enumerate(RISKS, start=1):
        (
            kind,
            title,
            description,
            issue,
            party,
            likelihood,
            impact,
            res_l,
            res_i,
            at_door,
            actions,
        ) = spec
        # A little variation between agencies, kept inside the scale.
        likelihood = max(1, min(5, likelihood + rng.choice((-1, 0, 0, 1))))
        score, level = DEFAULT.score(likelihood, impact)
        residual_score, residual_level = (
            DEFAULT.score(res_l, res_i) if res_l is not None and res_i is not None else (None, "")
        )
        risk_id = ctx.uuid("risk", agency.id, number)
        owner = owners[number % len(owners)]
        ctx.writer.add(
            Risk(
                id=risk_id,
                agency_id=agency.id,
                number=number,
                unit_id=one_door.id if at_door and one_door else None,
                process="Tiếp nhận và trả kết quả giải quyết TTHC" if at_door else "",
                procedure_id=procedure_id if at_door else None,
                kind=kind,
                title=title,
                description=description,
                source_issue_id=issue_ids[issue] if issue is not None else None,
                source_party_id=party_ids[party] if party is not None else None,
                likelihood=likelihood,
                impact=impact,
                score=score,
                level=level,
                residual_likelihood=res_l,
                residual_impact=res_i,
                residual_score=residual_score,
                residual_level=residual_level,
                owner_id=owner,
                review_date=today + dt.timedelta(days=rng.randint(5, 120)),
                created_by_id=coordinator,
            )
        )
        for index, (action, days, status) in enumerate(actions):
            due = today + dt.timedelta(days=days)
            ctx.writer.add(
                Treatment(
                    id=ctx.uuid("risk_treatment", agency.id, number, index),
                    risk_id=risk_id,
                    action=action,
                    owner_id=_treatment_owner(owners, number, index),
                    due_date=due,
                    status=status,
                    completed_on=due - dt.timedelta(days=2) if status == "done" else None,
                    created_by_id=coordinator,
                )
            )
