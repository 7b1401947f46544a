"""Password change (validation messages in Vietnamese) and password reset by e-mail."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from eiso.core.models import AuditEvent
from tests.support.world import PASSWORD

CHANGE = reverse("accounts:password_change")
RESET = reverse("accounts:password_reset")
NEW_PASSWORD = "Chat-luong-ISO-9001-mới"


def _errors(response) -> list[str]:
    return re.findall(r'invalid-feedback d-block">([^<]*)<', response.content.decode())


def _change(client, old=PASSWORD, new1=NEW_PASSWORD, new2=None):
    return client.post(
        CHANGE,
        {
            "old_password": old,
            "new_password1": new1,
            "new_password2": new1 if new2 is None else new2,
        },
    )


@pytest.fixture
def staff_client(client, personas):
    client.force_login(personas.staff)
    return client


def test_change_page_lists_the_rules_in_vietnamese(staff_client):
    html = staff_client.get(CHANGE).content.decode()
    assert "Mật khẩu hiện tại" in html
    assert "Mật khẩu của bạn phải chứa ít nhất 10 ký tự." in html
    assert "Mật khẩu của bạn không được là mật khẩu được dùng phổ biến." in html
    assert "Mật khẩu của bạn không được hoàn toàn bằng số." in html
    assert "Mật khẩu của bạn không được quá giống với thông tin cá nhân khác." in html


@pytest.mark.parametrize(
    ("new_password", "messages"),
    [
        ("ngan-qua", ["Mật khẩu quá ngắn: phải có ít nhất 10 ký tự."]),
        ("password123", ["Mật khẩu này quá phổ biến."]),
        ("48291057364", ["Mật khẩu này hoàn toàn là số."]),
        ("gd.chuyenvien1", ["Mật khẩu quá giống với Tên đăng nhập."]),
        (
            "12345678",
            [
                "Mật khẩu quá ngắn: phải có ít nhất 10 ký tự.",
                "Mật khẩu này quá phổ biến.",
                "Mật khẩu này hoàn toàn là số.",
            ],
        ),
    ],
)
def test_change_rejects_weak_passwords_in_vietnamese(
    staff_client, personas, new_password, messages
):
    response = _change(staff_client, new1=new_password)

    assert response.status_code == 200
    assert _errors(response) == messages
    personas.staff.refresh_from_db()
    assert personas.staff.check_password(PASSWORD)
    assert not AuditEvent.objects.filter(action="user.password_change").exists()


def test_change_rejects_wrong_current_password_and_mismatch(staff_client, personas):
    response = _change(staff_client, old="khong-dung", new2=NEW_PASSWORD + "x")

    assert _errors(response) == [
        "Mật khẩu hiện tại không đúng. Vui lòng nhập lại.",
        "Hai lần nhập mật khẩu mới không khớp nhau.",
    ]
    html = response.content.decode()
    assert NEW_PASSWORD not in html
    assert PASSWORD not in html


def test_change_succeeds_keeps_session_and_records_event(staff_client, personas):
    response = _change(staff_client)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    personas.staff.refresh_from_db()
    assert personas.staff.check_password(NEW_PASSWORD)
    # Still logged in after the change (session hash updated).
    assert staff_client.get(reverse("accounts:profile")).status_code == 200
    event = AuditEvent.objects.get(action="user.password_change")
    assert event.actor == personas.staff
    assert event.changes == {"password": ["***", "***"]}
    assert NEW_PASSWORD not in str(event.changes)


def test_change_requires_login(client, db):
    response = client.get(CHANGE)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={CHANGE}"


def test_reset_sends_vietnamese_email_with_working_link(client, personas, settings):
    settings.SITE_URL = "https://iso.hungyen.gov.vn"

    response = client.post(RESET, {"email": "GD.chuyenvien@example.gov.vn"})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "eiso: đặt lại mật khẩu"
    assert message.to == ["gd.chuyenvien@example.gov.vn"]
    assert "Xin chào Bùi Văn Viên," in message.body
    assert "Tên đăng nhập của bạn: gd.chuyenvien" in message.body
    links = re.findall(
        r"https://iso\.hungyen\.gov\.vn(/tai-khoan/dat-lai-mat-khau/\S+/)", message.body
    )
    assert len(links) == 1

    # The link leads to a form (Django swaps the token for a session marker first).
    response = client.get(links[0], follow=True)
    assert response.status_code == 200
    assert "Đặt mật khẩu mới" in response.content.decode()
    form_url = response.redirect_chain[-1][0]

    response = client.post(form_url, {"new_password1": "ngan", "new_password2": "ngan"})
    assert _errors(response) == ["Mật khẩu quá ngắn: phải có ít nhất 10 ký tự."]

    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_complete")

    personas.staff.refresh_from_db()
    assert personas.staff.check_password(NEW_PASSWORD)
    event = AuditEvent.objects.get(action="user.password_reset")
    assert event.actor == personas.staff
    assert (
        client.post(
            reverse("accounts:login"), {"username": "gd.chuyenvien", "password": NEW_PASSWORD}
        ).status_code
        == 302
    )

    # The link works once only.
    client.logout()
    response = client.get(links[0], follow=True)
    assert "Liên kết không hợp lệ" in response.content.decode()


def test_reset_for_unknown_address_sends_nothing_and_reveals_nothing(client, personas):
    response = client.post(RESET, {"email": "khong-ton-tai@example.gov.vn"})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_reset_form_keeps_typed_address_on_error(client, db):
    response = client.post(RESET, {"email": "khong-phai-email"})

    assert response.status_code == 200
    assert 'value="khong-phai-email"' in response.content.decode()
    assert _errors(response) == ["Nhập địa chỉ email."]
    assert mail.outbox == []


def test_reset_done_page_is_vietnamese(client, db):
    html = client.get(reverse("accounts:password_reset_done")).content.decode()
    assert "Kiểm tra e-mail của bạn" in html


def test_reset_lifts_a_login_lockout(
    client, personas, settings, django_capture_on_commit_callbacks
):
    settings.AXES_ENABLED = True
    login = reverse("accounts:login")
    for _attempt in range(5):
        response = client.post(login, {"username": "gd.chuyenvien", "password": "sai-mat-khau"})
    assert response.status_code == 429

    client.post(RESET, {"email": "gd.chuyenvien@example.gov.vn"})
    link = re.findall(r"(/tai-khoan/dat-lai-mat-khau/\S+/)", mail.outbox[0].body)[0]
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
        )
    assert response.status_code == 302

    response = client.post(login, {"username": "gd.chuyenvien", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:my_work")
