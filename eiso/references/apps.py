from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferencesConfig(AppConfig):
    name = "eiso.references"
    label = "references"
    verbose_name = _("External documents")

    def ready(self) -> None:
        from eiso.references import wiring

        wiring.connect()
