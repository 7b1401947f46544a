"""Authentication: personal tokens, the session (with CSRF on unsafe methods), 401 in Vietnamese."""

import datetime as dt

import pytest
from django.conf import settings
from django.middleware.csrf import _get_new_csrf_string
from django.test import RequestFactory
from django.utils import timezone
from ninja.errors import HttpError

from eiso.accounts.models import ApiToken
from eiso.accounts.tokens import create_token, revoke_token
from eiso.api.auth import SessionAuth
from eiso.api.tests.conftest import bearer

ME = "/api/v1/me"
NOT_AUTHENTICATED_VI = {
    "detail": "Cần xác thực: gửi mã truy cập API cá nhân trong tiêu đề "
    "“Authorization: Bearer eiso_…” hoặc đăng nhập.",
    "code": "not_authenticated",
}


def test_anonymous_gets_401_json_in_vietnamese(client, db):
    response = client.get(ME)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response["WWW-Authenticate"] == 'Bearer realm="eiso"'
    assert response.json() == NOT_AUTHENTICATED_VI


def test_anonymous_gets_english_when_asked(client, db):
    response = client.get(ME, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 401
    assert response.json() == {
        "detail": "Authentication required: send a personal API token in the header "
        "“Authorization: Bearer eiso_…”, or sign in.",
        "code": "not_authenticated",
    }


def test_token_authenticates_without_a_session(client, personas):
    _token, raw = create_token(actor=personas.iso, name="Báo cáo")
    response = client.get(ME, **bearer(raw))
    assert response.status_code == 200
    assert response.json()["username"] == "gd.thuky"
    assert "sessionid" not in response.cookies


def test_session_authenticates(client, personas):
    client.force_login(personas.staff)
    response = client.get(ME)
    assert response.status_code == 200
    assert response.json()["username"] == "gd.chuyenvien"


def test_revoked_token_is_refused(client, personas):
    token, raw = create_token(actor=personas.iso, name="Cũ")
    assert client.get(ME, **bearer(raw)).status_code == 200
    revoke_token(actor=personas.iso, token=token)
    response = client.get(ME, **bearer(raw))
    assert response.status_code == 401
    assert response.json() == NOT_AUTHENTICATED_VI


def test_expired_token_is_refused(client, personas):
    token, raw = create_token(
        actor=personas.iso, name="Hết hạn", expires_at=timezone.now() + dt.timedelta(days=1)
    )
    assert client.get(ME, **bearer(raw)).status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert client.get(ME, **bearer(raw)).status_code == 401


def test_token_of_a_deactivated_user_is_refused(client, personas):
    _token, raw = create_token(actor=personas.iso, name="Nghỉ việc")
    personas.iso.is_active = False
    personas.iso.save(update_fields=["is_active"])
    assert client.get(ME, **bearer(raw)).status_code == 401


@pytest.mark.parametrize(
    "header",
    [
        "Bearer eiso_not-a-real-token",
        "Bearer ",
        "Bearer",
        "Token eiso_abc",
        "Basic Z2QudGh1a3k6eA==",
        "eiso_abc",
        "Bearer " + "x" * 5000,
    ],
)
def test_malformed_or_unknown_credentials_are_refused(client, db, header):
    response = client.get(ME, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def _session_request(method, user, **extra):
    factory = RequestFactory()
    request = getattr(factory, method)("/api/v1/me", **extra)
    request.user = user
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "session"
    return request


def test_session_needs_csrf_token_for_unsafe_methods(personas):
    auth = SessionAuth()
    with pytest.raises(HttpError) as refused:
        auth(_session_request("post", personas.iso))
    assert refused.value.status_code == 403
    assert str(refused.value) == "Kiểm tra CSRF không thành công. Hãy tải lại trang và thử lại."


def test_session_with_csrf_token_or_safe_method_is_accepted(personas):
    auth = SessionAuth()
    assert auth(_session_request("get", personas.iso)) == personas.iso
    secret = _get_new_csrf_string()
    request = _session_request("post", personas.iso, HTTP_X_CSRFTOKEN=secret)
    request.COOKIES[settings.CSRF_COOKIE_NAME] = secret
    assert auth(request) == personas.iso


def test_inactive_session_user_is_refused(personas):
    personas.iso.is_active = False
    assert SessionAuth()(_session_request("get", personas.iso)) is None
