"""Login, logout, `next` handling, throttling and CSRF on the login form."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from eiso.core.models import AuditEvent
from eiso.organizations.models import Membership
from tests.support.world import PASSWORD

LOGIN = "/tai-khoan/dang-nhap/"
MY_WORK = reverse("core:my_work")
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại (có phân biệt chữ hoa, chữ thường) và thử lại."


def _login(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra})


def test_login_page_is_vietnamese_with_reset_and_language_links(client, db):
    response = client.get(LOGIN)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Đăng nhập vào tài khoản" in html
    assert "ISO điện tử" in html
    assert "Tên đăng nhập" in html
    assert "Mật khẩu" in html
    assert f'href="{reverse("accounts:password_reset")}">Quên mật khẩu?</a>' in html
    assert f'action="{reverse("set_language")}"' in html
    assert 'name="language" value="en"' in html
    # No navigation for anonymous visitors.
    assert 'id="navbar-menu"' not in html


def test_login_success_redirects_to_my_work_and_records_event(client, personas):
    response = _login(client, "gd.chuyenvien")

    assert response.status_code == 302
    assert response["Location"] == MY_WORK
    assert client.session["_auth_user_id"] == str(personas.staff.pk)
    event = AuditEvent.objects.get(action="user.login")
    assert event.actor == personas.staff
    assert event.object_id == str(personas.staff.pk)
    assert event.changes == {}


def test_login_sets_language_cookie_from_profile(client, personas):
    personas.staff.language = "en"
    personas.staff.save(update_fields=["language"])

    response = _login(client, "gd.chuyenvien")

    assert response.cookies["eiso_language"].value == "en"


def test_login_failure_shows_vietnamese_message_and_keeps_username(client, personas):
    response = _login(client, "gd.chuyenvien", "sai-mat-khau")

    assert response.status_code == 200
    html = response.content.decode()
    assert WRONG in html
    assert 'value="gd.chuyenvien"' in html
    assert "sai-mat-khau" not in html
    # The cursor goes to the password (the username is kept), not back to the username.
    assert re.search(r'<input type="password" name="password"[^>]*autofocus', html)
    assert not re.search(r'<input type="text" name="username"[^>]*autofocus', html)
    assert "_auth_user_id" not in client.session
    assert not AuditEvent.objects.filter(action="user.login").exists()


def test_login_with_empty_fields_says_what_is_missing(client, db):
    response = client.post(LOGIN, {"username": "", "password": ""})

    assert response.status_code == 200
    assert response.content.decode().count("Trường này là bắt buộc.") == 2


def test_inactive_user_cannot_log_in(client, personas):
    personas.staff.is_active = False
    personas.staff.save(update_fields=["is_active"])

    response = _login(client, "gd.chuyenvien")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/to-chuc/", "/to-chuc/"),
        ("/tai-khoan/ho-so/?tab=1", "/tai-khoan/ho-so/?tab=1"),
        ("https://evil.example.com/", MY_WORK),
        ("//evil.example.com/", MY_WORK),
        ("javascript:alert(1)", MY_WORK),
        ("", MY_WORK),
    ],
)
def test_next_is_followed_only_when_it_stays_on_the_site(client, personas, next_url, expected):
    response = _login(client, "gd.chuyenvien", next=next_url)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_next_from_query_string_is_carried_into_the_form(client, db):
    response = client.get(LOGIN + "?next=/to-chuc/")
    assert 'name="next" value="/to-chuc/"' in response.content.decode()


def test_logged_in_user_visiting_login_goes_to_my_work(client, personas):
    client.force_login(personas.staff)
    response = client.get(LOGIN)
    assert response.status_code == 302
    assert response["Location"] == MY_WORK


def test_login_repairs_missing_active_agency(client, personas, world):
    user = personas.staff
    user.active_agency = None
    user.save(update_fields=["active_agency"])

    _login(client, "gd.chuyenvien")

    user.refresh_from_db()
    assert user.active_agency == world.agency
    event = AuditEvent.objects.get(action="user.login")
    assert event.changes == {"active_agency": [None, "Sở Giáo dục và Đào tạo"]}


def test_login_replaces_an_agency_the_user_left(client, personas, world):
    user = personas.staff
    user.active_agency = world.other_agency  # never belonged there
    user.save(update_fields=["active_agency"])

    _login(client, "gd.chuyenvien")

    user.refresh_from_db()
    assert user.active_agency == world.agency


def test_login_keeps_a_valid_active_agency(client, personas, world):
    user = personas.province_admin  # member of the DOST
    _login(client, "qt.hungyen")
    user.refresh_from_db()
    assert user.active_agency == world.dost


def test_login_clears_active_agency_of_user_without_agencies(client, personas, world):
    user = personas.staff
    Membership.objects.filter(user=user).update(is_active=False)
    user.role_grants.update(is_active=False)

    _login(client, "gd.chuyenvien")

    user.refresh_from_db()
    assert user.active_agency is None


def test_lockout_after_five_failures(client, personas, settings):
    settings.AXES_ENABLED = True
    for _attempt in range(4):
        response = _login(client, "gd.chuyenvien", "sai-mat-khau")
        assert response.status_code == 200
        assert WRONG in response.content.decode()

    response = _login(client, "gd.chuyenvien", "sai-mat-khau")

    assert response.status_code == 429
    html = response.content.decode()
    assert "Đăng nhập tạm thời bị khóa" in html
    assert "Mật khẩu đã bị nhập sai 5 lần" in html
    assert "Vui lòng thử lại sau 15 phút." in html

    # Even the right password is refused while locked.
    response = _login(client, "gd.chuyenvien")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session

    # Another user from the same address is not locked (lockout is per username + address).
    response = _login(client, "gd.thuky")
    assert response.status_code == 302


def test_logout_requires_post(client, personas):
    client.force_login(personas.staff)

    response = client.get(reverse("accounts:logout"))
    assert response.status_code == 405
    assert client.session["_auth_user_id"] == str(personas.staff.pk)

    response = client.post(reverse("accounts:logout"), follow=True)
    assert response.redirect_chain == [(LOGIN, 302)]
    assert "_auth_user_id" not in client.session
    assert "Bạn đã đăng xuất." in response.content.decode()


def test_login_without_csrf_token_is_refused(personas):
    client = Client(enforce_csrf_checks=True)
    response = client.post(LOGIN, {"username": "gd.chuyenvien", "password": PASSWORD})

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert not AuditEvent.objects.filter(action="user.login").exists()


def test_login_with_csrf_token_works_under_enforcement(personas):
    client = Client(enforce_csrf_checks=True)
    client.get(LOGIN)
    token = client.cookies["csrftoken"].value
    response = client.post(
        LOGIN, {"username": "gd.chuyenvien", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
