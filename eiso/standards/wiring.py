"""Connect the standards app to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations


def connect() -> None:
    from eiso.core import history
    from eiso.standards import events  # noqa: F401  (registers audit action labels)
    from eiso.standards import history as standards_history

    history.register(
        "standards.isounitedition",
        standards_history.load_iso_unit_edition,
        link=standards_history.iso_unit_edition_link,
    )
