"""Steering committee services: members, order, rules, the decision and its audit trail."""

import pytest
from django.utils import timezone

from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent, IssuedNumber
from eiso.organizations import events
from eiso.organizations.models import CommitteeRole, SteeringDecision, SteeringMember
from eiso.organizations.steering import services

HEAD, DEPUTY, SECRETARY, MEMBER = (
    CommitteeRole.HEAD,
    CommitteeRole.DEPUTY,
    CommitteeRole.SECRETARY,
    CommitteeRole.MEMBER,
)
BASES = [
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Hưng Yên",
]


def issue_date():
    return timezone.localdate().replace(month=3, day=5)


def add(personas, role, name="", position="Chuyên viên", user=None, actor=None):
    return services.member_add(
        actor=actor or personas.iso,
        agency=personas.world.agency,
        committee_role=role,
        full_name=name,
        position=position,
        user=user,
    )


def full_committee(personas):
    return [
        add(personas, HEAD, user=personas.head, position="Giám đốc Sở"),
        add(personas, DEPUTY, "Đỗ Văn Khải", "Phó Giám đốc Sở"),
        add(personas, SECRETARY, position="", user=personas.iso),
        add(personas, MEMBER, "Phạm Minh Đức", "Trưởng phòng Kế hoạch - Tài chính"),
    ]


def issue(personas, **overrides):
    values = {
        "actor": personas.iso,
        "agency": personas.world.agency,
        "kind": SteeringDecision.Kind.ESTABLISH,
        "issued_on": issue_date(),
        "signer_name": "Phạm Văn Giám",
        "signer_title": "Giám đốc",
        "signing_authority": "",
        "legal_bases": BASES,
        "proposer": "Chánh Văn phòng Sở",
    }
    values.update(overrides)
    return services.decision_issue(**values)


def _events(action):
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


# Members -------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_add_member_fills_name_and_position_from_the_linked_person_and_audits(personas):
    member = add(personas, SECRETARY, position="", user=personas.iso)
    assert (member.full_name, member.position, member.order) == (
        "Hoàng Thị Thư",
        "Chuyên viên Văn phòng",
        1,
    )
    second = add(personas, MEMBER, "Phạm Minh Đức")
    assert second.order == 2
    [event] = _events(events.STEERING_MEMBER_ADD)[:1]
    assert event.object_type == "organizations.steeringmember"
    assert event.agency_id == personas.world.agency.pk
    assert event.changes == {
        "full_name": [None, "Hoàng Thị Thư"],
        "position": [None, "Chuyên viên Văn phòng"],
        "committee_role": [None, "Thư ký"],
        "user": [None, "Hoàng Thị Thư"],
        "order": [None, 1],
        "is_active": [None, True],
    }


@pytest.mark.django_db
def test_a_second_head_is_refused_naming_the_current_one(personas):
    add(personas, HEAD, user=personas.head, position="Giám đốc Sở")
    with pytest.raises(DomainError) as error:
        add(personas, HEAD, "Đỗ Văn Khải")
    assert error.value.field == "committee_role"
    assert "Phạm Văn Giám" in str(error.value.message)
    assert "Trưởng ban" in str(error.value.message) or "head" in str(error.value.message)
    assert SteeringMember.objects.count() == 1


@pytest.mark.django_db
def test_linked_person_must_work_in_the_agency_and_be_there_once(personas):
    with pytest.raises(DomainError) as outsider:
        add(personas, MEMBER, user=personas.other_agency)
    assert outsider.value.field == "user"
    add(personas, MEMBER, user=personas.staff)
    with pytest.raises(DomainError) as twice:
        add(personas, SECRETARY, user=personas.staff)
    assert twice.value.field == "user"
    assert SteeringMember.objects.count() == 1


@pytest.mark.django_db
def test_name_and_position_are_required_without_a_person(personas):
    with pytest.raises(DomainError) as error:
        add(personas, MEMBER, "", "")
    assert error.value.field == "full_name"
    with pytest.raises(DomainError) as role:
        add(personas, "chairman", "Ai Đó")
    assert role.value.field == "committee_role"


@pytest.mark.django_db
def test_update_records_only_what_changed(personas):
    member = add(personas, MEMBER, "Phạm Minh Đức", "Trưởng phòng")
    services.member_update(
        actor=personas.head,
        member=member,
        committee_role=DEPUTY,
        full_name="Phạm Minh Đức",
        position="Phó Giám đốc Sở",
    )
    member.refresh_from_db()
    assert (member.committee_role, member.position) == (DEPUTY, "Phó Giám đốc Sở")
    [event] = _events(events.STEERING_MEMBER_UPDATE)
    assert event.actor == personas.head
    assert event.changes == {
        "position": ["Trưởng phòng", "Phó Giám đốc Sở"],
        "committee_role": ["Thành viên", "Phó Trưởng ban"],
    }


@pytest.mark.django_db
def test_remove_deactivates_and_keeps_the_row(personas):
    member = add(personas, MEMBER, "Phạm Minh Đức")
    services.member_remove(actor=personas.iso, member=member)
    member.refresh_from_db()
    assert member.is_active is False
    [event] = _events(events.STEERING_MEMBER_REMOVE)
    assert event.changes == {"is_active": [True, False]}
    with pytest.raises(DomainError):
        services.member_remove(actor=personas.iso, member=member)


@pytest.mark.django_db
def test_move_swaps_neighbours_and_audits_both(personas):
    first, second, third, fourth = full_committee(personas)
    services.member_move(actor=personas.iso, member=third, direction="up")
    order = list(
        SteeringMember.objects.filter(is_active=True)
        .order_by("order")
        .values_list("full_name", flat=True)
    )
    assert order == ["Phạm Văn Giám", "Hoàng Thị Thư", "Đỗ Văn Khải", "Phạm Minh Đức"]
    moves = _events(events.STEERING_MEMBER_UPDATE)
    assert sorted((e.object_repr.split(" (")[0], e.changes["order"]) for e in moves) == [
        ("Hoàng Thị Thư", [3, 2]),
        ("Đỗ Văn Khải", [2, 3]),
    ]
    with pytest.raises(DomainError):
        services.member_move(actor=personas.iso, member=first, direction="up")
    with pytest.raises(DomainError):
        services.member_move(actor=personas.iso, member=fourth, direction="down")
    with pytest.raises(DomainError):
        services.member_move(actor=personas.iso, member=second, direction="sideways")


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["staff", "unit_head", "auditor", "dost", "other_agency"])
def test_only_managers_change_the_committee(personas, persona):
    with pytest.raises(PermissionDenied):
        add(personas, MEMBER, "Phạm Minh Đức", actor=personas[persona])
    assert SteeringMember.objects.count() == 0
    assert AuditEvent.objects.count() == 0


@pytest.mark.django_db
def test_committee_update_stores_duties_one_per_line(personas):
    committee = services.committee_update(
        actor=personas.head,
        agency=personas.world.agency,
        name="Ban chỉ đạo ISO",
        duties="  Chỉ đạo xây dựng HTQLCL \n\n Tổ chức đánh giá nội bộ ",
    )
    assert committee.duties == "Chỉ đạo xây dựng HTQLCL\nTổ chức đánh giá nội bộ"
    [event] = _events(services.COMMITTEE_UPDATE)
    assert event.changes == {"duties": ["", "Chỉ đạo xây dựng HTQLCL\nTổ chức đánh giá nội bộ"]}


# Decision ------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_decision_needs_one_head_and_a_secretary(personas):
    add(personas, MEMBER, "Phạm Minh Đức")
    with pytest.raises(DomainError) as error:
        issue(personas)
    message = str(error.value.message)
    assert "đúng một Trưởng ban" in message
    assert "ít nhất một Thư ký" in message
    assert SteeringDecision.objects.count() == 0
    assert IssuedNumber.objects.count() == 0


@pytest.mark.django_db
def test_decision_refuses_placeholders_and_another_year(personas):
    full_committee(personas)
    with pytest.raises(DomainError) as placeholder:
        issue(personas, legal_bases=["Căn cứ Quyết định số …/QĐ-UBND ngày …"])
    assert placeholder.value.field == "legal_bases"
    with pytest.raises(DomainError) as year:
        issue(personas, issued_on=issue_date().replace(year=issue_date().year - 1))
    assert year.value.field == "issued_on"
    with pytest.raises(DomainError) as authority:
        issue(personas, signing_authority="XYZ.")
    assert authority.value.field == "signing_authority"
    assert SteeringDecision.objects.count() == 0
    assert IssuedNumber.objects.count() == 0


@pytest.mark.django_db
def test_issue_takes_a_number_stores_the_content_and_audits(personas):
    full_committee(personas)
    decision = issue(personas)
    assert (decision.number, decision.symbol) == (1, "01/QĐ-SGDĐT")
    decision.refresh_from_db()
    members = decision.members_snapshot
    assert [m["full_name"] for m in members] == [
        "Phạm Văn Giám",
        "Đỗ Văn Khải",
        "Hoàng Thị Thư",
        "Phạm Minh Đức",
    ]
    assert members[0]["committee_role"] == HEAD
    assert members[0]["user_id"] == str(personas.head.pk)
    content = decision.content
    assert "members" not in content
    assert content["version"] == 2
    assert content["issuer"]["name"] == "Sở Giáo dục và Đào tạo"
    assert content["issuer"]["oversight_agency"] == "Sở Khoa học và Công nghệ"
    assert content["legal_bases"] == BASES
    assert content["proposer"] == "Chánh Văn phòng Sở"
    assert content["committee_name"] == "Ban chỉ đạo ISO"
    assert content["duties"][0].startswith("Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến")
    assert content["replaces"] == ""
    issued = IssuedNumber.objects.get()
    assert (issued.object_type, issued.object_id) == (
        "organizations.steeringdecision",
        str(decision.pk),
    )
    [event] = _events(events.STEERING_DECISION_ISSUE)
    assert event.changes["symbol"] == [None, "01/QĐ-SGDĐT"]
    assert event.changes["kind"] == [None, "Thành lập"]
    assert event.changes["members"][1] == [
        "Phạm Văn Giám",
        "Đỗ Văn Khải",
        "Hoàng Thị Thư",
        "Phạm Minh Đức",
    ]


@pytest.mark.django_db
def test_a_reorganisation_replaces_the_previous_decision(personas):
    full_committee(personas)
    first = issue(personas)
    second = issue(personas, kind=SteeringDecision.Kind.REORGANISE)
    assert second.symbol == "02/QĐ-SGDĐT"
    expected = f"01/QĐ-SGDĐT ngày {first.issued_on:%d/%m/%Y}"
    assert second.content["replaces"] == expected


@pytest.mark.django_db
def test_only_managers_issue(personas):
    full_committee(personas)
    with pytest.raises(PermissionDenied):
        issue(personas, actor=personas.staff)
    assert SteeringDecision.objects.count() == 0
