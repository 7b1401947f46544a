from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "eiso.documents"
    label = "documents"
    verbose_name = _("Controlled documents")

    def ready(self) -> None:
        from eiso.documents import wiring

        wiring.connect()
