"""Connect external documents to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history
    from eiso.references import events  # noqa: F401  (registers audit action labels)
    from eiso.references import history as external_history

    history.register(
        "references.externaldocument",
        external_history.load_external,
        link=external_history.external_link,
    )
    history.register_field_labels("references.externaldocument", {"note": _("note")})
