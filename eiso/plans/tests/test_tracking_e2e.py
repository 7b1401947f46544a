"""In a browser: a unit head reports progress on a task (with an evidence file) from "Việc của
tôi"; a task passes its deadline, the daily job runs, the task shows overdue and the unit head has
the reminder; the ISO coordinator sees who holds what, the timeline and the month calendar; the
DOST sees the province-wide plan. Screenshots: artifacts/e2e/tracking-*.png.
"""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from eiso.notifications.models import Notification
from eiso.plans.models import PlanScope, ProgressUpdate, TaskStatus
from eiso.plans.tracking import events, services
from eiso.plans.tracking.tasks import daily_tracking
from eiso.plans.tracking.testing import add_task, issued_plan
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _data(world, personas):
    today = timezone.localdate()
    plan = issued_plan(world.agency, year=today.year, title="Kế hoạch duy trì, cải tiến HTQLCL")
    upcoming = add_task(
        plan,
        "Đánh giá nội bộ HTQLCL",
        due=min(today + dt.timedelta(days=30), dt.date(today.year, 12, 31)),
        unit=world.division,
    )
    late = add_task(
        plan,
        "Rà soát, cập nhật tài liệu bên ngoài",
        due=today - dt.timedelta(days=14),
        unit=world.division,
    )
    add_task(plan, "Họp xem xét của lãnh đạo", due=today - dt.timedelta(days=40), unit=world.office)
    wide = issued_plan(
        world.dost, year=today.year, scope=PlanScope.PROVINCE, title="Kế hoạch toàn tỉnh"
    )
    wide_task = add_task(
        wide,
        "Duy trì, cải tiến HTQLCL",
        due=today - dt.timedelta(days=3),
        agencies=[world.agency, world.other_agency],
    )
    services.progress_report(
        actor=personas.iso,
        work=wide_task.assignments.get(agency=world.agency),
        reported_on=today,
        percent=100,
    )
    return plan, upcoming, late, wide


def test_unit_head_reports_progress_and_an_overdue_task_is_reminded(
    live_server, page, personas, world, tmp_path
):
    _plan, upcoming, late, _wide = _data(world, personas)
    login(page, live_server.url, personas.unit_head.username, PASSWORD)
    section = page.locator("main").get_by_text("Nhiệm vụ kế hoạch của đơn vị tôi")
    assert section.is_visible()
    page.get_by_role("link", name="Đánh giá nội bộ HTQLCL").first.click()
    page.wait_for_load_state("networkidle")
    evidence = tmp_path / "bien-ban-danh-gia.pdf"
    evidence.write_bytes(PDF)
    form = page.locator("[data-testid=progress-form]")
    form.get_by_label("Tiến độ (%)").fill("60")
    form.get_by_label("Ghi chú").fill("Đã lập chương trình đánh giá, gửi các phòng.")
    form.get_by_label("Tệp minh chứng").set_input_files(str(evidence))
    screenshot(page, "tracking-report-form")
    form.get_by_role("button", name="Lưu tiến độ").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đã lưu tiến độ.").is_visible()
    assert page.locator("[data-testid=update]").first.inner_text().count("60%") == 1
    assert page.locator("[data-testid=work-status]").get_by_text("Đang thực hiện").is_visible()
    screenshot(page, "tracking-task-reported")
    update = ProgressUpdate.objects.get(task=upcoming)
    assert update.evidence.name.endswith("bien-ban-danh-gia.pdf")
    with page.expect_download() as download:
        page.get_by_role("link", name="Minh chứng").first.click()
    assert download.value.suggested_filename == "bien-ban-danh-gia.pdf"

    # The deadline has passed: the daily job marks the task overdue and reminds the unit head.
    daily_tracking.call()
    daily_tracking.call()  # a second run sends nothing twice
    late.refresh_from_db()
    assert late.status == TaskStatus.OVERDUE
    reminders = Notification.objects.filter(recipient=personas.unit_head, kind=events.KIND_OVERDUE)
    assert reminders.count() == 1
    page.goto(live_server.url + reverse("core:my_work"))
    row = page.locator(
        "main li, main .list-group-item, main tr", has_text="Rà soát, cập nhật tài liệu bên ngoài"
    ).first
    assert "Quá hạn" in row.inner_text()
    screenshot(page, "tracking-my-work-overdue")
    page.goto(live_server.url + reverse("notifications:inbox"))
    assert page.get_by_text("Quá hạn", exact=False).first.is_visible()
    assert "Rà soát, cập nhật tài liệu bên ngoài" in page.content()
    screenshot(page, "tracking-reminder")
    assert page.console_errors == []


def test_coordinator_and_dost_overviews(live_server, page, personas, world):
    plan, _upcoming, _late, wide = _data(world, personas)
    daily_tracking.call()
    login(page, live_server.url, personas.iso.username, PASSWORD)
    page.goto(live_server.url + reverse("plans:tracking_board", args=[world.agency.pk]))
    loads = page.locator("[data-testid=unit-load]")
    assert loads.count() == 3  # division, office, the share without a unit yet
    division = loads.filter(has_text="Phòng Giáo dục phổ thông")
    assert division.locator("td").nth(3).inner_text() == "1"  # one overdue
    screenshot(page, "tracking-board")
    page.goto(live_server.url + reverse("plans:tracking_timeline", args=[plan.pk]))
    assert page.locator("[data-testid=gantt-bar]").count() == 3
    screenshot(page, "tracking-timeline")
    page.goto(live_server.url + reverse("plans:tracking_calendar", args=[world.agency.pk]))
    screenshot(page, "tracking-calendar")
    share = wide.tasks.get().assignments.get(agency=world.agency)
    page.goto(live_server.url + reverse("plans:tracking_share", args=[share.pk]))
    page.get_by_label("Đơn vị thực hiện phần việc này").select_option(label="Văn phòng Sở")
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đã lưu đơn vị thực hiện phần việc.").is_visible()
    share.refresh_from_db()
    assert share.lead_unit == world.office
    screenshot(page, "tracking-share")
    page.goto(live_server.url + reverse("plans:tracking_feed_page"))
    assert page.locator("[data-testid=feed-url]").input_value().endswith(".ics")
    assert page.console_errors == []

    page.context.clear_cookies()
    login(page, live_server.url, personas.dost.username, PASSWORD)
    page.goto(live_server.url + reverse("plans:tracking_province", args=[wide.pk]))
    row = page.locator("[data-testid=province-task]").first
    cells = row.locator("td").all_inner_texts()
    assert cells[1:5] == ["2", "1", "0", "1"]  # 2 agencies: 1 done, 0 in progress, 1 overdue
    screenshot(page, "tracking-province")
    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất bảng tình trạng (Excel)").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    row.get_by_role("link").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-testid=province-share]").count() == 2
    screenshot(page, "tracking-province-task")


def test_task_page_and_timeline_fit_a_phone(live_server, phone_page, personas, world):
    plan, upcoming, _late, _wide = _data(world, personas)
    login(phone_page, live_server.url, personas.unit_head.username, PASSWORD)
    for name, url in (
        ("task", reverse("plans:tracking_task", args=[upcoming.pk])),
        ("timeline", reverse("plans:tracking_timeline", args=[plan.pk])),
        ("calendar", reverse("plans:tracking_calendar", args=[world.agency.pk])),
    ):
        phone_page.goto(live_server.url + url)
        overflow = phone_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (name, overflow)
        screenshot(phone_page, f"tracking-phone-{name}")
