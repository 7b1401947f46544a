"""Connect nonconformities to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.nonconformities import events  # noqa: F401  (registers audit action labels)
    from eiso.nonconformities import history as nc_history
    from eiso.nonconformities import my_work as sections
    from eiso.nonconformities.services import notices
    from eiso.nonconformities.tasks import escalate_overdue_actions
    from eiso.notifications.kinds import register_kind
    from eiso.notifications.models import EmailMode

    register_kind(notices.KIND_ACTION_ASSIGNED, _("Corrective or improvement action assigned"))
    register_kind(notices.KIND_ACTION_OVERDUE, _("Overdue corrective action"), EmailMode.DAILY)
    register_kind(notices.KIND_VERIFICATION, _("Nonconformity waiting for verification"))
    register_kind(notices.KIND_PROPOSAL_SUBMITTED, _("New improvement proposal"))
    register_kind(notices.KIND_PROPOSAL_DECIDED, _("Improvement proposal accepted or rejected"))
    my_work.register("nonconformities.actions", sections.my_actions_section)
    my_work.register("nonconformities.verification", sections.verification_section)
    my_work.register("nonconformities.proposals", sections.proposals_section)
    history.register(
        "nonconformities.nonconformity",
        nc_history.load_nonconformity,
        related=nc_history.nonconformity_related,
        link=nc_history.nonconformity_link,
    )
    history.register(
        "nonconformities.proposal",
        nc_history.load_proposal,
        related=nc_history.proposal_related,
        link=nc_history.proposal_link,
    )
    register_periodic(
        "nonconformities.escalate_overdue_actions",
        escalate_overdue_actions,
        Daily(hour=7, minute=30),
    )
