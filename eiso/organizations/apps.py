from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "eiso.organizations"
    label = "organizations"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from eiso.organizations import events  # noqa: F401  (registers audit action labels)
