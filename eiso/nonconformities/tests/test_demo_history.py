"""The generator's years of history of internal audits and nonconformities (benchmark scales),
checked on the small demo shape with two past years."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db.models import Count, Max, Q
from django.utils import timezone

from eiso.audits.models import Audit, AuditProgramme, AuditStatus, ChecklistItem
from eiso.nonconformities.models import (
    ActionStatus,
    CorrectiveAction,
    Nonconformity,
    Proposal,
    State,
    Verification,
    YearCounter,
)


@pytest.fixture(scope="module")
def history(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", history_years=2, stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


pytestmark = pytest.mark.django_db


def test_past_years_have_approved_programmes_of_reported_audits_with_full_checklists(history):
    year = timezone.localdate().year
    past = AuditProgramme.objects.filter(year__lt=year)
    assert set(past.values_list("year", flat=True)) == {year - 2, year - 1}
    assert not past.exclude(status="approved").exists()
    audits = Audit.objects.filter(programme__year__lt=year)
    assert audits.count() >= 5 * past.count()
    assert not audits.exclude(status=AuditStatus.REPORTED).exists()
    sizes = audits.annotate(n=Count("items")).values_list("n", flat=True)
    assert min(sizes) >= 30
    items = ChecklistItem.objects.filter(audit__programme__year__lt=year)
    assert not items.filter(result="").exists()
    assert not items.filter(evidence="").exists()
    assert items.filter(result__in=("minor_nc", "major_nc")).count() >= 2 * audits.count()
    for audit in audits.select_related("programme")[:20]:
        assert audit.start_date.year == audit.programme.year
        assert audit.created_at.year == audit.programme.year


def test_every_past_finding_became_a_nonconformity_numbered_in_order(history):
    year = timezone.localdate().year
    findings = ChecklistItem.objects.filter(
        audit__programme__year__lt=year, result__in=("minor_nc", "major_nc")
    )
    linked = Nonconformity.objects.filter(finding__in=findings)
    assert linked.count() == findings.count()
    past = Nonconformity.objects.filter(year__lt=year)
    assert past.exclude(source="internal_audit").count() >= 18 * 2
    counters = {
        (c.agency_id, c.year): c.last_number
        for c in YearCounter.objects.filter(register="KPH", year__lt=year)
    }
    for row in past.values("agency_id", "year").annotate(n=Count("id"), last=Max("sequence")):
        assert row["n"] == row["last"] == counters[(row["agency_id"], row["year"])]
    for agency_id, y in list(counters)[:5]:
        rows = list(
            past.filter(agency_id=agency_id, year=y)
            .order_by("sequence")
            .values_list("number", "detected_on")
        )
        assert rows[0][0] == f"KPH-{y}-001"
        assert [d for _n, d in rows] == sorted(d for _n, d in rows)
        assert all(d.year == y for _n, d in rows)


def test_past_nonconformities_are_mostly_closed_after_effective_checks(history):
    year = timezone.localdate().year
    today = timezone.localdate()
    past = Nonconformity.objects.filter(year__lt=year)
    closed = past.filter(state=State.CLOSED)
    assert closed.count() >= 0.9 * past.count()
    assert not closed.filter(Q(closed_on__isnull=True) | Q(root_cause="")).exists()
    assert not closed.filter(closed_on__gt=today).exists()
    assert not CorrectiveAction.objects.filter(
        nonconformity__in=closed, status=ActionStatus.OPEN
    ).exists()
    effective = Verification.objects.filter(nonconformity__in=closed, effective=True)
    assert effective.values("nonconformity").distinct().count() == closed.count()
    # Some were found not effective first and closed after a second round.
    assert closed.filter(round=2, verifications__effective=False).exists()
    for nc in past.exclude(state=State.CLOSED):
        assert nc.state in (State.IN_PROGRESS, State.VERIFICATION)
    for nc in closed[:50]:
        assert nc.detected_on <= nc.analysed_on <= nc.closed_on
        assert nc.created_at.date().year == nc.year


def test_past_proposals_were_decided_and_accepted_ones_done(history):
    year = timezone.localdate().year
    past = Proposal.objects.filter(decided_on__year__lt=year)
    assert past.exists()
    assert not past.filter(state="submitted").exists()
    for proposal in past.filter(state="accepted").select_related("action")[:20]:
        assert proposal.action.status == ActionStatus.DONE
        assert proposal.created_at.date() < proposal.decided_on
