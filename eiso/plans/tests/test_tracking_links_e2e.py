"""In a browser: the ISO coordinator reaches the tracking pages from the plan pages by clicking —
plan list → "Ai đang giữ việc gì" and the month calendar; plan → "Tiến độ" (timeline); a task
row → the task's tracking page; the user menu → the iCal feed page. The DOST reaches the
province-wide progress from its plan. Screenshots: artifacts/e2e/tracking-links-*.png."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from eiso.plans.models import PlanScope
from eiso.plans.tracking.testing import add_task, issued_plan
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _wait(page):
    page.wait_for_load_state("networkidle")


def test_iso_coordinator_reaches_tracking_from_the_plan_pages(live_server, page, personas, world):
    today = timezone.localdate()
    plan = issued_plan(world.agency, year=today.year, title="Kế hoạch duy trì HTQLCL năm nay")
    add_task(plan, "Đánh giá nội bộ HTQLCL", due=dt.date(today.year, 12, 31), unit=world.division)
    add_task(plan, "Họp xem xét của lãnh đạo", due=dt.date(today.year, 12, 31), unit=world.office)
    login(page, live_server.url, personas.iso.username, PASSWORD)
    page.goto(live_server.url + reverse("plans:list"))
    screenshot(page, "tracking-links-plan-list")
    page.get_by_role("link", name="Ai đang giữ việc gì").click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_board", args=[world.agency.pk]))
    page.go_back()
    page.get_by_role("link", name="Lịch tháng").click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_calendar", args=[world.agency.pk]))
    page.go_back()

    page.get_by_role("link", name="Kế hoạch duy trì HTQLCL năm nay").click()
    _wait(page)
    screenshot(page, "tracking-links-plan-detail")
    page.locator("[data-testid=plan-timeline]").click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_timeline", args=[plan.pk]))
    assert page.locator("main").get_by_text("Đánh giá nội bộ HTQLCL").first.is_visible()
    screenshot(page, "tracking-links-timeline")
    page.go_back()
    _wait(page)
    task = plan.tasks.get(content="Đánh giá nội bộ HTQLCL")
    page.locator("[data-testid=task-table]").get_by_role("link", name=task.content).click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_task", args=[task.pk]))
    assert page.locator("[data-testid=progress-form]").is_visible()
    screenshot(page, "tracking-links-task")

    page.locator("[data-testid=user-menu]").click()
    page.locator("[data-testid=menu-ical]").click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_feed_page"))


def test_dost_reaches_the_province_progress_from_its_plan(live_server, page, personas, world):
    today = timezone.localdate()
    wide = issued_plan(
        world.dost, year=today.year, scope=PlanScope.PROVINCE, title="Kế hoạch toàn tỉnh năm nay"
    )
    task = add_task(
        wide,
        "Duy trì, cải tiến HTQLCL",
        due=dt.date(today.year, 12, 31),
        agencies=[world.agency, world.other_agency],
    )
    login(page, live_server.url, personas.dost.username, PASSWORD)
    page.goto(live_server.url + reverse("plans:detail", args=[wide.pk]))
    page.locator("[data-testid=plan-province-progress]").click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_province", args=[wide.pk]))
    page.go_back()
    _wait(page)
    page.locator("[data-testid=task-table]").get_by_role("link", name=task.content).click()
    _wait(page)
    assert page.url.endswith(reverse("plans:tracking_province_task", args=[wide.pk, task.pk]))
    screenshot(page, "tracking-links-province-task")
