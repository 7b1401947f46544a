"""The API token service: create, authenticate, revoke, expiry."""

import datetime as dt
import hashlib

import pytest
from django.utils import timezone

from eiso.accounts import tokens
from eiso.accounts.models import ApiToken
from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent


@pytest.fixture
def user(personas):
    return personas.staff


def test_create_token_stores_only_hash_and_prefix(user):
    token, raw = tokens.create_token(actor=user, name="Máy chủ báo cáo")

    assert raw.startswith("eiso_")
    assert len(raw) == len("eiso_") + 43
    assert token.prefix == raw[5:13]
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {token.key_hash, token.prefix, token.name}
    assert token.user == user
    event = AuditEvent.objects.get(action="api_token.create", object_id=str(token.pk))
    assert event.actor == user
    assert event.changes == {"name": [None, "Máy chủ báo cáo"], "prefix": [None, token.prefix]}


def test_two_tokens_have_different_secrets(user):
    _t1, raw1 = tokens.create_token(actor=user, name="A")
    _t2, raw2 = tokens.create_token(actor=user, name="B")
    assert raw1 != raw2


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Hãy nhập tên cho mã truy cập."),
        ("   ", "Hãy nhập tên cho mã truy cập."),
        ("x" * 101, "Tên không được dài quá 100 ký tự."),
    ],
)
def test_create_token_validates_name(user, name, message):
    with pytest.raises(DomainError) as exc:
        tokens.create_token(actor=user, name=name)
    assert str(exc.value.message) == message
    assert exc.value.field == "name"
    assert not ApiToken.objects.exists()


def test_create_token_rejects_past_expiry(user):
    with pytest.raises(DomainError) as exc:
        tokens.create_token(actor=user, name="A", expires_at=timezone.now() - dt.timedelta(days=1))
    assert str(exc.value.message) == "Ngày hết hạn phải ở trong tương lai."
    assert not ApiToken.objects.exists()


def test_authenticate_returns_owner_and_sets_last_used(user):
    token, raw = tokens.create_token(actor=user, name="A")
    assert token.last_used_at is None

    assert tokens.authenticate_token(raw) == user

    token.refresh_from_db()
    assert token.last_used_at is not None


def test_last_used_updated_at_most_once_a_minute(user, django_assert_num_queries):
    token, raw = tokens.create_token(actor=user, name="A")
    tokens.authenticate_token(raw)
    token.refresh_from_db()
    first = token.last_used_at

    with django_assert_num_queries(1):  # lookup only, no update
        assert tokens.authenticate_token(raw) == user
    token.refresh_from_db()
    assert token.last_used_at == first

    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - dt.timedelta(seconds=61))
    with django_assert_num_queries(2):  # lookup + update
        assert tokens.authenticate_token(raw) == user
    token.refresh_from_db()
    assert token.last_used_at > first - dt.timedelta(seconds=61)


@pytest.mark.parametrize(
    "raw",
    ["", "eiso_", "eiso_wrong", "not-a-token", "x" * 300, None, 12345],
)
def test_authenticate_rejects_garbage(user, raw):
    tokens.create_token(actor=user, name="A")
    assert tokens.authenticate_token(raw) is None


def test_authenticate_rejects_tampered_secret(user):
    _token, raw = tokens.create_token(actor=user, name="A")
    tampered = raw[:-1] + ("A" if raw[-1] != "A" else "B")
    assert tokens.authenticate_token(tampered) is None


def test_revoked_token_is_rejected(user):
    token, raw = tokens.create_token(actor=user, name="A")
    tokens.revoke_token(actor=user, token=token)

    assert tokens.authenticate_token(raw) is None
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert tokens.token_status(token) == "revoked"
    assert (
        AuditEvent.objects.filter(action="api_token.revoke", object_id=str(token.pk)).count() == 1
    )


def test_revoking_twice_is_an_error(user):
    token, _raw = tokens.create_token(actor=user, name="A")
    tokens.revoke_token(actor=user, token=token)
    with pytest.raises(DomainError) as exc:
        tokens.revoke_token(actor=user, token=token)
    assert str(exc.value.message) == "Mã truy cập này đã bị thu hồi."
    assert AuditEvent.objects.filter(action="api_token.revoke").count() == 1


def test_cannot_revoke_someone_elses_token(personas, user):
    token, raw = tokens.create_token(actor=user, name="A")
    with pytest.raises(PermissionDenied):
        tokens.revoke_token(actor=personas.admin, token=token)
    token.refresh_from_db()
    assert token.revoked_at is None
    assert tokens.authenticate_token(raw) == user


def test_expired_token_is_rejected(user):
    token, raw = tokens.create_token(
        actor=user, name="A", expires_at=timezone.now() + dt.timedelta(days=1)
    )
    assert tokens.authenticate_token(raw) == user

    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    token.refresh_from_db()

    assert tokens.authenticate_token(raw) is None
    assert tokens.token_status(token) == "expired"


def test_inactive_user_token_is_rejected(user):
    _token, raw = tokens.create_token(actor=user, name="A")
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert tokens.authenticate_token(raw) is None


def test_anonymous_cannot_create_token(db):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        tokens.create_token(actor=AnonymousUser(), name="A")
    assert not ApiToken.objects.exists()
