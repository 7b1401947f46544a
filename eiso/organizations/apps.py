from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "eiso.organizations"
    label = "organizations"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from eiso.organizations import events  # noqa: F401  (registers audit action labels)
        from eiso.organizations.search import register_sqlite_function

        connection_created.connect(register_sqlite_function, dispatch_uid="eiso_fold")
