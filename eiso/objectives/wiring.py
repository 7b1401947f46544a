"""Connect quality objectives to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.notifications.kinds import register_kind
    from eiso.notifications.models import EmailMode
    from eiso.objectives import events  # noqa: F401  (registers audit action labels)
    from eiso.objectives import history as objective_history
    from eiso.objectives import my_work as sections
    from eiso.objectives.reminders import KIND_DUE
    from eiso.objectives.services.evaluations import KIND_DECIDED, KIND_SUBMITTED
    from eiso.objectives.tasks import send_measurement_reminders

    register_kind(KIND_DUE, _("Objective measurement due"), EmailMode.DAILY)
    register_kind(KIND_SUBMITTED, _("Year-end evaluation waiting for your approval"))
    register_kind(KIND_DECIDED, _("Year-end evaluation approved or returned"))
    my_work.register("objectives.measurements", sections.measurements_due_section)
    my_work.register("objectives.evaluations", sections.evaluations_to_approve_section)
    my_work.register("objectives.returned", sections.evaluations_returned_section)
    history.register(
        "objectives.objective",
        objective_history.load_objective,
        related=objective_history.objective_related,
        link=objective_history.objective_link,
    )
    history.register_field_labels("objectives.objective", {"copied_from": _("copied from")})
    register_periodic("objectives.measurement_reminders", send_measurement_reminders, Daily(hour=7))
