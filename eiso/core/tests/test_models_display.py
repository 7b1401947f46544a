"""get_<field>_display with the choices looked up once per process: same labels, request language."""

from __future__ import annotations

from django.utils import translation

from eiso.documents.models import Edition


def test_the_label_follows_the_active_language_and_unknown_values_show_as_they_are():
    edition = Edition(state="effective")
    with translation.override("vi"):
        assert edition.get_state_display() == "Đang hiệu lực"
    with translation.override("en"):
        assert edition.get_state_display() == "Effective"
    edition.state = "no-such-state"
    assert edition.get_state_display() == "no-such-state"
