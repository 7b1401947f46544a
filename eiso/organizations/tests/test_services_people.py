"""People services: create a person with an invitation e-mail, change position, end membership."""

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.test import override_settings
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode

from eiso.accounts.models import User
from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.organizations import events, services
from eiso.organizations.models import Membership, RoleGrant
from eiso.organizations.roles import Role
from tests.support.world import grant

IMMEDIATE_TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "email"],
    }
}


@override_settings(TASKS=IMMEDIATE_TASKS, SITE_URL="https://eiso.hungyen.gov.vn")
def test_person_create_sends_vietnamese_invitation_after_commit(
    personas, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        membership = services.person_create(
            actor=personas.iso,
            agency=world.agency,
            full_name="  Lương  Thị Hoa ",
            email="Hoa.LT@HungYen.gov.vn",
            unit=world.office,
            position="Văn thư",
        )
        assert len(mail.outbox) == 0  # nothing leaves before the commit
    assert len(callbacks) == 1
    user = membership.user
    assert (user.full_name, user.email, user.username) == (
        "Lương Thị Hoa",
        "hoa.lt@hungyen.gov.vn",
        "hoa.lt",
    )
    assert not user.has_usable_password()
    assert (membership.unit, membership.position, user.active_agency) == (
        world.office,
        "Văn thư",
        world.agency,
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["hoa.lt@hungyen.gov.vn"]
    assert message.subject == "Tài khoản eiso của bạn tại Sở Giáo dục và Đào tạo"
    assert "Kính gửi Lương Thị Hoa," in message.body
    assert "Tên đăng nhập của bạn: hoa.lt" in message.body
    link = next(line for line in message.body.splitlines() if line.startswith("https://"))
    assert link.startswith("https://eiso.hungyen.gov.vn/tai-khoan/dat-lai-mat-khau/")
    uidb64, token = link.rstrip("/").split("/")[-2:]
    assert force_str(urlsafe_base64_decode(uidb64)) == str(user.pk)
    assert default_token_generator.check_token(user, token)
    event = AuditEvent.objects.get(action=events.MEMBERSHIP_CREATE)
    assert event.changes == {
        "user": [None, "Lương Thị Hoa"],
        "agency": [None, "Sở Giáo dục và Đào tạo"],
        "unit": [None, "Văn phòng Sở"],
        "position": [None, "Văn thư"],
        "is_active": [None, True],
        "username": [None, "hoa.lt"],
        "email": [None, "hoa.lt@hungyen.gov.vn"],
        "invitation": [None, True],
    }


def test_person_create_without_invitation_and_unique_login_names(
    personas, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        first = services.person_create(
            actor=personas.head,
            agency=world.agency,
            full_name="Trần Văn An",
            email="gd.giamdoc@other.vn",
            send_invitation=False,
        )
    assert callbacks == [] and mail.outbox == []
    assert first.user.username == "gd.giamdoc2"  # "gd.giamdoc" is taken


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            {"email": "GD.THUKY@example.gov.vn"},
            "email",
            "Hoàng Thị Thư đã công tác tại cơ quan này.",
        ),
        ({"email": "khong-phai-email"}, "email", "Hãy nhập địa chỉ e-mail hợp lệ."),
        (
            {"username": "Trần An"},
            "username",
            "Tên đăng nhập gồm ít nhất 3 ký tự là chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, không dấu và không có khoảng trắng.",
        ),
        ({"username": "GD.THUKY"}, "username", "Tên đăng nhập này đã được sử dụng."),
        ({"full_name": ""}, "full_name", "Trường này là bắt buộc."),
    ],
)
def test_person_create_validation(personas, world, values, field, message):
    data = {"full_name": "Trần Văn An", "email": "an@example.gov.vn", **values}
    with pytest.raises(DomainError) as excinfo:
        services.person_create(actor=personas.iso, agency=world.agency, **data)
    assert (excinfo.value.field, excinfo.value.message) == (field, message)
    assert not User.objects.filter(full_name="Trần Văn An").exists()


def test_person_with_an_account_elsewhere_gets_a_position_here(
    personas, world, django_capture_on_commit_callbacks
):
    other = personas.other_agency
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        membership = services.person_create(
            actor=personas.iso,
            agency=world.agency,
            full_name="Tên khác",
            email="YT.thuky@example.gov.vn",
            unit=world.division,
            position="Kiêm nhiệm",
        )
    assert callbacks == [] and mail.outbox == []
    assert (membership.user, membership.new_account, membership.position) == (
        other,
        False,
        "Kiêm nhiệm",
    )
    assert User.objects.filter(email__iexact="yt.thuky@example.gov.vn").count() == 1
    assert set(
        Membership.objects.filter(user=other, is_active=True).values_list("agency__name", flat=True)
    ) == {
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
    }
    event = AuditEvent.objects.get(action=events.MEMBERSHIP_CREATE)
    assert event.changes["existing_account"] == [None, True]
    # Someone who left can be added back: the same membership row is reactivated.
    services.membership_end(actor=personas.iso, membership=membership)
    again = services.person_create(
        actor=personas.iso, agency=world.agency, full_name="", email=other.email
    )
    assert again.pk == membership.pk and again.is_active and again.unit is None


def test_person_create_refuses_unit_of_another_agency_and_outsiders(personas, world):
    with pytest.raises(DomainError) as excinfo:
        services.person_create(
            actor=personas.iso,
            agency=world.agency,
            full_name="A",
            email="a@x.vn",
            unit=world.other_unit,
        )
    assert excinfo.value.message == "Đơn vị phải thuộc cơ quan này."
    for name in ("dost", "unit_head", "other_agency"):
        with pytest.raises(PermissionDenied):
            services.person_create(
                actor=personas[name], agency=world.agency, full_name="A", email="a@x.vn"
            )


def test_membership_update_records_changes(personas, world):
    membership = Membership.objects.get(user=personas.staff, agency=world.agency)
    services.membership_update(
        actor=personas.iso, membership=membership, position="Chuyên viên chính", unit=world.division
    )
    event = AuditEvent.objects.get(action=events.MEMBERSHIP_UPDATE)
    assert event.changes == {
        "unit": ["Tổ Kiểm định chất lượng", "Phòng Giáo dục phổ thông"],
        "position": ["Chuyên viên", "Chuyên viên chính"],
    }


def test_membership_end_revokes_roles_in_the_agency_only(personas, world):
    staff = personas.staff
    grant(staff, Role.STAFF, agency=world.other_agency)
    membership = Membership.objects.get(user=staff, agency=world.agency)
    services.membership_end(actor=personas.head, membership=membership)
    membership.refresh_from_db()
    staff.refresh_from_db()
    assert not membership.is_active
    assert staff.active_agency is None
    active = list(
        RoleGrant.objects.filter(user=staff, is_active=True).values_list("agency__name", flat=True)
    )
    assert active == ["Sở Y tế"]
    revoked = RoleGrant.objects.get(user=staff, unit=world.subdivision)
    assert (revoked.is_active, revoked.revoked_by) == (False, personas.head)
    assert list(AuditEvent.objects.order_by("id").values_list("action", flat=True)) == [
        events.MEMBERSHIP_END,
        events.ROLE_REVOKE,
    ]
    with pytest.raises(DomainError) as excinfo:
        services.membership_end(actor=personas.head, membership=membership)
    assert excinfo.value.message == "Người này không còn công tác tại cơ quan."


def test_cannot_end_own_membership(personas, world):
    membership = Membership.objects.get(user=personas.iso, agency=world.agency)
    with pytest.raises(DomainError) as excinfo:
        services.membership_end(actor=personas.iso, membership=membership)
    assert excinfo.value.message == "Bạn không thể tự đưa mình ra khỏi cơ quan."
