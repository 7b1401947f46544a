"""Connect internal audit to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.audits import events  # noqa: F401  (registers audit action labels)
    from eiso.audits import history as audit_history
    from eiso.audits import my_work as sections
    from eiso.audits.notices import KIND_NOTICE
    from eiso.audits.tasks import send_audit_notices
    from eiso.core import history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.notifications.kinds import register_kind

    register_kind(KIND_NOTICE, _("Internal audit of your unit announced"))
    my_work.register("audits.mine", sections.my_audits_section)
    my_work.register("audits.programmes", sections.programmes_to_approve_section)
    history.register(
        "audits.auditprogramme",
        audit_history.load_programme,
        related=audit_history.programme_related,
        link=audit_history.programme_link,
    )
    history.register(
        "audits.audit",
        audit_history.load_audit,
        related=audit_history.audit_related,
        link=audit_history.audit_link,
    )
    history.register_field_labels(
        "audits.audit",
        {
            "units": _("audited units"),
            "clauses": _("clauses"),
            "procedures": _("processes (procedures)"),
            "auditors": _("auditors"),
            "timetable": _("timetable"),
            "items": _("checklist items"),
            "copied_from": _("copied from"),
            "reason": _("reason"),
            "recipients": _("people notified"),
        },
    )
    history.register_field_labels(
        "audits.auditprogramme", {"uncovered_units": _("units not covered")}
    )
    history.register_field_labels("audits.checklistitem", {"attachments": _("evidence files")})
    register_periodic("audits.audit_notices", send_audit_notices, Daily(hour=7))
