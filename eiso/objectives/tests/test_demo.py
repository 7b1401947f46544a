"""The demo generator's objectives: every agency has this period's and last period's objectives,
measured up to today, some at risk or off track, last period's evaluated and approved."""

from __future__ import annotations

from django.db.models import Count, Max
from django.utils import timezone

from eiso.objectives.models import Evaluation, EvaluationState, Objective, Status
from eiso.objectives.periods import current_year
from eiso.organizations.models import Agency


def test_every_demo_agency_has_two_periods_of_objectives(shared_demo):
    """On the shared demo province (the `shared_demo` fixture)."""
    today = timezone.localdate()
    agencies = list(Agency.objects.all())
    assert agencies
    for agency in agencies:
        this_year = current_year(agency, today)
        years = set(Objective.objects.filter(agency=agency).values_list("year", flat=True))
        assert years == {this_year - 1, this_year}, agency.name
        last = Objective.objects.filter(agency=agency, year=this_year - 1)
        assert last.filter(evaluation__state=EvaluationState.APPROVED).count() == last.count()
    assert Objective.objects.filter(unit__isnull=False, parent__isnull=False).exists()
    statuses = set(Objective.objects.values_list("status", flat=True))
    assert {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK} <= statuses
    latest = Objective.objects.aggregate(last=Max("measurements__measured_on"))["last"]
    assert latest < today
    assert Evaluation.objects.filter(result="not_achieved").exclude(explanation="").exists()
    with_plan = Objective.objects.annotate(n=Count("actions")).filter(n=0)
    assert not with_plan.exists()
    # The stored status agrees with the rule applied to the stored measurements.
    from eiso.objectives.services import refresh_status

    sample = Objective.objects.order_by("id")[:40]
    before = {o.pk: o.status for o in sample}
    for objective in sample:
        refresh_status(objective)
    assert {o.pk: o.status for o in Objective.objects.filter(pk__in=before)} == before
