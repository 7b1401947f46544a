""" "Việc của tôi" and notifications in a real browser, on a desktop and on a phone."""

import datetime as dt

import pytest
from django.utils import timezone

from eiso.core import my_work
from eiso.core.my_work import WorkItem, WorkSection
from eiso.notifications.kinds import register_kind, unregister_kind
from eiso.notifications.models import Notification
from eiso.notifications.services import notify
from tests.support.browser import login, screenshot
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
KIND = "test.e2e"


def _plan_tasks(user, agency):
    today = timezone.localdate()
    return WorkSection(
        key="test.plan",
        title="Nhiệm vụ kế hoạch ISO năm 2026",
        items=[
            WorkItem(
                title="Rà soát, cập nhật quy trình cấp giấy phép hoạt động giáo dục",
                url="/to-chuc/",
                due=today - dt.timedelta(days=2),
                detail="Chủ trì: Phòng Giáo dục phổ thông",
            ),
            WorkItem(
                title="Đánh giá nội bộ đợt 1", url="/to-chuc/", due=today + dt.timedelta(days=20)
            ),
        ],
        total=7,
        more_url="/to-chuc/",
        order=10,
    )


@pytest.fixture
def work(personas):
    register_kind(KIND, "Tài liệu cần đọc", "immediate")
    my_work.register("test.plan", _plan_tasks)
    for i in range(3):
        notify(
            recipients=[personas.staff],
            kind=KIND,
            title=f"Quy trình QT-0{i + 1} đã được ban hành, đề nghị đọc và xác nhận",
            body="Văn phòng Sở đã ban hành phiên bản mới.",
            url="/to-chuc/",
        )
    yield personas.staff
    my_work.unregister("test.plan")
    unregister_kind(KIND)


def test_my_work_and_opening_a_notification(live_server, page, work):
    login(page, live_server.url, work.username, PASSWORD)
    assert page.get_by_text("Quá hạn", exact=True).is_visible()
    assert page.locator('[data-testid="unread-count"]').inner_text() == "3"
    screenshot(page, "my-work-with-items")
    page.get_by_role(
        "button", name="Quy trình QT-01 đã được ban hành, đề nghị đọc và xác nhận"
    ).click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/to-chuc/")
    assert Notification.objects.filter(read_at__isnull=True).count() == 2
    page.goto(live_server.url + "/thong-bao/?tab=all")
    assert page.locator('[data-testid="unread-count"]').inner_text() == "2"
    screenshot(page, "notifications-inbox")
    page.goto(live_server.url + "/thong-bao/cai-dat/")
    page.get_by_label("Trong bản tin hằng ngày").first.check()
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đã lưu cài đặt thông báo của bạn.").is_visible()
    screenshot(page, "notifications-preferences")
    assert page.console_errors == []


def test_my_work_on_a_phone_with_items(live_server, phone_page, work):
    login(phone_page, live_server.url, work.username, PASSWORD)
    screenshot(phone_page, "my-work-phone-with-items")
    wide = phone_page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)"
        ".slice(0, 5).map(e => e.tagName + '.' + e.className)"
    )
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page scrolls sideways on a phone ({width}px): {wide}"
    phone_page.goto(live_server.url + "/thong-bao/")
    screenshot(phone_page, "notifications-inbox-phone")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"inbox scrolls sideways on a phone ({width}px)"
