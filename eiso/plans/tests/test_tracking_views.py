"""Tracking pages: what they show, bad input, query counts identical at two data sizes, the iCal
feed parsed back."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eiso.core import my_work
from eiso.plans.models import PlanScope, ProgressUpdate, Rhythm, TaskStatus, TimeframeKind
from eiso.plans.tracking import feeds, services
from eiso.plans.tracking.my_work import my_plan_tasks_section
from eiso.plans.tracking.testing import add_task, issued_plan
from eiso.plans.tracking.uploads import in_memory

pytestmark = pytest.mark.django_db

D = dt.date


def parse_ics(text: str) -> list[dict]:
    """A tiny RFC 5545 reader: unfold lines, split VEVENTs into {NAME: value} (params dropped)."""
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    unfolded = text.replace("\r\n ", "")
    events, current = [], None
    for line in unfolded.split("\r\n"):
        assert len(line.encode()) <= 75 * 20
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and ":" in line:
            name, value = line.split(":", 1)
            current[name.split(";")[0]] = (
                value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            )
    return events


def _fill(world, personas, n: int):
    """n tasks (mixed states) in this year's plan, n shares of a province-wide plan."""
    year = timezone.localdate().year
    plan = issued_plan(world.agency, year=year)
    units = [world.division, world.office, world.subdivision, None]
    for i in range(n):
        task = add_task(
            plan,
            f"Nhiệm vụ {i}",
            due=D(year, 1 + i % 12, 10),
            unit=units[i % len(units)],
        )
        if i % 3 == 0:
            services.progress_report(
                actor=personas.iso, work=task, reported_on=D(year, 1, 2), percent=20 + i % 50
            )
    add_task(
        plan,
        "Báo cáo quý",
        kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.QUARTERLY,
        unit=world.division,
    )
    services.tracking_start(plan=plan)
    wide = issued_plan(world.dost, year=year, scope=PlanScope.PROVINCE, title="Toàn tỉnh")
    agencies = [world.agency, world.other_agency][: max(1, min(2, n))]
    for i in range(n):
        add_task(wide, f"Việc toàn tỉnh {i}", due=D(year, 10, 15), agencies=agencies)
    return plan, wide


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _urls(world, plan, wide):
    task = plan.tasks.order_by("order").first()
    wide_task = wide.tasks.order_by("order").first()
    share = wide_task.assignments.get(agency=world.agency)
    month = timezone.localdate().strftime("%Y-%m")
    return [
        reverse("plans:tracking_board", args=[world.agency.pk]),
        reverse("plans:tracking_board", args=[world.agency.pk]) + "?status=overdue",
        reverse("plans:tracking_calendar", args=[world.agency.pk]) + f"?month={month}",
        reverse("plans:tracking_timeline", args=[plan.pk]),
        reverse("plans:tracking_task", args=[task.pk]),
        reverse("plans:tracking_share", args=[share.pk]),
        reverse("plans:tracking_province", args=[wide.pk]),
        reverse("plans:tracking_province_task", args=[wide.pk, wide_task.pk]),
        reverse("plans:tracking_province_export", args=[wide.pk]),
    ]


@pytest.mark.parametrize("persona", ["iso", "dost"])
def test_query_counts_do_not_grow_with_the_data(client, world, personas, persona):
    plan, wide = _fill(world, personas, 3)
    client.force_login(personas[persona])
    urls = _urls(world, plan, wide)
    urls = urls[3:4] + urls[6:] if persona == "dost" else urls[:6]
    [_count(client, url) for url in urls]  # warm the per-process working-day calendar cache
    small = [_count(client, url) for url in urls]
    _fill(world, personas, 30)
    large = [_count(client, url) for url in urls]
    assert small == large


def test_my_work_and_ical_query_counts(client, world, personas, django_assert_num_queries):
    _fill(world, personas, 3)
    user = personas.unit_head
    feed = reverse("plans:tracking_feed", args=[user.pk, feeds.feed_key(user)])
    with CaptureQueriesContext(connection) as small_feed:
        client.get(feed)
    with CaptureQueriesContext(connection) as small_section:
        my_plan_tasks_section(user, world.agency)
    _fill(world, personas, 30)
    user.refresh_from_db()
    with django_assert_num_queries(len(small_feed)):
        client.get(feed)
    user = type(user).objects.get(pk=user.pk)
    with django_assert_num_queries(len(small_section)):
        section = my_plan_tasks_section(user, world.agency)
    assert section.total > len(section.items) == 10


def test_ical_feed_parses_back_and_shows_only_what_the_user_may_see(client, world, personas):
    year = timezone.localdate().year
    plan = issued_plan(world.agency, year=year)
    add_task(plan, "Đánh giá nội bộ; họp, rà soát", due=D(year, 12, 30), unit=world.division)
    add_task(plan, "Việc của Văn phòng", due=D(year, 12, 30), unit=world.office)
    add_task(
        plan,
        "Báo cáo quý",
        kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.QUARTERLY,
        unit=world.division,
    )
    services.tracking_start(plan=plan)
    other = issued_plan(world.other_agency, year=year)
    add_task(other, "Việc của Sở Y tế", due=D(year, 12, 30), unit=world.other_unit)
    user = personas.unit_head
    response = client.get(reverse("plans:tracking_feed", args=[user.pk, feeds.feed_key(user)]))
    assert response["Content-Type"].startswith("text/calendar")
    events = parse_ics(response.content.decode())
    summaries = sorted(e["SUMMARY"] for e in events)
    assert "Đánh giá nội bộ; họp, rà soát" in summaries
    assert "Việc của Văn phòng" not in summaries and "Việc của Sở Y tế" not in summaries
    assert len([s for s in summaries if s.startswith("Báo cáo quý")]) == 4
    first = next(e for e in events if e["SUMMARY"].startswith("Đánh giá"))
    assert first["DTSTART"] == f"{year}1230" and first["DTEND"] == f"{year}1231"
    assert first["URL"].startswith("http://testserver/ke-hoach/theo-doi/nhiem-vu/")
    # The ISO coordinator's feed has the whole agency, never the other agency's work.
    iso = personas.iso
    iso_events = parse_ics(
        client.get(
            reverse("plans:tracking_feed", args=[iso.pk, feeds.feed_key(iso)])
        ).content.decode()
    )
    iso_summaries = {e["SUMMARY"] for e in iso_events}
    assert "Việc của Văn phòng" in iso_summaries and "Việc của Sở Y tế" not in iso_summaries


def test_ical_feed_by_api_token(client, world, personas):
    from eiso.accounts.tokens import create_token

    plan = issued_plan(world.agency, year=timezone.localdate().year)
    add_task(plan, "Họp xem xét", due=D(plan.year, 12, 30), unit=world.division)
    _token, raw = create_token(actor=personas.unit_head, name="Lịch")
    response = client.get(reverse("plans:tracking_feed_token"), {"token": raw})
    assert response.status_code == 200
    assert [e["SUMMARY"] for e in parse_ics(response.content.decode())] == ["Họp xem xét"]


def test_renamed_program_is_refused_on_the_page_and_the_form_keeps_the_input(
    client, world, personas
):
    plan = issued_plan(world.agency, year=timezone.localdate().year)
    task = add_task(plan, "Đánh giá nội bộ", due=D(plan.year, 12, 30), unit=world.division)
    client.force_login(personas.unit_head)
    response = client.post(
        reverse("plans:tracking_task_report", args=[task.pk]),
        {
            "reported_on": timezone.localdate().isoformat(),
            "percent": "70",
            "note": "Đã hoàn thành biên bản",
            "evidence": in_memory("bien-ban.pdf", b"MZ\x90\x00" + b"\x00" * 64),
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "là một chương trình hoặc tập lệnh" in page
    assert "Đã hoàn thành biên bản" in page and 'value="70"' in page
    assert not ProgressUpdate.objects.exists()
    response = client.post(
        reverse("plans:tracking_task_report", args=[task.pk]),
        {"reported_on": "ngày mai", "percent": "abc"},
    )
    assert response.status_code == 200
    assert not ProgressUpdate.objects.exists()


def test_board_counts_by_unit_and_filters(client, world, personas):
    year = timezone.localdate().year
    plan = issued_plan(world.agency, year=year)
    late = add_task(plan, "Việc trễ", due=D(year - 1, 12, 1), unit=world.division)
    late.plan.year = year
    done = add_task(plan, "Việc xong", due=D(year, 12, 30), unit=world.division)
    services.progress_report(
        actor=personas.unit_head, work=done, reported_on=timezone.localdate(), percent=100
    )
    client.force_login(personas.iso)
    url = reverse("plans:tracking_board", args=[world.agency.pk])
    page = client.get(url).content.decode()
    assert "Phòng Giáo dục phổ thông" in page and "Việc trễ" in page
    overdue = client.get(url, {"status": TaskStatus.OVERDUE}).content.decode()
    assert "Việc trễ" in overdue and "Việc xong" not in overdue
    assert client.get(url, {"unit": "không-phải-uuid", "year": "abc"}).status_code == 200


def test_my_work_section_lists_overdue_first(world, personas):
    year = timezone.localdate().year
    plan = issued_plan(world.agency, year=year)
    add_task(plan, "Sau này", due=D(year, 12, 30), unit=world.division)
    add_task(plan, "Đã trễ", due=D(year - 1, 12, 1), unit=world.division)
    sections = {s.key: s for s in my_work.sections_for(personas.unit_head, world.agency)}
    section = sections["plans.tasks"]
    assert [item.title for item in section.items] == ["Đã trễ", "Sau này"]
    assert section.items[0].is_overdue
    assert "plans.tasks" not in {s.key for s in my_work.sections_for(personas.dost, world.dost)}


def test_the_daily_job_and_notification_kinds_are_registered():
    from eiso.core.scheduler import registered_jobs
    from eiso.notifications.kinds import is_registered
    from eiso.plans.tracking import events

    assert "plans.daily_tracking" in {job.name for job in registered_jobs()}
    assert is_registered(events.KIND_DUE_SOON) and is_registered(events.KIND_OVERDUE)
    assert "plans.tasks" in my_work.registered_keys()


def test_status_matrix_export_reads_back(client, world, personas):
    from io import BytesIO

    from openpyxl import load_workbook

    year = timezone.localdate().year
    wide = issued_plan(world.dost, year=year, scope=PlanScope.PROVINCE, title="Toàn tỉnh")
    maintain = add_task(
        wide, "Duy trì HTQLCL", due=D(year, 12, 30), agencies=[world.agency, world.other_agency]
    )
    add_task(wide, "Báo cáo kết quả", due=D(year - 1, 10, 15), agencies=[world.agency])
    services.progress_report(
        actor=personas.iso,
        work=maintain.assignments.get(agency=world.agency),
        reported_on=timezone.localdate(),
        percent=100,
    )
    client.force_login(personas.dost)
    response = client.get(reverse("plans:tracking_province_export", args=[wide.pk]))
    sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][1:] == ["1. Duy trì HTQLCL", "2. Báo cáo kết quả", "Quá hạn"]
    by_agency = {row[0]: row[1:] for row in rows[2:]}
    assert by_agency["Sở Giáo dục và Đào tạo"] == ["Hoàn thành (100%)", "Quá hạn (0%)", 1]
    assert by_agency["Sở Y tế"][1] == "—"


def test_reporting_on_a_period_of_a_recurring_task(client, world, personas):
    year = timezone.localdate().year
    plan = issued_plan(world.agency, year=year)
    task = add_task(
        plan,
        "Báo cáo quý",
        kind=TimeframeKind.RECURRING,
        rhythm=Rhythm.QUARTERLY,
        unit=world.division,
    )
    services.tracking_start(plan=plan)
    first = task.occurrences.order_by("period_start").first()
    client.force_login(personas.unit_head)
    url = reverse("plans:tracking_task_report", args=[task.pk])
    page = client.get(reverse("plans:tracking_task", args=[task.pk])).content.decode()
    assert f"Quý I/{year}" in page
    missing = client.post(url, {"reported_on": timezone.localdate().isoformat(), "percent": "100"})
    assert missing.status_code == 200 and not ProgressUpdate.objects.exists()
    response = client.post(
        url,
        {
            "occurrence": str(first.pk),
            "reported_on": timezone.localdate().isoformat(),
            "percent": "100",
        },
    )
    assert response.status_code == 302
    first.refresh_from_db()
    task.refresh_from_db()
    assert first.status == TaskStatus.DONE and task.progress == 25
    other = issued_plan(world.other_agency, year=year)
    foreign = add_task(other, "Khác", kind=TimeframeKind.RECURRING, rhythm=Rhythm.YEARLY)
    services.tracking_start(plan=other)
    response = client.post(
        url,
        {
            "occurrence": str(foreign.occurrences.get().pk),
            "reported_on": timezone.localdate().isoformat(),
            "percent": "10",
        },
    )
    assert response.status_code == 200  # not one of this task's periods: refused on the form
    assert ProgressUpdate.objects.count() == 1


def test_progress_shows_in_the_history_pages(client, world, personas):
    year = timezone.localdate().year
    plan = issued_plan(world.agency, year=year)
    task = add_task(plan, "Đánh giá nội bộ", due=D(year, 12, 30), unit=world.division)
    wide = issued_plan(world.dost, year=year, scope=PlanScope.PROVINCE)
    share = add_task(
        wide, "Duy trì", due=D(year, 12, 30), agencies=[world.agency]
    ).assignments.get()
    today = timezone.localdate()
    services.progress_report(actor=personas.unit_head, work=task, reported_on=today, percent=30)
    services.progress_report(actor=personas.iso, work=share, reported_on=today, percent=40)
    client.force_login(personas.iso)
    page = client.get(reverse("plans:tracking_task", args=[task.pk])).content.decode()
    history_url = reverse("core:history", args=["plans.plan", plan.pk]) + "?sub=1"
    assert history_url in page
    assert "Báo cáo tiến độ nhiệm vụ kế hoạch" in client.get(history_url).content.decode()
    share_history = reverse("core:history", args=["plans.taskassignment", share.pk])
    assert "Báo cáo tiến độ phần việc của cơ quan" in client.get(share_history).content.decode()
    client.force_login(personas.other_province)
    assert client.get(share_history).status_code == 404
