from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    name = "eiso.records"
    label = "records"
    verbose_name = _("Records register")

    def ready(self) -> None:
        from eiso.records import wiring

        wiring.connect()
