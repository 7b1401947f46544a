"""Steering committee pages: permission matrix for every endpoint, forms, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.core.models import AuditEvent, IssuedNumber
from eiso.organizations.models import CommitteeRole, SteeringDecision, SteeringMember
from eiso.organizations.steering import services
from eiso.organizations.tests.test_steering_services import BASES, add, full_committee, issue
from eiso.organizations.tests.test_steering_services import issue_date as _issue_date
from tests.support.matrix import check_matrix

READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
MANAGERS = {"admin", "province_admin", "head", "iso"}


def url(name, agency, *args):
    return reverse(f"organizations:{name}", args=[agency.pk, *args])


def state():
    members = SteeringMember.objects.values_list(
        "id", "full_name", "position", "committee_role", "order", "is_active"
    )
    return (
        sorted(members),
        sorted(SteeringDecision.objects.values_list("id", "symbol")),
        AuditEvent.objects.count(),
        IssuedNumber.objects.count(),
    )


def decision_post(**overrides):
    data = {
        "kind": SteeringDecision.Kind.ESTABLISH,
        "issued_on": _issue_date().strftime("%d/%m/%Y"),
        "signing_authority": "",
        "signer_title": "Giám đốc",
        "signer_name": "Phạm Văn Giám",
        "proposer": "Chánh Văn phòng Sở",
        "legal_bases": "\n".join(BASES),
    }
    data.update(overrides)
    return data


# Page ----------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_page_lists_members_in_order_with_roles_and_decisions(client, personas):
    agency = personas.world.agency
    full_committee(personas)
    issue(personas)
    client.force_login(personas.staff)
    response = client.get(url("steering", agency))
    assert response.status_code == 200
    html = response.content.decode()
    names = ["Phạm Văn Giám", "Đỗ Văn Khải", "Hoàng Thị Thư", "Phạm Minh Đức"]
    positions = [html.index(name) for name in names]
    assert positions == sorted(positions)
    for label in ("Trưởng ban", "Phó Trưởng ban", "Thư ký", "Thành viên"):
        assert label in html
    assert "01/QĐ-SGDĐT" in html
    assert (
        url("steering_decision_download", agency, SteeringDecision.objects.get().pk, "pdf") in html
    )
    # Staff read, but see no change buttons.
    assert url("steering_member_add", agency) not in html
    assert "Ban chỉ đạo ISO" in html


@pytest.mark.django_db
def test_page_explains_what_blocks_the_decision(client, personas):
    agency = personas.world.agency
    add(personas, CommitteeRole.MEMBER, "Phạm Minh Đức")
    client.force_login(personas.iso)
    html = client.get(url("steering", agency)).content.decode()
    assert "Ban chỉ đạo phải có đúng một Trưởng ban." in html
    assert "Ban chỉ đạo phải có ít nhất một Thư ký." in html
    assert url("steering_decision_issue", agency) not in html


@pytest.mark.django_db
def test_matrix_page(client, personas):
    full_committee(personas)
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("steering", personas.world.agency)),
        allowed=READERS,
        state=state,
    )
    assert (results["other_agency"], results["other_province"]) == (404, 404)


def _page_queries(client, personas, members, decisions):
    agency = personas.world.agency
    for index in range(members):
        add(personas, CommitteeRole.MEMBER, f"Thành viên {index:03d}", "Chuyên viên")
    for _ in range(decisions):
        issue(personas)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("steering", agency))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_page_query_count_does_not_grow(client, personas):
    add(personas, CommitteeRole.HEAD, user=personas.head, position="Giám đốc Sở")
    add(personas, CommitteeRole.SECRETARY, user=personas.iso)
    client.force_login(personas.iso)
    small = _page_queries(client, personas, 2, 1)
    large = _page_queries(client, personas, 40, 6)
    assert small == large


# Members -------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_matrix_member_add(client, personas):
    agency = personas.world.agency
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("steering_member_add", agency)),
        allowed=MANAGERS,
    )
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url("steering_member_add", agency),
            {"full_name": f"Người {p}", "position": "Chuyên viên", "committee_role": "member"},
        ),
        allowed=MANAGERS,
        state=state,
    )
    # Readers of the agency are refused (403); outsiders do not even see it (404).
    assert {results[p] for p in ("dost", "inspector", "unit_head", "auditor", "staff")} == {403}
    assert (results["other_agency"], results["other_province"]) == (404, 404)
    names = set(SteeringMember.objects.values_list("full_name", flat=True))
    assert names == {f"Người {p}" for p in MANAGERS}


@pytest.mark.django_db
def test_add_form_keeps_input_and_shows_the_rule(client, personas):
    agency = personas.world.agency
    add(personas, CommitteeRole.HEAD, user=personas.head, position="Giám đốc Sở")
    client.force_login(personas.iso)
    response = client.post(
        url("steering_member_add", agency),
        {"full_name": "Đỗ Văn Khải", "position": "Phó Giám đốc Sở", "committee_role": "head"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ban chỉ đạo đã có Trưởng ban (Phạm Văn Giám)" in html
    assert 'value="Đỗ Văn Khải"' in html
    assert 'value="Phó Giám đốc Sở"' in html
    assert SteeringMember.objects.count() == 1


@pytest.mark.django_db
def test_add_form_offers_only_people_of_the_agency(client, personas):
    client.force_login(personas.iso)
    response = client.get(url("steering_member_add", personas.world.agency))
    people = list(response.context["form"].fields["user"].queryset)
    assert personas.staff in people and personas.head in people
    assert personas.other_agency not in people and personas.admin not in people
    bad = client.post(
        url("steering_member_add", personas.world.agency),
        {"user": str(personas.other_agency.pk), "committee_role": "member"},
    )
    assert bad.status_code == 200
    assert SteeringMember.objects.count() == 0


@pytest.mark.django_db
def test_matrix_member_edit(client, personas):
    agency = personas.world.agency
    member = add(personas, CommitteeRole.MEMBER, "Phạm Minh Đức", "Trưởng phòng")
    edit_url = url("steering_member_edit", agency, member.pk)
    check_matrix(personas, client, request=lambda c, p: c.get(edit_url), allowed=MANAGERS)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            edit_url,
            {"full_name": "Phạm Minh Đức", "position": f"Vị trí {p}", "committee_role": "member"},
        ),
        allowed=MANAGERS,
        state=state,
    )
    member.refresh_from_db()
    assert member.position.startswith("Vị trí ")


@pytest.mark.django_db
def test_matrix_member_remove(client, personas):
    agency = personas.world.agency
    members = {
        name: add(personas, CommitteeRole.MEMBER, f"Người {name}") for name in personas.names()
    }
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url("steering_member_remove", agency, members[p].pk)),
        allowed=MANAGERS,
        state=state,
    )
    removed = set(
        SteeringMember.objects.filter(is_active=False).values_list("full_name", flat=True)
    )
    assert removed == {f"Người {p}" for p in MANAGERS}


@pytest.mark.django_db
def test_removing_twice_is_not_found(client, personas):
    member = add(personas, CommitteeRole.MEMBER, "Phạm Minh Đức")
    client.force_login(personas.iso)
    remove = url("steering_member_remove", personas.world.agency, member.pk)
    assert client.post(remove).status_code == 302
    assert client.post(remove).status_code == 404
    assert client.get(remove).status_code == 405


@pytest.mark.django_db
def test_matrix_member_move(client, personas):
    agency = personas.world.agency
    _first, second, *_ = full_committee(personas)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url("steering_member_move", agency, second.pk), {"direction": "up"}
        ),
        allowed=MANAGERS,
        state=state,
    )


@pytest.mark.django_db
def test_move_shows_a_message_at_the_end_of_the_list(client, personas):
    first, *_ = full_committee(personas)
    client.force_login(personas.iso)
    response = client.post(
        url("steering_member_move", personas.world.agency, first.pk),
        {"direction": "up"},
        follow=True,
    )
    assert "Thành viên đã ở đầu hoặc cuối danh sách." in response.content.decode()


@pytest.mark.django_db
def test_matrix_committee_edit(client, personas):
    agency = personas.world.agency
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("steering_edit", agency)),
        allowed=MANAGERS,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url("steering_edit", agency), {"name": "Ban chỉ đạo ISO", "duties": f"Nhiệm vụ {p}"}
        ),
        allowed=MANAGERS,
        state=lambda: (state(), list(AuditEvent.objects.values_list("changes", flat=True))),
    )


# Decision ------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_issue_form_is_prefilled(client, personas):
    agency = personas.world.agency
    full_committee(personas)
    client.force_login(personas.iso)
    response = client.get(url("steering_decision_issue", agency))
    initial = response.context["form"].initial
    assert initial["kind"] == SteeringDecision.Kind.ESTABLISH
    assert initial["signer_name"] == "Phạm Văn Giám"
    assert initial["signer_title"] == "Giám đốc"
    assert initial["proposer"] == "Chánh Văn phòng Sở"
    lines = initial["legal_bases"].splitlines()
    assert lines[0].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014")
    assert lines[2] == (
        "Căn cứ Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh Hưng Yên quy định chức "
        "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo"
    )
    issue(personas)
    again = client.get(url("steering_decision_issue", agency))
    assert again.context["form"].initial["kind"] == SteeringDecision.Kind.REORGANISE


@pytest.mark.django_db
def test_issue_with_placeholder_keeps_input_and_says_what_to_fix(client, personas):
    agency = personas.world.agency
    full_committee(personas)
    client.force_login(personas.iso)
    bases = "Căn cứ Quyết định số …/QĐ-UBND ngày …"
    response = client.post(url("steering_decision_issue", agency), decision_post(legal_bases=bases))
    assert response.status_code == 200
    html = response.content.decode()
    assert "thay mọi dấu “…”" in html
    assert bases in html
    assert SteeringDecision.objects.count() == 0


@pytest.mark.django_db
def test_issue_with_a_bad_date_is_a_form_error(client, personas):
    full_committee(personas)
    client.force_login(personas.iso)
    response = client.post(
        url("steering_decision_issue", personas.world.agency), decision_post(issued_on="31/02/2026")
    )
    assert response.status_code == 200
    assert 'value="31/02/2026"' in response.content.decode()
    assert SteeringDecision.objects.count() == 0


@pytest.mark.django_db
def test_matrix_decision_issue(client, personas):
    agency = personas.world.agency
    full_committee(personas)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("steering_decision_issue", agency)),
        allowed=MANAGERS,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url("steering_decision_issue", agency), decision_post()),
        allowed=MANAGERS,
        state=state,
    )
    symbols = sorted(SteeringDecision.objects.values_list("symbol", flat=True))
    assert symbols == ["01/QĐ-SGDĐT", "02/QĐ-SGDĐT", "03/QĐ-SGDĐT", "04/QĐ-SGDĐT"]


@pytest.mark.django_db
def test_matrix_decision_download(client, personas):
    agency = personas.world.agency
    full_committee(personas)
    decision = issue(personas)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url("steering_decision_download", agency, decision.pk, "docx")),
        allowed=READERS,
        state=state,
    )


@pytest.mark.django_db
def test_download_of_another_agency_decision_is_not_found(client, personas):
    full_committee(personas)
    decision = issue(personas)
    services.member_add(
        actor=personas.other_agency,
        agency=personas.world.other_agency,
        committee_role=CommitteeRole.MEMBER,
        full_name="Người Khác",
        position="Chuyên viên",
    )
    client.force_login(personas.other_agency)
    wrong = url("steering_decision_download", personas.world.other_agency, decision.pk, "pdf")
    assert client.get(wrong).status_code == 404
    bad_id = f"/to-chuc/{personas.world.agency.pk}/ban-chi-dao/quyet-dinh/x/tai-ve.pdf"
    client.force_login(personas.iso)
    assert client.get(bad_id).status_code == 404
