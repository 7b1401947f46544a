"""Connect the TTHC catalogue to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history, my_work
    from eiso.notifications.kinds import register_kind
    from eiso.procedures import events  # noqa: F401  (registers audit action labels)
    from eiso.procedures import history as tthc_history
    from eiso.procedures import my_work as sections
    from eiso.procedures.services import KIND_SCOPE_ADDED

    register_kind(KIND_SCOPE_ADDED, _("TTHC added to your agency's scope"))
    my_work.register("procedures.new_scope", sections.new_scope_section)
    history.register(
        "procedures.tthc",
        tthc_history.load_tthc,
        related=tthc_history.tthc_related,
        link=tthc_history.tthc_link,
    )
    history.register("procedures.agencytthc", tthc_history.load_scope, link=tthc_history.scope_link)
    history.register_field_labels(
        "procedures.tthc",
        {
            "implementing_agency": _("implementing agency"),
            "legal_time": _("legal processing time"),
            "legal_time_unit": _("unit of the processing time"),
        },
    )
    _connect_documents()


def _connect_documents() -> None:
    """The legal-time gate on submitting a TTHC procedure (when the documents app has gates)."""
    try:
        from eiso.documents import gates
    except ImportError:  # the documents app without its gates module
        return
    from eiso.procedures.gates import legal_time_check

    gates.register_submit_check(legal_time_check)
