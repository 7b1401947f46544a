""" "Việc của tôi": the active agency, every registered section as a card (dates dd/mm/yyyy,
overdue badge, "xem tất cả"), unread notifications, an explanatory empty state, and a query count
that does not grow with the data."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eiso.core import my_work
from eiso.core.my_work import WorkItem, WorkSection
from eiso.notifications.kinds import register_kind, unregister_kind
from eiso.notifications.models import Notification
from eiso.notifications.services import notify
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db
URL = reverse("core:my_work")
KIND = "test.my_work"


@pytest.fixture(autouse=True)
def _setup(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    register_kind(KIND, "Tài liệu cần đọc", "immediate")
    yield
    unregister_kind(KIND)


@pytest.fixture
def section(request):
    """Register a provider for the duration of one test."""
    keys = []

    def add(key, provider):
        keys.append(key)
        my_work.register(key, provider)

    yield add
    for key in keys:
        my_work.unregister(key)


def _tasks_provider(user, agency):
    today = timezone.localdate()
    return WorkSection(
        key="test.tasks",
        title="Nhiệm vụ kế hoạch",
        items=[
            WorkItem(
                title="Rà soát quy trình cấp phép",
                url="/ke-hoach/1/",
                due=today - dt.timedelta(days=3),
            ),
            WorkItem(
                title="Cập nhật danh mục hồ sơ", url="/ke-hoach/2/", due=dt.date(2099, 12, 31)
            ),
        ],
        total=14,
        more_url="/ke-hoach/",
        empty_text="Không có nhiệm vụ.",
        order=10,
    )


def test_matrix_everyone_logged_in_sees_their_page(personas, client):
    allowed = set(personas.names(exclude=("anonymous",)))
    check_matrix(personas, client, request=lambda c, p: c.get(URL), allowed=allowed)


def test_empty_state_explains_what_will_appear(personas, client):
    client.force_login(personas.staff)
    page = client.get(URL).content.decode()
    assert "Không có việc nào đang chờ bạn." in page
    assert "tài liệu cần đọc" in page and "hành động khắc phục" in page
    assert "Bạn không có thông báo chưa đọc." in page  # the notifications card's own empty text
    assert "Đang làm việc tại:" in page and "Sở Giáo dục và Đào tạo" in page


def test_without_agency(personas, client):
    admin = personas.admin
    client.force_login(admin)
    assert "Bạn chưa làm việc tại cơ quan nào." in client.get(URL).content.decode()


def test_sections_show_dates_overdue_and_see_all(personas, client, section):
    section("test.tasks", _tasks_provider)
    client.force_login(personas.staff)
    page = client.get(URL).content.decode()
    overdue_day = (timezone.localdate() - dt.timedelta(days=3)).strftime("%d/%m/%Y")
    assert "Nhiệm vụ kế hoạch" in page
    assert overdue_day in page and "31/12/2099" in page
    assert page.count(">Quá hạn<") == 1
    assert "1 quá hạn" in page
    assert 'href="/ke-hoach/"' in page and "Xem tất cả (14)" in page
    assert "Không có việc nào đang chờ bạn." not in page
    # Work sections come before notifications.
    assert page.index("Nhiệm vụ kế hoạch") < page.index("Thông báo chưa đọc")


def test_section_that_does_not_apply_is_hidden(personas, client, section):
    section("test.none", lambda user, agency: None)
    client.force_login(personas.staff)
    assert client.get(URL).status_code == 200


def test_a_failing_section_does_not_break_the_page(personas, client, section):
    def broken(user, agency):
        raise RuntimeError("bug in a provider")

    section("test.broken", broken)
    section("test.tasks", _tasks_provider)
    client.force_login(personas.staff)
    response = client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Không tải được mục này." in page
    assert "Rà soát quy trình cấp phép" in page


def test_unread_notifications_are_listed_and_open_by_post(personas, client):
    created = notify(
        recipients=[personas.staff], kind=KIND, title="Quy trình QT-02 đã ban hành", body="Hãy đọc."
    )[0]
    notify(recipients=[personas.iso], kind=KIND, title="Của người khác")
    client.force_login(personas.staff)
    page = client.get(URL).content.decode()
    assert "Quy trình QT-02 đã ban hành" in page and "Của người khác" not in page
    assert f'action="{reverse("notifications:open", args=[created.pk])}"' in page
    assert "Tài liệu cần đọc" in page  # the kind label as a badge
    assert "Không có việc nào đang chờ bạn." not in page


def test_item_due_datetime_and_forced_overdue():
    aware = timezone.make_aware(dt.datetime(2026, 3, 1, 23, 30))
    assert WorkItem(title="x", due=aware).due_date == dt.date(2026, 3, 1)
    assert WorkItem(title="x", due=dt.date(2000, 1, 1)).is_overdue
    assert not WorkItem(title="x", due=dt.date(2999, 1, 1)).is_overdue
    assert WorkItem(title="x", overdue=True).is_overdue
    assert not WorkItem(title="x").is_overdue


def test_sections_are_cut_to_the_limit(personas, section):
    def many(user, agency):
        return WorkSection(
            key="many", title="Nhiều", items=[WorkItem(title=str(i)) for i in range(30)]
        )

    section("many", many)
    found = next(s for s in my_work.sections_for(personas.staff, None, limit=5) if s.key == "many")
    assert len(found.items) == 5 and found.total == 30


def _queries(client, user, count: int) -> int:
    Notification.objects.filter(recipient=user).delete()
    for i in range(count):
        notify(recipients=[user], kind=KIND, title=f"Thông báo {i}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow(personas, client, section):
    section("test.tasks", _tasks_provider)
    client.force_login(personas.staff)
    assert _queries(client, personas.staff, 2) == _queries(client, personas.staff, 40)
