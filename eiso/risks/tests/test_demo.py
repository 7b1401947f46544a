"""The demo generator: the editions of the standard loaded once, each ISO unit's edition, and a
risk register per agency with issues, parties and treatments (some overdue)."""

from __future__ import annotations

import pytest
from django.db.models import Count, F
from django.utils import timezone

from eiso.organizations.models import Agency, ISOUnit, QMSStatus
from eiso.risks.matrix import DEFAULT
from eiso.risks.models import ContextIssue, InterestedParty, Risk, Treatment
from eiso.standards.models import ISOUnitEdition, StandardEdition
from eiso.standards.selectors import isounit_edition


def _run_steps(names: tuple[str, ...]) -> None:
    """The demo pipeline restricted to the steps these apps depend on (organisations, people)
    and their own, in order, for the demo province."""
    from eiso.demo import pipeline
    from eiso.demo.context import SCALES, BuiltProvince, Context
    from eiso.demo.places import province_info
    from eiso.demo.writer import BatchWriter

    ctx = Context(seed=2026, scale=SCALES["demo"], writer=BatchWriter(), log=lambda line: None)
    code = pipeline.province_codes(ctx.scale)[0]
    province = BuiltProvince(info=province_info(code), id=ctx.uuid("province", code))
    for item in pipeline.steps():
        if item.name in names:
            item.run(ctx, province)
    ctx.writer.flush()


@pytest.mark.django_db
def test_demo_loads_standards_and_builds_risk_registers():
    _run_steps(("organizations", "people", "standards", "risks"))
    assert StandardEdition.objects.count() == 3
    started = ISOUnit.objects.exclude(status=QMSStatus.NOT_STARTED)
    assert ISOUnitEdition.objects.count() == started.count() > 0
    assert {isounit_edition(unit).code for unit in started} == {"TCVN ISO 9001:2015"}
    with_register = Agency.objects.annotate(n=Count("risks")).filter(n__gt=0)
    assert (
        with_register.count() >= Agency.objects.exclude(iso_unit__status="not_started").count() - 5
    )
    assert ContextIssue.objects.exists() and InterestedParty.objects.exists()
    titles = set(Risk.objects.values_list("title", flat=True))
    assert "Hồ sơ TTHC trễ hạn do thiếu nhân sự bộ phận một cửa" in titles
    assert "Số hóa hồ sơ, kết quả giải quyết TTHC" in titles
    for risk in Risk.objects.all()[:200]:
        assert DEFAULT.score(risk.likelihood, risk.impact) == (risk.score, risk.level)
    today = timezone.localdate()
    overdue = Treatment.objects.filter(status__in=("planned", "in_progress"), due_date__lt=today)
    assert overdue.exists()
    assert Treatment.objects.filter(status="done", completed_on__isnull=False).exists()
    # Every treatment owner works in the agency of the risk (they see it in Việc của tôi).
    assert not Treatment.objects.exclude(owner__memberships__agency=F("risk__agency")).exists()
