from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObjectivesConfig(AppConfig):
    name = "eiso.objectives"
    label = "objectives"
    verbose_name = _("Quality objectives")

    def ready(self) -> None:
        from eiso.objectives import wiring

        wiring.connect()
