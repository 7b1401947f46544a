from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NonconformitiesConfig(AppConfig):
    name = "eiso.nonconformities"
    label = "nonconformities"
    verbose_name = _("Nonconformities and improvement")

    def ready(self) -> None:
        from eiso.nonconformities import wiring

        wiring.connect()
