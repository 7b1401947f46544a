"""Helpers for API tests: personal tokens for every persona and a client call by either path."""

from __future__ import annotations

import pytest

from eiso.accounts.tokens import create_token


@pytest.fixture
def tokens(personas) -> dict[str, str]:
    """persona name -> raw token secret (anonymous has none)."""
    result = {}
    for name in personas.names(exclude=("anonymous",)):
        _token, raw = create_token(actor=personas[name], name="Kiểm thử")
        result[name] = raw
    return result


def bearer(raw: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


@pytest.fixture
def call(client, personas, tokens):
    """call(persona, url, via="session"|"token", **extra) -> response; None persona = anonymous."""

    def _call(persona: str | None, url: str, *, via: str = "session", **extra):
        client.logout()
        if persona and persona != "anonymous":
            if via == "session":
                client.force_login(personas[persona])
            else:
                extra.update(bearer(tokens[persona]))
        return client.get(url, **extra)

    return _call
