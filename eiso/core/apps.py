from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "eiso.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        # Calendar cache invalidation signals and the audit labels of numbering/calendar actions.
        from eiso.core import calendar, history, numbering  # noqa: F401
        from eiso.core.workdays import events  # noqa: F401
        from eiso.core.workdays.selectors import load_exception_for_history

        history.register("core.calendarexception", load_exception_for_history)
