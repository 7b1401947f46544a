"""Connect the records register to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history, my_work
    from eiso.records import events  # noqa: F401  (registers audit action labels)
    from eiso.records import history as register_history
    from eiso.records.my_work import registers_to_establish_section

    my_work.register("records.registers", registers_to_establish_section)

    history.register(
        "records.recordregister",
        register_history.load_register,
        related=register_history.register_related,
        link=register_history.register_link,
    )
    history.register_field_labels(
        "records.recordregister",
        {
            "lines": _("lines"),
            "added": _("lines added"),
            "removed": _("lines removed"),
            "changed": _("lines changed"),
        },
    )
