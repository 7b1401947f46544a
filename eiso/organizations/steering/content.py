"""What a steering-committee decision says, as stored with it.

The decision is reproducible: everything printed is copied into the decision when it is issued,
so later edits to the agency or the committee never change a past decision. The members are
stored in `SteeringDecision.members_snapshot` (a list of rows), everything else (issuer, legal
bases, proposer, committee name, duties, the decision replaced) in `SteeringDecision.content`.
A decision whose content is empty (one stored before the content was kept) is read with the
agency's current data and the default duties.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from eiso.organizations.models import AgencyKind

# Version 1 kept the members inside the content, in `members_snapshot` (see migration 0002).
CONTENT_VERSION = 2

# The committee's duties printed in Điều 2 when the committee has none of its own (TT 26/2014
# Art. 7 and QĐ 19/2014 Art. 4: build, apply, maintain and improve the QMS).
DEFAULT_DUTIES = (
    "Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn "
    "quốc gia TCVN ISO 9001:2015 vào hoạt động của cơ quan",
    "Tổ chức đánh giá nội bộ và xem xét của lãnh đạo ít nhất một lần trong năm; chỉ đạo thực "
    "hiện hành động khắc phục các điểm không phù hợp",
    "Cập nhật kịp thời các thay đổi của văn bản quy phạm pháp luật vào Hệ thống quản lý chất "
    "lượng; công bố lại khi có sự điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng",
    "Báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo "
    "quy định",
)


# The legal bases every steering-committee decision cites (the agency's own functions decision is
# added as an editable line: its number and date differ per agency).
NATIONAL_LEGAL_BASES = (
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng "
    "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của "
    "các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
    "Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ trưởng Bộ Khoa học và Công nghệ "
    "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg",
)


def default_legal_bases(province_name: str, agency_name: str) -> list[str]:
    """The national bases and a line for the agency's functions decision, "…" left to fill in."""
    province = province_name[:1].lower() + province_name[1:]
    functions = (
        f"Căn cứ Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân {province} quy định chức "
        f"năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {agency_name}"
    )
    return [*NATIONAL_LEGAL_BASES, functions]


def default_proposer(agency_kind: str) -> str:
    """Who proposes the decision: the office head ("Chánh Văn phòng Sở" in a department)."""
    return "Chánh Văn phòng Sở" if agency_kind == AgencyKind.DEPARTMENT else "Chánh Văn phòng"


@dataclass(frozen=True)
class MemberLine:
    full_name: str
    position: str
    committee_role: str
    user_id: str = ""


@dataclass(frozen=True)
class Issuer:
    name: str
    parent: str = ""
    place: str = ""
    symbol: str = ""
    kind: str = ""
    head_title: str = ""
    oversight_agency: str = ""


@dataclass(frozen=True)
class DecisionContent:
    issuer: Issuer
    members: tuple[MemberLine, ...]
    legal_bases: tuple[str, ...] = ()
    proposer: str = ""
    committee_name: str = "Ban chỉ đạo ISO"
    duties: tuple[str, ...] = DEFAULT_DUTIES
    replaces: str = ""

    def members_json(self) -> list[dict[str, str]]:
        """The rows stored in `SteeringDecision.members_snapshot`."""
        return _lists([asdict(member) for member in self.members])

    def content_json(self) -> dict[str, Any]:
        """Everything else, stored in `SteeringDecision.content`."""
        data = _lists(asdict(self))
        del data["members"]
        data["version"] = CONTENT_VERSION
        return data


def _lists(value: Any) -> Any:
    """Tuples as lists, so the in-memory snapshot equals what the JSON column gives back."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value


def _members(rows) -> tuple[MemberLine, ...]:
    return tuple(
        MemberLine(
            full_name=row.get("full_name", ""),
            position=row.get("position", ""),
            committee_role=row.get("committee_role", ""),
            user_id=row.get("user_id", "") or "",
        )
        for row in rows or []
    )


def read_content(
    members: list[dict[str, Any]], content: dict[str, Any], *, fallback_issuer: Issuer
) -> DecisionContent:
    """A decision's stored members and content; missing parts of the content get defaults."""
    data = dict(content or {})
    issuer = data.get("issuer") or {}
    return DecisionContent(
        issuer=Issuer(**{k: issuer.get(k, "") for k in Issuer.__dataclass_fields__})
        if issuer
        else fallback_issuer,
        members=_members(members),
        legal_bases=tuple(data.get("legal_bases") or ()),
        proposer=data.get("proposer", ""),
        committee_name=data.get("committee_name") or "Ban chỉ đạo ISO",
        duties=tuple(data.get("duties") or DEFAULT_DUTIES),
        replaces=data.get("replaces", ""),
    )
