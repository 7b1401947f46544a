from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StandardsConfig(AppConfig):
    name = "eiso.standards"
    label = "standards"
    verbose_name = _("Standards")

    def ready(self) -> None:
        from eiso.standards import wiring

        wiring.connect()
