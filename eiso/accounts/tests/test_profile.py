"""Profile page: edit own details (audited), language switch, memberships and roles read-only."""

import pytest
from django.urls import reverse

from eiso.accounts.models import User
from eiso.core.models import AuditEvent
from tests.support.matrix import check_matrix

PROFILE = reverse("accounts:profile")


def _data(**overrides):
    data = {
        "full_name": "Bùi Văn Viên",
        "email": "gd.chuyenvien@example.gov.vn",
        "phone": "",
        "position": "Chuyên viên",
        "language": "vi",
    }
    data.update(overrides)
    return data


def _state():
    return list(
        User.objects.order_by("username").values_list(
            "username", "full_name", "email", "phone", "position", "language"
        )
    )


def test_every_signed_in_persona_sees_own_profile(personas, client):
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(PROFILE),
        allowed=set(personas.names(exclude=("anonymous",))),
    )
    assert results["anonymous"] == 302


def test_profile_lists_memberships_and_roles(client, personas):
    client.force_login(personas.unit_head)

    html = client.get(PROFILE).content.decode()

    assert 'data-testid="username">gd.truongphong<' in html
    assert 'value="Vũ Văn Trưởng"' in html
    memberships = html.split('data-testid="memberships"')[1].split("</div>\n      </div>")[0]
    assert "Sở Giáo dục và Đào tạo" in memberships
    assert "Trưởng phòng · Phòng Giáo dục phổ thông" in memberships
    grants = html.split('data-testid="grants"')[1]
    assert '<div class="fw-bold">Trưởng đơn vị</div>' in grants
    assert "Phòng Giáo dục phổ thông · Sở Giáo dục và Đào tạo" in grants
    # Read-only: no inputs for memberships or roles.
    assert "<input" not in memberships


def test_profile_of_global_admin_shows_whole_installation(client, personas):
    client.force_login(personas.admin)
    html = client.get(PROFILE).content.decode()
    assert "Bạn chưa thuộc cơ quan, đơn vị nào." in html
    assert "Toàn hệ thống" in html


def test_edit_profile_saves_and_records_diff(client, personas):
    client.force_login(personas.staff)

    response = client.post(
        PROFILE,
        _data(full_name="Bùi Văn Viên Mới", phone="0221 3863 000", position="Phó trưởng phòng"),
        follow=True,
    )

    assert response.redirect_chain == [(PROFILE, 302)]
    assert "Đã lưu hồ sơ cá nhân." in response.content.decode()
    user = User.objects.get(pk=personas.staff.pk)
    assert (user.full_name, user.phone, user.position) == (
        "Bùi Văn Viên Mới",
        "0221 3863 000",
        "Phó trưởng phòng",
    )
    event = AuditEvent.objects.get(action="user.profile_update")
    assert event.actor == personas.staff
    assert event.object_id == str(user.pk)
    assert event.changes == {
        "full_name": ["Bùi Văn Viên", "Bùi Văn Viên Mới"],
        "phone": ["", "0221 3863 000"],
        "position": ["Chuyên viên", "Phó trưởng phòng"],
    }


def test_saving_without_changes_records_nothing(client, personas):
    client.force_login(personas.staff)
    response = client.post(PROFILE, _data())
    assert response.status_code == 302
    assert not AuditEvent.objects.filter(action="user.profile_update").exists()


def test_changing_language_switches_the_interface(client, personas):
    client.force_login(personas.staff)

    response = client.post(PROFILE, _data(language="en"), follow=True)

    assert client.cookies["eiso_language"].value == "en"
    html = response.content.decode()
    assert "Your profile has been saved." in html
    assert '<html lang="en">' in html
    event = AuditEvent.objects.get(action="user.profile_update")
    assert event.changes == {"language": ["Tiếng Việt", "English"]}

    response = client.post(PROFILE, _data(language="vi"), follow=True)
    assert client.cookies["eiso_language"].value == "vi"
    assert "Đã lưu hồ sơ cá nhân." in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field_error"),
    [
        ({"full_name": ""}, "Trường này là bắt buộc."),
        ({"full_name": "   "}, "Trường này là bắt buộc."),
        ({"email": "khong-phai-email"}, "Nhập địa chỉ email."),
        (
            {"email": "gd.thuky@example.gov.vn"},
            "Địa chỉ e-mail này đã được một tài khoản khác sử dụng.",
        ),
        (
            {"language": "fr"},
            "Hãy chọn một lựa chọn hợp lệ. fr không phải là một trong các lựa chọn khả thi.",
        ),
    ],
)
def test_invalid_profile_shows_message_keeps_input_changes_nothing(
    client, personas, overrides, field_error
):
    client.force_login(personas.staff)
    before = _state()

    response = client.post(PROFILE, _data(position="Vị trí đã gõ", **overrides))

    assert response.status_code == 200
    html = response.content.decode()
    assert field_error in html
    assert 'value="Vị trí đã gõ"' in html
    assert "is-invalid" in html
    assert _state() == before
    assert not AuditEvent.objects.filter(action="user.profile_update").exists()


def test_profile_post_requires_login_and_changes_nothing(client, personas):
    before = _state()
    response = client.post(PROFILE, _data(full_name="Kẻ lạ"))
    assert response.status_code == 302
    assert _state() == before


def test_profile_post_cannot_change_other_fields(client, personas):
    client.force_login(personas.staff)
    client.post(PROFILE, _data(username="hacker", is_staff="on", is_superuser="on"))
    user = User.objects.get(pk=personas.staff.pk)
    assert (user.username, user.is_staff, user.is_superuser) == ("gd.chuyenvien", False, False)
