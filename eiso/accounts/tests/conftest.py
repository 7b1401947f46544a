"""Fixtures of the accounts tests."""

import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Personas are created for every test; Argon2 for a dozen users per test is slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# Browser fixtures for the end-to-end tests of this app (test_e2e_accounts.py).
from tests.e2e.conftest import browser, page, phone_page  # noqa: E402, F401
