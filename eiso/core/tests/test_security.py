"""Production safety: settings refuse unsafe configurations; headers and CSP on every page."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def _run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    unsafe = {"SECRET_KEY", "DEBUG", "EISO_ENV", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    clean = {k: v for k, v in os.environ.items() if k not in unsafe}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _run_manage("check", EISO_ENV="production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_debug_on():
    result = _run_manage(
        "check", EISO_ENV="production", SECRET_KEY=secrets.token_urlsafe(60), DEBUG="true"
    )
    assert result.returncode != 0
    assert "DEBUG must be off in production" in result.stderr


def test_check_deploy_is_clean_in_production_mode():
    result = _run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        EISO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="eiso.hungyen.gov.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_passwords_are_hashed_with_argon2():
    import config.settings as configured

    assert configured.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


@pytest.mark.django_db
def test_pages_send_security_headers_and_a_strict_csp(client, personas):
    client.force_login(personas.iso)
    response = client.get("/viec-cua-toi/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


# Templates that never reach a browser: the PDF renderer's HTML (read by WeasyPrint) and
# e-mail bodies (read by mail clients, which ignore our CSP).
NOT_SERVED = ("core/documents/", "/email/", "/emails/")


def _templates() -> list[Path]:
    paths = list((ROOT / "templates").rglob("*.html"))
    paths += list((ROOT / "eiso").glob("*/templates/**/*.html"))
    return [p for p in paths if not any(part in p.as_posix() for part in NOT_SERVED)]


def test_templates_have_no_inline_scripts_styles_or_handlers():
    """The CSP forbids them; this finds them before a browser does."""
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
    style_attr = re.compile(r"\sstyle\s*=", re.IGNORECASE)
    handler_attr = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE)
    # Template tags are not HTML: `{% querystring only='1' %}` is not an `on…=` attribute.
    template_tag = re.compile(r"{%.*?%}", re.DOTALL)
    problems = []
    for path in _templates():
        text = template_tag.sub("", path.read_text(encoding="utf-8"))
        for name, pattern in (
            ("inline <script>", inline_script),
            ("style=", style_attr),
            ("on*= handler", handler_attr),
        ):
            if pattern.search(text):
                problems.append(f"{path.relative_to(ROOT)}: {name}")
    assert problems == []


@pytest.mark.django_db
def test_error_pages_are_vietnamese(client, personas):
    client.force_login(personas.staff)
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize(
    ("cache_url", "engine"),
    [
        ("redis://127.0.0.1:6379/13", "django.contrib.sessions.backends.cached_db"),
        ("locmemcache://eiso", "django.contrib.sessions.backends.db"),
    ],
)
def test_sessions_use_the_cache_only_when_every_process_shares_it(cache_url, engine):
    """A per-process cache would keep a logged-out session alive in the other web workers."""
    result = _run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_ENGINE)",
        CACHE_URL=cache_url,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == engine
