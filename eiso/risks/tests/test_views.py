"""Pages: bad input keeps what was typed, heat-map counts and links, Excel export, history,
constant query counts at two data sizes, API."""

from __future__ import annotations

import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from eiso.core import history
from eiso.risks.models import Risk, Treatment
from eiso.risks.tests.conftest import make_issue, make_party, make_risk, make_treatment
from eiso.risks.tests.test_views_matrix import AGENCY_MANAGERS, READERS
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db


def _q(personas):
    return f"?agency={personas.world.agency.pk}"


def test_bad_input_keeps_what_was_typed(client, personas):
    client.force_login(personas.iso)
    url = reverse("risks:create") + _q(personas)
    data = {
        "kind": "risk",
        "title": "Giữ nguyên nội dung đã nhập",
        "likelihood": "3",
        "impact": "4",
        "residual_likelihood": "2",
        "review_date": "31/02/2026",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Giữ nguyên nội dung đã nhập" in page
    assert "Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2026." in page
    data["review_date"] = ""
    page = client.post(url, data).content.decode()
    assert (
        "Hãy nhập cả khả năng xảy ra còn lại và mức ảnh hưởng còn lại, hoặc để trống cả hai."
        in page
    )
    assert Risk.objects.count() == 0


def test_matrix_form_shows_the_threshold_message(client, personas):
    client.force_login(personas.iso)
    url = reverse("risks:matrix") + _q(personas)
    data = {
        "likelihood_levels": "5",
        "impact_levels": "5",
        "medium_from": "6",
        "high_from": "6",
        "very_high_from": "16",
    }
    page = client.post(url, data).content.decode()
    assert "Mức “Cao” phải bắt đầu ở điểm lớn hơn điểm bắt đầu mức “Trung bình” (6)." in page
    assert 'value="6"' in page


def test_heatmap_counts_and_cell_links(client, personas):
    make_risk(personas, likelihood=4, impact=4)
    make_risk(personas, likelihood=4, impact=4, title="Rủi ro thứ hai")
    make_risk(personas, likelihood=1, impact=2, title="Rủi ro thấp")
    client.force_login(personas.staff)
    page = client.get(reverse("risks:heatmap") + _q(personas)).content.decode()
    assert "Khả năng 4, ảnh hưởng 4 (Rất cao): 2" in page
    assert "Khả năng 1, ảnh hưởng 2 (Thấp): 1" in page
    assert "Khả năng 5, ảnh hưởng 5 (Rất cao): không có" in page
    cell = reverse("risks:index") + _q(personas) + "&likelihood=4&impact=4"
    assert cell.replace("&", "&amp;") in page
    listed = client.get(cell).content.decode()
    assert "Rủi ro thứ hai" in listed and "Rủi ro thấp" not in listed
    make_risk(personas, title="Rủi ro của phòng", unit=personas.world.division)
    by_unit = client.get(
        reverse("risks:index") + _q(personas) + f"&unit={personas.world.division.pk}"
    ).content.decode()
    assert "Rủi ro của phòng" in by_unit and "Rủi ro thứ hai" not in by_unit


def test_excel_export_lists_the_register(client, personas):
    issue = make_issue(personas)
    risk = make_risk(personas, source_issue=issue, title="=HYPERLINK(1)")
    make_treatment(personas, risk)
    client.force_login(personas.dost)
    response = client.get(reverse("risks:export") + _q(personas))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "Mã"
    assert sheet["A3"].value == "RR-001"
    assert sheet["C3"].value == "'=HYPERLINK(1)"
    assert sheet["J3"].value == "Rất cao"
    assert "Bổ sung 1 công chức" in sheet["K3"].value


def test_history_page_of_a_risk_includes_its_treatments(client, personas, risk):
    make_treatment(personas, risk)
    client.force_login(personas.head)
    page = client.get(history.url_for(risk) + "?sub=1").content.decode()
    assert "Thêm rủi ro, cơ hội" in page
    assert "Thêm biện pháp xử lý" in page


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _grow(personas, n):
    for i in range(n):
        issue = make_issue(personas, description=f"Vấn đề {i} {Risk.objects.count()}")
        party = make_party(personas, name=f"Bên {i} {Risk.objects.count()}")
        risk = make_risk(
            personas,
            title=f"Rủi ro {Risk.objects.count()}",
            source_issue=issue,
            source_party=party,
            unit=personas.world.division,
            owner=personas.unit_head,
            likelihood=1 + i % 5,
        )
        make_treatment(personas, risk)
        Treatment.objects.filter(risk=risk).update(due_date="2026-01-05")


def test_query_counts_do_not_grow(client, personas, settings):
    settings.EISO_PAGE_SIZE = 50
    _grow(personas, 2)
    client.force_login(personas.iso)
    q = _q(personas)
    urls = [
        reverse("risks:index") + q,
        reverse("risks:heatmap") + q,
        reverse("risks:issues") + q,
        reverse("risks:parties") + q,
        reverse("risks:export") + q,
        f"/api/v1/risks{q}",
    ]
    small = [_count(client, url) for url in urls]
    _grow(personas, 6)
    assert [_count(client, url) for url in urls] == small


def test_api_read_and_treatment_status(client, personas, risk):
    treatment = make_treatment(personas, risk, owner=personas.staff)
    base = "/api/v1/risks"
    for url in (
        f"{base}?agency={personas.world.agency.pk}",
        f"{base}/{risk.pk}",
        f"{base}/{risk.pk}/treatments",
    ):
        check_matrix(
            personas,
            client,
            request=lambda c, p, url=url: c.get(url),
            allowed=READERS,
            anonymous_statuses=(401,),
        )
    client.force_login(personas.iso)
    body = client.get(f"{base}/{risk.pk}").json()
    assert (body["code"], body["score"], body["level"]) == ("RR-001", 16, "very_high")
    url = f"{base}/treatments/{treatment.pk}/status"

    def state():
        return sorted(Treatment.objects.values_list("id", "status"))

    def request(c, p):
        current = Treatment.objects.get(pk=treatment.pk).status
        target = "planned" if current == "in_progress" else "in_progress"
        return c.post(url, json.dumps({"status": target}), content_type="application/json")

    check_matrix(
        personas,
        client,
        request=request,
        allowed=AGENCY_MANAGERS | {"staff"},
        state=state,
        anonymous_statuses=(401, 403),
    )
    client.force_login(personas.staff)
    Treatment.objects.filter(pk=treatment.pk).update(status="done")
    response = client.post(
        url, json.dumps({"status": "cancelled"}), content_type="application/json"
    )
    assert response.status_code == 400
    assert "không thể chuyển" in response.json()["detail"]


def test_residual_heat_map_and_kind_toggle(client, personas):
    risk = make_risk(personas, likelihood=5, impact=5)
    from eiso.risks import services

    services.risk_update(actor=personas.iso, risk=risk, residual_likelihood=2, residual_impact=2)
    make_risk(personas, kind="opportunity", title="Số hóa hồ sơ", likelihood=3, impact=3)
    client.force_login(personas.iso)
    base = reverse("risks:heatmap") + _q(personas)
    residual = client.get(base + "&residual=1").content.decode()
    assert "Khả năng 2, ảnh hưởng 2 (Thấp): 1" in residual
    assert "Khả năng 5, ảnh hưởng 5 (Rất cao): không có" in residual
    risks_only = client.get(base + "&kind=risk").content.decode()
    assert "Khả năng 5, ảnh hưởng 5 (Rất cao): 1" in risks_only
    assert "Khả năng 3, ảnh hưởng 3 (Trung bình): không có" in risks_only


def test_reminder_job_is_registered():
    from eiso.core import scheduler

    assert "risks.reminders" in {job.name for job in scheduler.registered_jobs()}


def test_issue_and_party_histories_are_linked_and_readable(client, personas):
    issue = make_issue(personas)
    party = make_party(personas)
    client.force_login(personas.dost)
    for name, obj, label in (
        ("risks:issues", issue, "Thêm vấn đề bối cảnh"),
        ("risks:parties", party, "Thêm bên quan tâm"),
    ):
        page = client.get(reverse(name) + _q(personas)).content.decode()
        assert history.url_for(obj) in page
        assert label in client.get(history.url_for(obj)).content.decode()
