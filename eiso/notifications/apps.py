from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "eiso.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from django.conf import settings

        from eiso.core import my_work
        from eiso.core.scheduler import Daily, register_periodic
        from eiso.notifications import events  # noqa: F401  (registers audit action labels)
        from eiso.notifications.my_work import unread_notifications_section
        from eiso.notifications.tasks import send_daily_digest

        my_work.register("notifications", unread_notifications_section)
        register_periodic(
            "notifications.daily_digest",
            send_daily_digest,
            Daily(hour=lambda: settings.EISO_DIGEST_HOUR),
        )
