import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Personas are built for every test; argon2 would spend most of the run hashing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
