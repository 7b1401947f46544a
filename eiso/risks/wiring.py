"""Connect the risks app to the shared registries (called from AppConfig.ready())."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def connect() -> None:
    from eiso.core import history, my_work
    from eiso.core.scheduler import Daily, register_periodic
    from eiso.notifications.kinds import register_kind
    from eiso.notifications.models import EmailMode
    from eiso.risks import events  # noqa: F401  (registers audit action labels)
    from eiso.risks import history as risk_history
    from eiso.risks.my_work import treatments_section
    from eiso.risks.reminders import KIND_REVIEW_DUE, KIND_TREATMENT_DUE
    from eiso.risks.services.risks import KIND_TREATMENT_ASSIGNED
    from eiso.risks.tasks import send_risk_reminders

    register_kind(KIND_TREATMENT_ASSIGNED, _("Risk treatment action assigned to you"))
    register_kind(KIND_TREATMENT_DUE, _("Risk treatment action due"), EmailMode.DAILY)
    register_kind(KIND_REVIEW_DUE, _("Risk review due"), EmailMode.DAILY)
    my_work.register("risks.treatments", treatments_section)
    history.register(
        "risks.risk",
        risk_history.load_risk,
        related=risk_history.risk_related,
        link=risk_history.risk_link,
    )
    history.register("risks.contextissue", risk_history.load_issue, link=risk_history.issue_link)
    history.register("risks.interestedparty", risk_history.load_party, link=risk_history.party_link)
    register_periodic("risks.reminders", send_risk_reminders, Daily(hour=7))
