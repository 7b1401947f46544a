"""Permission matrix of the remaining account endpoints (the others have their own files)."""

from django.urls import reverse

from eiso.accounts.models import User
from tests.support.matrix import check_matrix

SIGNED_IN = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
    "other_agency",
    "other_province",
}


def _passwords():
    return list(User.objects.order_by("username").values_list("username", "password"))


def test_password_change_page_for_every_signed_in_persona(personas, client):
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("accounts:password_change")),
        allowed=SIGNED_IN,
    )
    assert {results[name] for name in SIGNED_IN} == {200}
    assert results["anonymous"] == 302


def test_password_change_post_needs_login_and_changes_nothing_for_anonymous(personas, client):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("accounts:password_change"),
            {"old_password": "sai", "new_password1": "x", "new_password2": "y"},
        ),
        # Signed-in personas get the form back with errors (200); nobody's password changes.
        allowed=SIGNED_IN,
        state=_passwords,
    )


def test_login_and_reset_pages_are_public(personas, client):
    for name in ("login", "password_reset", "password_reset_done", "password_reset_complete"):
        results = check_matrix(
            personas,
            client,
            request=lambda c, p, name=name: c.get(reverse(f"accounts:{name}")),
            allowed=set(personas.names()),
        )
        assert results["anonymous"] == 200, name


def test_logout_for_everyone_by_post(personas, client):
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("accounts:logout")),
        allowed=set(personas.names()),
    )
    assert set(results.values()) == {302}
