"""Permission matrix of every page, form and action of the risks app (status and unchanged state)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from eiso.risks.models import ContextIssue, InterestedParty, Risk, RiskMatrix, Treatment
from eiso.risks.tests.conftest import make_treatment
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
AGENCY_MANAGERS = {"admin", "province_admin", "head", "iso"}


def _state():
    return (
        sorted(Risk.objects.values_list("id", "title", "likelihood", "impact", "level", "status")),
        sorted(Treatment.objects.values_list("id", "action", "status", "due_date")),
        sorted(ContextIssue.objects.values_list("id", "description")),
        sorted(InterestedParty.objects.values_list("id", "name")),
        sorted(RiskMatrix.objects.values_list("id", "medium_from", "high_from")),
    )


def _q(personas):
    return f"?agency={personas.world.agency.pk}"


def test_pages_are_read_by_members_and_the_province(personas, client, treatment):
    names = ["index", "heatmap", "issues", "parties", "matrix", "export"]
    urls = [reverse(f"risks:{name}") + _q(personas) for name in names]
    urls.append(reverse("risks:detail", args=[treatment.risk_id]))
    for url in urls:
        check_matrix(personas, client, request=lambda c, p, url=url: c.get(url), allowed=READERS)


def test_create_form_is_offered_to_managers_and_unit_heads(personas, client):
    url = reverse("risks:create") + _q(personas)
    check_matrix(
        personas, client, request=lambda c, p: c.get(url), allowed=AGENCY_MANAGERS | {"unit_head"}
    )


def _risk_data(**extra):
    return {
        "kind": "risk",
        "title": f"Rủi ro mới {Risk.objects.count()}",
        "likelihood": "3",
        "impact": "4",
        "review_date": (timezone.localdate() + dt.timedelta(days=20)).strftime("%d/%m/%Y"),
        **extra,
    }


def test_create_risk_of_the_whole_agency(personas, client):
    url = reverse("risks:create") + _q(personas)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, _risk_data()),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )
    assert Risk.objects.count() == len(AGENCY_MANAGERS)


def test_unit_head_creates_a_risk_of_their_unit(personas, client):
    client.force_login(personas.unit_head)
    url = reverse("risks:create") + _q(personas)
    response = client.post(url, _risk_data(unit=str(personas.world.division.pk)))
    assert response.status_code == 302
    assert Risk.objects.get().unit == personas.world.division


def test_edit_risk(personas, client, risk):
    url = reverse("risks:edit", args=[risk.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, _risk_data(title=f"Sửa bởi {p}", status="open")),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_add_treatment(personas, client, risk):
    url = reverse("risks:treatment_add", args=[risk.pk])
    due = (timezone.localdate() + dt.timedelta(days=9)).strftime("%d/%m/%Y")
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url, {"action": f"Biện pháp {p}", "owner": str(personas.staff.pk), "due_date": due}
        ),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_treatment_status_by_managers_and_its_owner(personas, client, risk):
    treatment = make_treatment(personas, risk, owner=personas.unit_head)
    url = reverse("risks:treatment_status", args=[treatment.pk])

    def request(c, p):
        current = Treatment.objects.get(pk=treatment.pk).status
        return c.post(url, {"status": "planned" if current == "in_progress" else "in_progress"})

    check_matrix(
        personas,
        client,
        request=request,
        allowed=AGENCY_MANAGERS | {"unit_head"},
        state=_state,
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "issue_create",
            {"scope": "external", "swot": "threat", "category": "legal", "description": "Luật mới"},
        ),
        ("party_create", {"name": "Báo chí", "scope": "external", "needs": "Thông tin kịp thời"}),
        (
            "matrix",
            {
                "likelihood_levels": "5",
                "impact_levels": "5",
                "medium_from": "4",
                "high_from": "9",
                "very_high_from": "15",
            },
        ),
    ],
)
def test_context_and_matrix_writes_by_managers(personas, client, name, data):
    url = reverse(f"risks:{name}") + _q(personas)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, data),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_edit_issue_and_party(personas, client):
    from eiso.risks.tests.conftest import make_issue, make_party

    issue, party = make_issue(personas), make_party(personas)
    issue_url = reverse("risks:issue_edit", args=[issue.pk])
    party_url = reverse("risks:party_edit", args=[party.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            issue_url,
            {"scope": "internal", "swot": "strength", "category": "people", "description": p},
        ),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(party_url, {"name": p, "scope": "external", "needs": "x"}),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )
