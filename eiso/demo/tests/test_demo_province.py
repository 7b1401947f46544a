"""The demo scale: what `manage.py seed_demo` builds for Hưng Yên, checked against the brief.

The demo is built once and shared (the `shared_demo` fixture, tests/support/demo.py)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pytest
from django.contrib.auth.password_validation import validate_password
from django.test import override_settings
from django.utils import translation
from vietnam_provinces import Ward

from config import settings as project_settings
from eiso.accounts.models import User
from eiso.core.models import AuditEvent
from eiso.demo.logins import DEMO_LOGINS, DEMO_PASSWORD
from eiso.documents.models import Document
from eiso.organizations.models import (
    Agency,
    AgencyKind,
    CommitteeRole,
    ISOUnit,
    Membership,
    Province,
    QMSStatus,
    RoleGrant,
    SteeringCommittee,
    SteeringMember,
    Unit,
)
from eiso.organizations.roles import Role

REAL_DEPARTMENTS = {
    "SNV": "Sở Nội vụ",
    "STC": "Sở Tài chính",
    "STP": "Sở Tư pháp",
    "SCT": "Sở Công Thương",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SXD": "Sở Xây dựng",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SYT": "Sở Y tế",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "TTr": "Thanh tra tỉnh",
}


class TestDemoProvince:
    @pytest.fixture(autouse=True)
    def _demo(self, shared_demo):
        self.output = shared_demo.output
        self.province = Province.objects.get(code=33)

    def test_the_province_is_hung_yen_overseen_by_its_dost(self):
        assert self.province.name == "Hưng Yên"
        assert self.province.full_name == "Tỉnh Hưng Yên"
        assert self.province.oversight_agency.symbol == "SKHCN"

    def test_departments_are_the_real_post_2025_list(self):
        departments = dict(
            Agency.objects.filter(kind=AgencyKind.DEPARTMENT).values_list("symbol", "name")
        )
        for symbol, name in REAL_DEPARTMENTS.items():
            assert departments[symbol] == name
        assert "Sở Dân tộc và Tôn giáo" not in departments.values()  # Hưng Yên has none
        provincial = Agency.objects.filter(parent__kind=AgencyKind.PROVINCIAL_COMMITTEE).count()
        provincial += Agency.objects.filter(kind=AgencyKind.CENTRAL_AGENCY).count()
        assert provincial >= 15
        header = Agency.objects.filter(kind=AgencyKind.DEPARTMENT).values_list(
            "governing_body", "place_name"
        )
        assert set(header) == {("UBND TỈNH HƯNG YÊN", "Hưng Yên")}

    def test_departments_have_an_office_and_professional_divisions(self):
        for agency in Agency.objects.filter(kind=AgencyKind.DEPARTMENT):
            kinds = Counter(agency.units.values_list("kind", flat=True))
            assert kinds["office"] == 1, agency
            assert kinds["division"] >= 2, agency
        one_door = Unit.objects.filter(agency__symbol="SNNMT", kind="one_door").get()
        assert one_door.parent.name == "Văn phòng Sở"
        assert one_door.path.startswith(one_door.parent.path) and one_door.depth == 1

    def test_committee_and_its_office_share_one_iso_unit(self):
        committee = Agency.objects.get(kind=AgencyKind.PROVINCIAL_COMMITTEE)
        office = Agency.objects.get(kind=AgencyKind.COMMITTEE_OFFICE)
        assert committee.iso_unit_id == office.iso_unit_id
        assert committee.governing_body == "" and office.governing_body == "UBND TỈNH HƯNG YÊN"
        assert ISOUnit.objects.count() == Agency.objects.count() - 1

    def test_sub_departments_have_their_own_iso_unit_under_their_department(self):
        subs = Agency.objects.filter(kind=AgencyKind.SUB_DEPARTMENT).select_related("parent")
        names = {a.name for a in subs}
        assert {
            "Chi cục Thủy lợi",
            "Chi cục Chăn nuôi, Thú y và Thủy sản",
            "Chi cục Dân số",
        } <= names
        for sub in subs:
            assert sub.iso_unit_id != sub.parent.iso_unit_id
            assert sub.governing_body == sub.parent.name.upper()

    def test_communes_are_real_wards_of_hung_yen(self):
        wards = {int(w.code): w for w in Ward.iter_all() if int(w.province_code) == 33}
        communes = Agency.objects.filter(kind=AgencyKind.COMMUNE_COMMITTEE).select_related(
            "iso_unit"
        )
        assert communes.count() >= 20
        for agency in communes:
            ward = wards[agency.ward_code]
            level, _, base = ward.name.partition(" ")
            if ward.name.startswith("Đặc khu"):
                level, base = "Đặc khu", ward.name.removeprefix("Đặc khu ")
            assert agency.name == f"Ủy ban nhân dân {level.lower()} {base}"
            assert agency.place_name == base
            assert agency.head_title == "Chủ tịch"
            assert agency.governing_body == ""
            assert agency.iso_unit.mandatory is False
        assert communes.get(ward_code=11953).name == "Ủy ban nhân dân phường Phố Hiến"

    def test_symbols_are_unique_in_the_province(self):
        symbols = list(Agency.objects.values_list("symbol", flat=True))
        assert len(symbols) == len(set(symbols))

    def test_about_a_hundred_people_with_every_role(self):
        assert 100 <= User.objects.count() <= 150
        granted = set(RoleGrant.objects.values_list("role", flat=True))
        assert granted == set(Role.values)
        assert RoleGrant.objects.filter(
            role=Role.SYSTEM_ADMIN, province__isnull=True, agency__isnull=True, unit__isnull=True
        ).exists()
        assert RoleGrant.objects.filter(role=Role.SYSTEM_ADMIN, province=self.province).exists()
        members = User.objects.exclude(username="admin")
        assert not members.filter(memberships__isnull=True).exists()
        assert not members.filter(active_agency__isnull=True).exists()

    def test_every_agency_head_holds_the_head_role(self):
        for agency in Agency.objects.all():
            heads = RoleGrant.objects.filter(agency=agency, role=Role.AGENCY_HEAD)
            assert heads.count() == 1, agency
            membership = Membership.objects.get(user=heads.get().user, agency=agency)
            assert membership.unit.kind == "leadership", agency
            assert membership.position, agency

    def test_every_agency_has_a_steering_committee_with_one_head(self):
        assert SteeringCommittee.objects.count() == Agency.objects.count()
        for committee in SteeringCommittee.objects.select_related("agency"):
            roles = Counter(committee.members.values_list("committee_role", flat=True))
            assert roles[CommitteeRole.HEAD] == 1, committee
            head = committee.members.get(committee_role=CommitteeRole.HEAD)
            assert RoleGrant.objects.filter(
                user=head.user, agency=committee.agency, role=Role.AGENCY_HEAD
            ).exists()
            if committee.agency.kind == AgencyKind.DEPARTMENT:
                assert roles[CommitteeRole.DEPUTY] == 1, committee
                assert roles[CommitteeRole.SECRETARY] == 1, committee
                assert roles[CommitteeRole.MEMBER] >= 1, committee
        featured = SteeringMember.objects.filter(committee__agency__symbol="SNNMT")
        assert featured.get(committee_role=CommitteeRole.HEAD).position == "Giám đốc Sở"
        assert featured.get(committee_role=CommitteeRole.DEPUTY).position == "Phó Giám đốc Sở"
        assert featured.filter(position__startswith="Trưởng phòng").count() >= 4

    def test_qms_statuses_are_varied_with_a_consistent_history(self):
        statuses = Counter(ISOUnit.objects.values_list("status", flat=True))
        assert statuses[QMSStatus.MAINTAINING] >= 10
        assert statuses[QMSStatus.NOT_STARTED] >= 1 and statuses[QMSStatus.BUILDING] >= 1
        assert ISOUnit.objects.filter(expanding_scope=True).count() >= 2
        for iso_unit in ISOUnit.objects.prefetch_related("status_changes"):
            changes = sorted(iso_unit.status_changes.all(), key=lambda c: c.changed_on)
            assert changes, iso_unit
            assert changes[-1].to_status == iso_unit.status
            assert changes[-1].changed_on == iso_unit.status_since
            assert changes[0].from_status == ""
            assert all(2019 <= c.changed_on.year <= 2026 and c.reason for c in changes)
            for before, after in pairwise(changes):
                assert after.from_status == before.to_status

    def test_agencies_and_units_have_creation_events_by_the_system(self):
        events = AuditEvent.objects.filter(action="agency.create")
        assert events.count() == Agency.objects.count()
        assert set(events.values_list("actor_id", "actor_name")) == {(None, "hệ thống")}
        assert AuditEvent.objects.filter(action="unit.create").count() == Unit.objects.count()
        event = events.get(object_id=str(self.province.oversight_agency_id))
        assert event.changes["name"] == [None, "Sở Khoa học và Công nghệ"]
        with translation.override("vi"):
            assert event.changes["kind"] == [None, str(AgencyKind.DEPARTMENT.label)]
        assert event.agency_id == self.province.oversight_agency_id
        assert event.province_id == self.province.id

    def test_demo_logins_work_with_the_demo_password(self):
        validate_password(DEMO_PASSWORD)
        for login in DEMO_LOGINS:
            user = User.objects.get(username=login.username)
            # The data was built with the project's hashers (argon2); tests default to MD5.
            with override_settings(PASSWORD_HASHERS=project_settings.PASSWORD_HASHERS):
                assert user.check_password(DEMO_PASSWORD), login.username
            assert RoleGrant.objects.filter(user=user, role=login.role).exists(), login.username
            validate_password(DEMO_PASSWORD, user)
        auditor = User.objects.get(username="danhgia")
        assert set(auditor.memberships.values_list("agency__symbol", flat=True)) == {
            "SNNMT",
            "CCTL",
        }
        assert User.objects.get(username="chutich").active_agency.ward_code == 11953
        staff = Membership.objects.get(user__username="chuyenvien")
        assert staff.unit.name == "Phòng Quản lý đất đai"
        assert staff.position == "Chuyên viên Phòng Quản lý đất đai"

    def test_summary_lists_counts_and_the_demo_logins(self):
        text = self.output
        assert "Đã tạo dữ liệu mẫu" in text
        assert "cơ quan, đơn vị" in text
        documents = re.search(r"^ +([\d.]+) tài liệu kiểm soát$", text, flags=re.M)
        assert documents and int(documents.group(1).replace(".", "")) == Document.objects.count()
        assert DEMO_PASSWORD in text
        for login in DEMO_LOGINS:
            assert f"  {login.username} " in text
