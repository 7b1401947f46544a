"""API token page: own tokens only, create shows the secret once, revoke by POST."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eiso.accounts import tokens
from eiso.accounts.models import ApiToken
from eiso.core.models import AuditEvent
from tests.support.matrix import check_matrix

PAGE = reverse("accounts:api_tokens")


def _revoke_url(token):
    return reverse("accounts:api_token_revoke", args=[token.pk])


def _state():
    return list(ApiToken.objects.order_by("id").values_list("id", "name", "revoked_at", "user_id"))


@pytest.fixture
def tokens_by_persona(personas):
    """One token per signed-in persona, named after the persona."""
    return {
        name: tokens.create_token(actor=personas[name], name=f"token-{name}")[0]
        for name in personas.names(exclude=("anonymous",))
    }


def test_each_persona_sees_only_own_tokens(personas, client, tokens_by_persona):
    seen = {}

    def request(c, persona):
        response = c.get(PAGE)
        seen[persona] = set(re.findall(r"<td>(token-[a-z_]+)</td>", response.content.decode()))
        return response

    results = check_matrix(
        personas, client, request=request, allowed=set(personas.names(exclude=("anonymous",)))
    )

    assert results["anonymous"] == 302
    for name in personas.names(exclude=("anonymous",)):
        assert seen[name] == {f"token-{name}"}, name


def test_only_the_owner_may_revoke(personas, client, tokens_by_persona):
    target = tokens_by_persona["staff"]
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(_revoke_url(target)),
        allowed={"staff"},
        state=_state,
    )
    target.refresh_from_db()
    assert target.revoked_at is not None
    assert AuditEvent.objects.filter(action="api_token.revoke").count() == 1


def test_revoking_another_users_token_is_404(client, personas, tokens_by_persona):
    client.force_login(personas.admin)
    response = client.post(_revoke_url(tokens_by_persona["staff"]))
    assert response.status_code == 404


def test_revoke_requires_post(client, personas, tokens_by_persona):
    client.force_login(personas.staff)
    response = client.get(_revoke_url(tokens_by_persona["staff"]))
    assert response.status_code == 405
    tokens_by_persona["staff"].refresh_from_db()
    assert tokens_by_persona["staff"].revoked_at is None


def test_create_shows_secret_once_and_it_authenticates(client, personas):
    client.force_login(personas.iso)

    response = client.post(PAGE, {"name": "Máy chủ báo cáo", "expires_on": ""})

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "Đã tạo mã truy cập “Máy chủ báo cáo”" in html
    assert "Hãy sao chép ngay: mã chỉ được hiển thị một lần này." in html
    secrets_shown = re.findall(r'value="(eiso_[A-Za-z0-9_-]+)"', html)
    assert len(secrets_shown) == 1
    assert tokens.authenticate_token(secrets_shown[0]) == personas.iso
    token = ApiToken.objects.get(user=personas.iso)
    assert token.expires_at is None
    assert f"eiso_{token.prefix}…" in html

    # Never shown again.
    html = client.get(PAGE).content.decode()
    assert secrets_shown[0] not in html
    assert 'data-testid="new-token"' not in html


def test_create_with_expiry_date_expires_at_end_of_that_day(client, personas):
    client.force_login(personas.iso)
    day = timezone.localdate() + dt.timedelta(days=30)

    client.post(PAGE, {"name": "Tạm thời", "expires_on": day.isoformat()})

    token = ApiToken.objects.get(user=personas.iso)
    expires = timezone.localtime(token.expires_at)
    assert (expires.date(), expires.hour, expires.minute) == (day, 23, 59)
    html = client.get(PAGE).content.decode()
    assert day.strftime("%d/%m/%Y") in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": ""}, "Trường này là bắt buộc."),
        ({"name": "x" * 101}, "Giá trị này chỉ có tối đa 100 kí tự (hiện có 101)"),
        (
            {"name": "A", "expires_on": "2020-01-01"},
            "Ngày hết hạn phải từ hôm nay trở đi.",
        ),
        ({"name": "A", "expires_on": "31/02/2030"}, "Nhập một ngày hợp lệ."),
    ],
)
def test_create_form_errors_keep_input_and_create_nothing(client, personas, data, message):
    client.force_login(personas.iso)

    response = client.post(PAGE, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert re.findall(r'invalid-feedback d-block">([^<]*)<', html) == [message]
    if data["name"]:
        assert f'value="{data["name"]}"' in html
    assert not ApiToken.objects.exists()


def test_statuses_are_shown(client, personas):
    user = personas.iso
    tokens.create_token(actor=user, name="dang-dung")
    revoked, _ = tokens.create_token(actor=user, name="da-thu-hoi")
    tokens.revoke_token(actor=user, token=revoked)
    expired, _ = tokens.create_token(actor=user, name="het-han")
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - dt.timedelta(days=1))
    client.force_login(user)

    html = client.get(PAGE).content.decode()

    rows = {
        name: html.split(f"<td>{name}</td>")[1].split("</tr>")[0]
        for name in ("dang-dung", "da-thu-hoi", "het-han")
    }
    assert "Đang hoạt động" in rows["dang-dung"]
    assert "Thu hồi</button>" in rows["dang-dung"]
    assert 'data-confirm="Thu hồi mã truy cập “dang-dung”?' in rows["dang-dung"]
    assert "Đã thu hồi" in rows["da-thu-hoi"]
    assert "Thu hồi</button>" not in rows["da-thu-hoi"]
    assert "Đã hết hạn" in rows["het-han"]
    assert "Chưa dùng" in rows["dang-dung"]


def test_revoke_from_page_then_again_shows_message(client, personas):
    token, raw = tokens.create_token(actor=personas.iso, name="A")
    client.force_login(personas.iso)

    response = client.post(_revoke_url(token), follow=True)
    assert "Đã thu hồi mã truy cập “A”." in response.content.decode()
    assert tokens.authenticate_token(raw) is None

    response = client.post(_revoke_url(token), follow=True)
    assert "Mã truy cập này đã bị thu hồi." in response.content.decode()
    assert AuditEvent.objects.filter(action="api_token.revoke").count() == 1


def test_token_page_is_paginated(client, personas, settings):
    settings.EISO_PAGE_SIZE = 3
    for index in range(5):
        tokens.create_token(actor=personas.iso, name=f"ma-{index}")
    client.force_login(personas.iso)

    first = client.get(PAGE).content.decode()
    second = client.get(PAGE, {"page": 2}).content.decode()

    assert len(re.findall(r"<td>ma-\d</td>", first)) == 3
    assert len(re.findall(r"<td>ma-\d</td>", second)) == 2
    assert "Hiển thị 4–5 trên tổng số 5" in second


def test_token_page_query_count_does_not_grow(client, personas, settings):
    settings.EISO_PAGE_SIZE = 25
    client.force_login(personas.iso)

    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(PAGE).status_code == 200
        return len(ctx.captured_queries)

    for index in range(2):
        tokens.create_token(actor=personas.iso, name=f"ma-{index}")
    small = count_queries()
    for index in range(2, 30):
        tokens.create_token(actor=personas.iso, name=f"ma-{index}")
    large = count_queries()

    assert small == large


def test_token_create_without_csrf_is_refused(personas):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.iso)
    response = client.post(PAGE, {"name": "A"})
    assert response.status_code == 403
    assert not ApiToken.objects.exists()
