from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistributionConfig(AppConfig):
    name = "eiso.distribution"
    label = "distribution"
    verbose_name = _("Distribution, acknowledgement and document review")

    def ready(self) -> None:
        from eiso.distribution import wiring

        wiring.connect()
