"""Pages: forms keep input on error, htmx measurement entry, bad uploads, query counts,
"Việc của tôi" sections, "Lịch sử" and reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eiso.core import history, my_work
from eiso.core.calendar import add_working_days, subtract_working_days
from eiso.notifications.models import Notification
from eiso.objectives import reminders, services
from eiso.objectives.models import Measurement, Objective
from eiso.objectives.tests.conftest import make_objective, measured_day

pytestmark = pytest.mark.django_db


def test_create_form_keeps_input_and_shows_a_vietnamese_message(client, personas, objective):
    client.force_login(personas.iso)
    url = reverse("objectives:create") + f"?agency={personas.world.agency.pk}"
    data = {
        "year": objective.year,
        "statement": "Giữ nguyên nội dung",
        "indicator": "Chỉ số",
        "comparator": "gte",
        "target": "không phải số",
        "measure_unit": "%",
        "frequency": "quarterly",
        "data_source": "manual",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nhập một số, ví dụ 95 hoặc 12,5." in content
    assert "Giữ nguyên nội dung" in content and "không phải số" in content
    assert Objective.objects.count() == 1


def test_htmx_measurement_entry(client, personas, objective):
    client.force_login(personas.iso)
    url = reverse("objectives:measurement_add", args=[objective.pk])
    form = client.get(url, headers={"HX-Request": "true"})
    assert b'hx-post="' in form.content and b"<html" not in form.content
    bad = client.post(
        url, {"measured_on": "31/02/2026", "value": "97"}, headers={"HX-Request": "true"}
    )
    assert "Nhập ngày theo dạng dd/mm/yyyy" in bad.content.decode()
    day = measured_day(objective).strftime("%d/%m/%Y")
    ok = client.post(
        url, {"measured_on": day, "value": "97,5", "comment": "Quý"}, headers={"HX-Request": "true"}
    )
    assert ok.status_code == 204
    assert ok["HX-Redirect"] == reverse("objectives:detail", args=[objective.pk])
    assert Measurement.objects.get().value == pytest.approx(97.5)


def test_renamed_executable_upload_is_refused_with_a_clear_message(client, personas, objective):
    client.force_login(personas.iso)
    url = reverse("objectives:measurement_add", args=[objective.pk])
    exe = SimpleUploadedFile("ket-qua.pdf", b"MZ\x90\x00\x03" + b"\x00" * 500, "application/pdf")
    response = client.post(
        url,
        {
            "measured_on": measured_day(objective).strftime("%d/%m/%Y"),
            "value": "99",
            "evidence": exe,
        },
    )
    assert response.status_code == 200
    assert "Tệp này là một chương trình, không phải tài liệu" in response.content.decode()
    assert not Measurement.objects.exists()


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _grow(personas, objective, n):
    for i in range(n):
        child = make_objective(
            personas,
            unit=personas.world.division,
            parent=objective,
            statement=f"Đơn vị {i} {Objective.objects.count()}",
        )
        services.measurement_create(
            actor=personas.iso, objective=child, measured_on=measured_day(child), value=i
        )
        services.evaluation_save(actor=personas.iso, objective=child, result="achieved")
        services.measurement_create(
            actor=personas.iso, objective=objective, measured_on=measured_day(objective), value=i
        )
        services.action_create(
            actor=personas.iso,
            objective=objective,
            action=f"Việc {i}",
            responsible="VP",
            timeframe="Quý I",
            evaluation_method="Báo cáo",
        )


def test_query_counts_do_not_grow(client, personas, objective, settings):
    settings.EISO_PAGE_SIZE = 5
    client.force_login(personas.iso)
    list_url = (
        reverse("objectives:list") + f"?agency={personas.world.agency.pk}&year={objective.year}"
    )
    detail_url = reverse("objectives:detail", args=[objective.pk])
    _grow(personas, objective, 6)
    small = (_count(client, list_url), _count(client, detail_url))
    _grow(personas, objective, 6)
    assert (_count(client, list_url), _count(client, detail_url)) == small


def test_list_filters_and_pagination(client, personas, objective, settings):
    settings.EISO_PAGE_SIZE = 2
    for i in range(3):
        make_objective(personas, statement=f"Mục tiêu phụ {i}")
    services.measurement_create(
        actor=personas.iso, objective=objective, measured_on=measured_day(objective), value=50
    )
    client.force_login(personas.head)
    base = reverse("objectives:list") + f"?agency={personas.world.agency.pk}&year={objective.year}"
    page = client.get(base).content.decode()
    assert "1 / 2" in page
    off = client.get(base + "&status=off_track").content.decode()
    assert objective.statement in off and "Mục tiêu phụ" not in off
    assert "Không đạt tiến độ: 1" in off


def test_my_work_lists_due_measurements_and_evaluations_to_approve(personas, unit_objective):
    sections = {s.key: s for s in my_work.sections_for(personas.staff, personas.world.agency)}
    horizon = add_working_days(timezone.localdate(), reminders.reminder_days())
    due = sections["objectives.measurements"]
    assert [item.title for item in due.items] == [unit_objective.statement]
    assert all(item.due_date <= horizon for item in due.items)
    # The unit head of the responsible unit sees it too; a reader does not.
    head_of_unit = {s.key for s in my_work.sections_for(personas.unit_head, None)}
    assert "objectives.measurements" in head_of_unit
    assert "objectives.measurements" not in {
        s.key for s in my_work.sections_for(personas.dost, None)
    }
    services.evaluation_save(
        actor=personas.iso, objective=unit_objective, result="achieved", submit=True
    )
    head_sections = {s.key: s for s in my_work.sections_for(personas.head, personas.world.agency)}
    approve = head_sections["objectives.evaluations"]
    assert approve.total == 1 and approve.items[0].title == unit_objective.statement
    assert "objectives.evaluations" not in {s.key for s in my_work.sections_for(personas.iso, None)}
    evaluation = services.evaluation_return(
        actor=personas.head, evaluation=unit_objective.evaluation, comment="Bổ sung minh chứng"
    )
    returned = {s.key: s for s in my_work.sections_for(personas.iso, None)}["objectives.returned"]
    assert returned.total == 1 and returned.items[0].detail == evaluation.return_comment


def test_due_section_shows_an_uncovered_slot(personas):
    """A monthly objective never measured is due at the end of this month (within the horizon
    once the month's last working days come) or already late."""
    objective = make_objective(
        personas, frequency="monthly", responsible_person=personas.staff, statement="Hằng tháng"
    )
    today = timezone.localdate()
    objective.period_start = today.replace(day=1) - dt.timedelta(days=40)
    objective.save()
    section = {s.key: s for s in my_work.sections_for(personas.staff, None)}[
        "objectives.measurements"
    ]
    assert section.items[0].title == "Hằng tháng"
    assert section.items[0].is_overdue


def test_reminders_notify_n_working_days_before(personas, settings):
    objective = make_objective(personas, frequency="yearly", responsible_person=personas.staff)
    settings.EISO_OBJECTIVE_REMINDER_WORKING_DAYS = 2
    day = subtract_working_days(objective.period_end, 2)
    assert reminders.send_measurement_reminders(day) == 1
    note = Notification.objects.get(recipient=personas.staff)
    assert note.kind == "objectives.measurement_due"
    assert objective.period_end.strftime("%d/%m/%Y") in note.title
    # The day after is neither N working days before nor the due day (unless it is the due day).
    next_day = day + dt.timedelta(days=1)
    assert reminders.send_measurement_reminders(next_day) == int(next_day == objective.period_end)
    services.measurement_create(
        actor=personas.iso, objective=objective, measured_on=measured_day(objective), value=100
    )
    Notification.objects.all().delete()
    assert reminders.send_measurement_reminders(day) == 0


def test_history_page_includes_measurements(client, personas, objective):
    services.measurement_create(
        actor=personas.iso, objective=objective, measured_on=measured_day(objective), value=1
    )
    assert history.is_registered("objectives.objective")
    url = history.url_for(objective)
    client.force_login(personas.head)
    assert client.get(url).status_code == 200
    client.force_login(personas.other_agency)
    assert client.get(url).status_code == 404


def test_reminder_job_is_scheduled_and_runs(personas):
    from eiso.core.scheduler import registered_jobs
    from eiso.objectives.tasks import send_measurement_reminders

    assert "objectives.measurement_reminders" in [job.name for job in registered_jobs()]
    assert send_measurement_reminders.call() == 0


def _section_queries(user, count, personas):
    for i in range(count):
        make_objective(
            personas, statement=f"Đo {count} {i}", frequency="monthly", responsible_person=user
        )
    my_work.sections_for(user, None)  # warm the working-day calendar cache
    with CaptureQueriesContext(connection) as ctx:
        sections = my_work.sections_for(user, None)
    assert "objectives.measurements" in {s.key for s in sections}
    return len(ctx.captured_queries)


def test_my_work_sections_query_count_does_not_grow(personas):
    assert _section_queries(personas.staff, 2, personas) == _section_queries(
        personas.staff, 15, personas
    )


def test_agency_objective_summarises_its_unit_objectives(
    client, personas, objective, unit_objective
):
    services.measurement_create(
        actor=personas.iso,
        objective=unit_objective,
        measured_on=measured_day(unit_objective),
        value=100,
    )
    services.evaluation_save(actor=personas.iso, objective=unit_objective, result="achieved")
    client.force_login(personas.dost)
    page = client.get(reverse("objectives:detail", args=[objective.pk])).content.decode()
    assert unit_objective.statement in page
    assert (
        "1 mục tiêu đơn vị: 1 đúng tiến độ, 0 có nguy cơ, 0 không đạt tiến độ; 1/1 đã đánh giá đạt."
        in page
    )


def test_chart_is_drawn_on_the_server(client, personas, objective):
    client.force_login(personas.iso)
    url = reverse("objectives:detail", args=[objective.pk])
    page = client.get(url).content.decode()
    assert 'id="objective-chart"' not in page  # no measurement yet: no chart, the text says so
    day = measured_day(objective)
    services.measurement_create(
        actor=personas.iso, objective=objective, measured_on=day, value="98,5"
    )
    page = client.get(url).content.decode()
    assert 'id="objective-chart"' in page and 'role="img"' in page
    assert f"<title>{day:%d/%m/%Y}: 98,5 %</title>" in page
    assert "Chỉ tiêu ≥ 100 %" in page  # the target line's label
    assert "<canvas" not in page and "chartjs" not in page and "<script>" not in page
