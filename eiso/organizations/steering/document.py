"""The steering-committee decision as an official document (NĐ 30/2020), from what it stored.

"QUYẾT ĐỊNH Về việc thành lập (kiện toàn) Ban chỉ đạo … ISO …": the head's authority line, the
legal bases and the proposal, Điều 1 (establish; members in the appendix), Điều 2 (duties),
Điều 3 (effect and who implements), Nơi nhận ending "Lưu: VT, VP.", the signature, and the
appendix "Danh sách thành viên Ban chỉ đạo ISO" (TT | Họ và tên | Chức vụ | Nhiệm vụ trong Ban).
The wording is Vietnamese whatever the interface language: it is a legal text.
"""

from __future__ import annotations

from eiso.core import documents as docs
from eiso.organizations.models import AgencyKind, CommitteeRole, SteeringDecision
from eiso.organizations.steering import content as decision_content
from eiso.organizations.steering.services import summary_of

# How each role is written in the member list of the decision.
ROLE_IN_DOCUMENT = {
    CommitteeRole.HEAD: "Trưởng ban",
    CommitteeRole.DEPUTY: "Phó Trưởng ban",
    CommitteeRole.SECRETARY: "Thư ký",
    CommitteeRole.MEMBER: "Thành viên",
}
QMS_NAME = (
    "Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu "
    "chuẩn quốc gia TCVN ISO 9001:2015"
)
COLLECTIVE_BODIES = (AgencyKind.PROVINCIAL_COMMITTEE, AgencyKind.COMMUNE_COMMITTEE)


def content_of(decision: SteeringDecision) -> decision_content.DecisionContent:
    """The decision's stored content; a content without issuer data falls back to the agency."""
    agency = decision.committee.agency
    fallback = decision_content.Issuer(
        name=agency.name,
        parent=agency.governing_body,
        place=agency.place_name,
        symbol=agency.symbol,
        kind=agency.kind,
        head_title=agency.head_title,
    )
    return decision_content.read_content(
        decision.members_snapshot, decision.content, fallback_issuer=fallback
    )


def _signature(decision: SteeringDecision, issuer: decision_content.Issuer) -> docs.Signature:
    authority = decision.signing_authority
    if authority == "TM.":
        # "TM. ỦY BAN NHÂN DÂN": on behalf of the collective body.
        body = "Ủy ban nhân dân" if issuer.kind in COLLECTIVE_BODIES else issuer.name
        return docs.Signature(decision.signer_title, decision.signer_name, f"TM. {body}")
    if authority == "Q.":
        return docs.Signature(f"Q. {issuer.head_title}", decision.signer_name)
    if authority:
        return docs.Signature(
            decision.signer_title, decision.signer_name, f"{authority} {issuer.head_title}"
        )
    return docs.Signature(decision.signer_title, decision.signer_name)


def _articles(decision, content) -> list[docs.Article]:
    verb = "Kiện toàn" if decision.kind == SteeringDecision.Kind.REORGANISE else "Thành lập"
    letters = "abcdefghiklmnopqrstuvxy"
    duties = [
        f"{letters[i % len(letters)]}) {duty.rstrip(' ;.')}"
        + (";" if i < len(content.duties) - 1 else ".")
        for i, duty in enumerate(content.duties)
    ]
    effect = "Quyết định này có hiệu lực kể từ ngày ký"
    if content.replaces:
        effect += f" và thay thế Quyết định số {content.replaces}"
    return [
        docs.Article(
            1,
            f"{verb} {QMS_NAME} của {content.issuer.name} (sau đây gọi tắt là Ban chỉ đạo ISO) "
            "gồm các ông (bà) có tên trong danh sách kèm theo Quyết định này.",
        ),
        docs.Article(
            2,
            [
                "Ban chỉ đạo ISO có nhiệm vụ:",
                *duties,
                "Trưởng ban phân công nhiệm vụ cụ thể cho các thành viên. Ban chỉ đạo ISO "
                "làm việc theo chế độ kiêm nhiệm.",
            ],
        ),
        docs.Article(
            3,
            f"{effect}. {content.proposer}, Thủ trưởng các đơn vị có liên quan và các ông (bà) có "
            "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ]


def _member_table(content) -> docs.Table:
    return docs.Table(
        (
            docs.Column("TT", 0.5, docs.Align.CENTER),
            docs.Column("Họ và tên", 2),
            docs.Column("Chức vụ", 2.4),
            docs.Column("Nhiệm vụ trong Ban", 1.8),
        ),
        [
            (
                str(index),
                member.full_name,
                member.position,
                ROLE_IN_DOCUMENT.get(member.committee_role, member.committee_role),
            )
            for index, member in enumerate(content.members, start=1)
        ],
        font_size=13,
    )


def build_decision(decision: SteeringDecision) -> docs.OfficialDocument:
    """The official document of a decision, reproducible from what was stored when it was issued."""
    content = content_of(decision)
    issuer = content.issuer
    recipients = ["Như Điều 3"]
    if issuer.oversight_agency:
        recipients.append(issuer.oversight_agency)
    return docs.OfficialDocument(
        issuer=docs.Issuer(issuer.name, parent=issuer.parent),
        doc_type="Quyết định",
        summary=summary_of(decision.kind, issuer.name),
        number_symbol=decision.symbol,
        place=issuer.place,
        issued_on=decision.issued_on,
        body=(
            docs.CenteredLine(f"{issuer.head_title} {issuer.name}".upper()),
            docs.LegalBases((*content.legal_bases, f"Xét đề nghị của {content.proposer}")),
            docs.CenteredLine("QUYẾT ĐỊNH:"),
            *_articles(decision, content),
        ),
        signature=_signature(decision, issuer),
        recipients=docs.Recipients(recipients, archive=["VT", "VP"]),
        appendices=(
            docs.Appendix("Danh sách thành viên Ban chỉ đạo ISO", [_member_table(content)]),
        ),
        author=issuer.name,
    )


def filename(decision: SteeringDecision, extension: str) -> str:
    symbol = decision.symbol.replace("/", "-")
    return f"Quyết định {symbol} Ban chỉ đạo ISO.{extension}"


def render(decision: SteeringDecision, extension: str) -> bytes:
    document = build_decision(decision)
    if extension == "pdf":
        return docs.render_pdf(document)
    return docs.render_docx(document)
