from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "eiso.plans"
    label = "plans"
    verbose_name = _("ISO plans")

    def ready(self) -> None:
        from eiso.plans import (
            events,  # noqa: F401  (registers audit action labels)
            history,
        )
        from eiso.plans.tracking import setup

        history.connect()
        # Tracking connects its reminders, "Việc của tôi" section and history loaders.
        setup.connect()
