"""Connect distribution to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import domain_events, history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.distribution import events, services
    from eiso.distribution import history as review_history
    from eiso.distribution import my_work as sections
    from eiso.distribution.tasks import daily_distribution
    from eiso.notifications.kinds import register_kind
    from eiso.notifications.models import EmailMode

    # A whole agency may be asked at once: by e-mail in the daily digest, in the app at once.
    register_kind(events.KIND_ACK_REQUESTED, _("Document to read and acknowledge"), EmailMode.DAILY)
    register_kind(
        events.KIND_ACK_REMINDER, _("Reminder: document not yet acknowledged"), EmailMode.DAILY
    )
    register_kind(events.KIND_REVIEW_OPENED, _("Document review opened"))
    register_kind(events.KIND_REVIEW_DUE, _("Document review due soon"), EmailMode.DAILY)
    register_kind(events.KIND_REVIEW_OVERDUE, _("Document review overdue"))
    my_work.register("distribution.acknowledgements", sections.acknowledgements_section)
    my_work.register("distribution.reviews", sections.reviews_section)
    history.register(
        "distribution.reviewtask",
        review_history.load_review_task,
        link=review_history.review_task_link,
    )
    domain_events.subscribe("documents.edition_effective", services.on_edition_effective)
    domain_events.subscribe("documents.edition_withdrawn", services.on_edition_withdrawn)
    domain_events.subscribe("references.external_changed", services.on_external_changed)
    register_periodic("distribution.daily", daily_distribution, Daily(hour=7, minute=10))
