"""Pages: the dashboard's numbers, filters, a bad form keeps what was typed, the history page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from eiso.core.history import url_for
from eiso.nonconformities import selectors, services
from eiso.nonconformities.models import Nonconformity
from eiso.nonconformities.tests.conftest import add_action, analyse, make_nc, today

pytestmark = pytest.mark.django_db


def test_dashboard_counts_open_nonconformities_by_unit_age_and_source(client, personas):
    make_nc(personas, unit="division", source="complaint", detected_on=today())
    make_nc(
        personas,
        unit="division",
        source="dost_inspection",
        detected_on=today() - dt.timedelta(days=45),
    )
    old = make_nc(
        personas, unit="office", source="complaint", detected_on=today() - dt.timedelta(days=200)
    )
    analyse(personas, old)
    add_action(personas, old, due=today() - dt.timedelta(days=3))
    data = selectors.agency_dashboard(personas.iso, personas.world.agency)
    assert data.open_total == 3 and data.overdue_total == 1
    assert data.by_unit == [("Phòng Giáo dục phổ thông", 2), ("Văn phòng Sở", 1)]
    assert data.by_age == [("0-30", 1), ("31-90", 1), ("91-180", 0), ("180+", 1)]
    sources = {value: n for value, _label, n in data.by_source}
    assert (sources["complaint"], sources["dost_inspection"], sources["other"]) == (2, 1, 0)
    client.force_login(personas.unit_head)
    page = client.get(reverse("nonconformities:dashboard") + f"?agency={personas.world.agency.pk}")
    html = page.content.decode()
    # The charts are inline SVG drawn on the server: no chart library, no inline script (CSP).
    assert 'id="chart-by-unit"' in html and 'id="chart-by-age"' in html
    assert 'id="chart-by-source"' in html and "<canvas" not in html
    assert "<title>Phòng Giáo dục phổ thông: 2</title>" in html
    assert "chartjs" not in html and "charts.js" not in html
    assert "<script>" not in html and 'style="' not in html


def test_list_filters(client, personas):
    make_nc(personas, source="complaint", description="Phản ánh về thái độ phục vụ")
    make_nc(personas, source="dost_inspection", description="Chưa cập nhật TTHC mới")
    client.force_login(personas.staff)
    url = reverse("nonconformities:index") + f"?agency={personas.world.agency.pk}"
    html = client.get(url + "&source=dost_inspection").content.decode()
    assert "Chưa cập nhật TTHC mới" in html and "thái độ phục vụ" not in html
    html = client.get(url + "&q=thái độ").content.decode()
    assert "thái độ phục vụ" in html and "TTHC mới" not in html


def test_a_bad_record_form_keeps_what_was_typed(client, personas):
    client.force_login(personas.iso)
    url = reverse("nonconformities:create") + f"?agency={personas.world.agency.pk}"
    response = client.post(
        url,
        {
            "source": "complaint",
            "description": "Hồ sơ trả chậm 2 ngày",
            "severity": "minor",
            "detected_on": "31/02/2026",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/03/2026." in html
    assert "Hồ sơ trả chậm 2 ngày" in html
    future = (today() + dt.timedelta(days=2)).strftime("%d/%m/%Y")
    response = client.post(
        url,
        {
            "source": "complaint",
            "description": "Hồ sơ trả chậm",
            "severity": "minor",
            "detected_on": future,
        },
    )
    assert "Ngày phát hiện không được ở tương lai." in response.content.decode()
    assert not Nonconformity.objects.exists()


def test_history_shows_the_actions(client, personas):
    nc = make_nc(personas)
    analyse(personas, nc)
    add_action(personas, nc)
    services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    client.force_login(personas.head)
    html = client.get(url_for(nc)).content.decode()
    assert "Bắt đầu thực hiện hành động khắc phục" in html
    html = client.get(url_for(nc) + "?sub=1").content.decode()
    assert "Thêm hành động khắc phục" in html  # the action, a sub-object


def test_a_unit_head_records_only_for_their_unit(client, personas):
    client.force_login(personas.unit_head)
    url = reverse("nonconformities:create") + f"?agency={personas.world.agency.pk}"
    data = {
        "source": "process_monitoring",
        "description": "Sổ theo dõi không cập nhật",
        "severity": "minor",
        "detected_on": today().strftime("%d/%m/%Y"),
    }
    response = client.post(url, {**data, "unit": personas.world.office.pk})
    assert response.status_code == 200
    assert "Bạn chỉ ghi nhận được sự không phù hợp của phòng, ban mình phụ trách." in (
        response.content.decode()
    )
    assert not Nonconformity.objects.exists()
    response = client.post(url, {**data, "unit": personas.world.subdivision.pk})
    assert response.status_code == 302
    assert Nonconformity.objects.get().unit == personas.world.subdivision


def _to_verification(personas):
    nc = make_nc(personas)
    analyse(personas, nc)
    action = add_action(personas, nc)
    services.nonconformity_start(actor=personas.iso, nonconformity=nc)
    services.action_set_status(
        actor=personas.staff, action=action, status="done", result_note="Xong"
    )
    services.nonconformity_request_verification(actor=personas.iso, nonconformity=nc)
    return nc


def test_verification_evidence_file_is_sniffed_and_served_to_readers(
    client, personas, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from eiso.nonconformities.models import Verification
    from tests.support.matrix import check_matrix

    settings.MEDIA_ROOT = str(tmp_path)
    nc = _to_verification(personas)
    url = reverse("nonconformities:verify", args=[nc.pk])
    client.force_login(personas.auditor)
    program = SimpleUploadedFile("bien-ban.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(
        url, {"effective": "1", "evidence": "Kiểm tra 30 hồ sơ", "evidence_file": program}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Kiểm tra 30 hồ sơ" in html
    assert "Tệp này là một chương trình, không phải tài liệu" in html
    assert not Verification.objects.exists()
    pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    response = client.post(
        url, {"effective": "1", "evidence": "Kiểm tra 30 hồ sơ", "evidence_file": pdf}
    )
    assert response.status_code == 302
    verification = Verification.objects.get()
    assert (
        verification.evidence_name == "bien-ban.pdf"
        and verification.evidence_file.name.endswith(".pdf")
    )
    download = reverse("nonconformities:verification_evidence", args=[verification.pk])
    from eiso.nonconformities.tests.test_views_matrix import READERS

    check_matrix(personas, client, request=lambda c, p: c.get(download), allowed=READERS)


def test_dashboard_shows_this_years_audit_programme_progress(client, personas):
    from eiso.audits.models import Audit, AuditProgramme, AuditStatus

    world = personas.world
    programme = AuditProgramme.objects.create(
        iso_unit=world.agency.iso_unit, agency=world.agency, year=today().year
    )
    for sequence, status in enumerate(
        (AuditStatus.REPORTED, AuditStatus.PLANNED, AuditStatus.PLANNED, AuditStatus.CANCELLED),
        start=1,
    ):
        Audit.objects.create(
            programme=programme,
            sequence=sequence,
            title=f"Đợt {sequence}",
            planned_month=sequence,
            status=status,
        )
    progress = selectors.programme_progress(personas.dost, today().year, world.agency)
    assert (progress.planned, progress.done, progress.percent) == (3, 1, 33)
    assert selectors.programme_progress(personas.dost, today().year, world.other_agency) is None
    client.force_login(personas.iso)
    html = client.get(
        reverse("nonconformities:dashboard") + f"?agency={world.agency.pk}"
    ).content.decode()
    assert "33%" in html and "đã thực hiện 1/3 cuộc đánh giá" in html


def test_changes_publish_the_domain_event(personas, django_capture_on_commit_callbacks):
    from eiso.core import domain_events

    seen = []

    def subscriber(nonconformity_id):
        seen.append(nonconformity_id)

    domain_events.subscribe("nonconformities.nonconformity_changed", subscriber)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            nc = make_nc(personas)
            analyse(personas, nc)
    finally:
        domain_events._subscribers["nonconformities.nonconformity_changed"].remove(subscriber)
    assert seen == [nc.pk, nc.pk]
