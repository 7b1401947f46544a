"""Inbox, open, mark all read, preferences and the bell: each person sees and changes only their
own; another person's notification is 404 and stays unchanged."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.core.models import AuditEvent
from eiso.notifications.models import EmailMode, Notification, NotificationPreference
from eiso.notifications.services import notify
from eiso.notifications.tests.conftest import DAILY, IMMEDIATE, NEVER
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

EVERYONE = {
    "admin", "province_admin", "dost", "inspector", "head", "iso", "unit_head", "auditor",
    "staff", "other_agency", "other_province",
}  # fmt: skip


def _read_state():
    return sorted(Notification.objects.values_list("id", "read_at"))


def _preferences_state():
    return sorted(NotificationPreference.objects.values_list("user_id", "kind", "email_mode"))


def test_inbox_matrix(personas, client):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("notifications:inbox")),
        allowed=EVERYONE,
    )


def test_inbox_lists_only_own_unread_first_tab(personas, client):
    notify(recipients=[personas.staff], kind=IMMEDIATE, title="Việc của Viên")
    notify(recipients=[personas.iso], kind=IMMEDIATE, title="Việc của Thư")
    read = notify(recipients=[personas.staff], kind=IMMEDIATE, title="Đã xem rồi")[0]
    Notification.objects.filter(pk=read.pk).update(read_at="2026-03-02T08:00:00+07:00")
    client.force_login(personas.staff)
    page = client.get(reverse("notifications:inbox")).content.decode()
    assert "Việc của Viên" in page and "Đã xem rồi" not in page and "Việc của Thư" not in page
    assert "Tài liệu chờ phê duyệt" in page  # kind label
    everything = client.get(reverse("notifications:inbox") + "?tab=all").content.decode()
    assert "Việc của Viên" in everything and "Đã xem rồi" in everything
    assert "Việc của Thư" not in everything
    assert "đã đọc 02/03/2026 08:00" in everything


def test_inbox_empty_state(personas, client):
    client.force_login(personas.staff)
    page = client.get(reverse("notifications:inbox")).content.decode()
    assert "Bạn không có thông báo chưa đọc." in page


def _inbox_queries(client, user, count: int) -> int:
    Notification.objects.filter(recipient=user).delete()
    for i in range(count):
        notify(recipients=[user], kind=IMMEDIATE, title=f"Thông báo {i}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("notifications:inbox") + "?tab=all&page=2")
    assert response.status_code == 200
    return len(queries)


def test_inbox_query_count_is_constant(personas, client, settings):
    settings.EISO_PAGE_SIZE = 5
    client.force_login(personas.staff)
    assert _inbox_queries(client, personas.staff, 12) == _inbox_queries(client, personas.staff, 60)


def test_inbox_paginates(personas, client, settings):
    settings.EISO_PAGE_SIZE = 5
    for i in range(7):
        notify(recipients=[personas.staff], kind=IMMEDIATE, title=f"Thông báo số {i}")
    client.force_login(personas.staff)
    page2 = client.get(reverse("notifications:inbox") + "?page=2").content.decode()
    assert page2.count('data-testid="notification"') == 2
    assert "6–7 trên tổng số 7" in page2


def test_open_matrix_others_get_404_and_nothing_changes(personas, client):
    target = notify(recipients=[personas.staff], kind=IMMEDIATE, title="X", url="/viec-cua-toi/")[0]
    url = reverse("notifications:open", args=[target.pk])
    results = check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url),
        allowed={"staff"},
        state=_read_state,
        denied_statuses=(404,),
    )
    assert results["staff"] == 302
    target.refresh_from_db()
    assert target.read_at is not None


def test_open_marks_read_and_follows_same_site_links_only(personas, client):
    client.force_login(personas.staff)
    for link, expected in [
        ("/to-chuc/", "/to-chuc/"),
        ("http://testserver/viec-cua-toi/", "http://testserver/viec-cua-toi/"),
        ("https://evil.example.com/", reverse("notifications:inbox")),
        ("//evil.example.com/", reverse("notifications:inbox")),
        ("javascript:alert(1)", reverse("notifications:inbox")),
        ("", reverse("notifications:inbox")),
    ]:
        n = notify(recipients=[personas.staff], kind=IMMEDIATE, title="X", url=link)[0]
        response = client.post(reverse("notifications:open", args=[n.pk]))
        assert response.status_code == 302
        assert response["Location"] == expected, link
        n.refresh_from_db()
        assert n.read_at is not None


def test_open_needs_post(personas, client):
    n = notify(recipients=[personas.staff], kind=IMMEDIATE, title="X")[0]
    client.force_login(personas.staff)
    assert client.get(reverse("notifications:open", args=[n.pk])).status_code == 405
    n.refresh_from_db()
    assert n.read_at is None


def test_mark_all_read_touches_only_own(personas, client):
    notify(recipients=[personas.staff, personas.iso], kind=IMMEDIATE, title="X")
    notify(recipients=[personas.staff], kind=DAILY, title="Y")
    response = None
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("notifications:mark_all_read")),
        allowed=EVERYONE,
        personas_to_check=["anonymous"],
        state=_read_state,
    )
    client.force_login(personas.staff)
    response = client.post(reverse("notifications:mark_all_read"), follow=True)
    assert "Đã đánh dấu 2 thông báo là đã đọc." in response.content.decode()
    assert not Notification.objects.filter(recipient=personas.staff, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=personas.iso, read_at__isnull=True).count() == 1


def test_preferences_page_shows_every_kind_with_its_default(personas, client):
    NotificationPreference.objects.create(
        user=personas.staff, kind=IMMEDIATE, email_mode=EmailMode.NEVER
    )
    client.force_login(personas.staff)
    response = client.get(reverse("notifications:preferences"))
    form = response.context["form"]
    assert form[IMMEDIATE].initial == EmailMode.NEVER
    assert form[DAILY].initial == EmailMode.DAILY
    page = response.content.decode()
    assert "Nhiệm vụ sắp đến hạn" in page and "Trong bản tin hằng ngày" in page


def test_preferences_matrix_each_changes_only_own(personas, client):
    def post(c, p):
        return c.post(
            reverse("notifications:preferences"),
            {IMMEDIATE: "daily", DAILY: "daily", NEVER: "never"},
        )

    check_matrix(personas, client, request=post, allowed=EVERYONE, state=_preferences_state)
    rows = NotificationPreference.objects.all()
    # Only the changed kind is stored, once per person.
    assert {(r.kind, r.email_mode) for r in rows} == {(IMMEDIATE, "daily")}
    assert rows.count() == len(EVERYONE)


def test_preferences_save_is_audited_and_confirmed(personas, client):
    client.force_login(personas.staff)
    response = client.post(
        reverse("notifications:preferences"),
        {IMMEDIATE: "never", DAILY: "immediate", NEVER: "never"},
        follow=True,
    )
    assert "Đã lưu cài đặt thông báo của bạn." in response.content.decode()
    assert dict(
        NotificationPreference.objects.filter(user=personas.staff).values_list("kind", "email_mode")
    ) == {IMMEDIATE: "never", DAILY: "immediate"}
    event = AuditEvent.objects.get(action="notification_preferences.update")
    assert event.actor == personas.staff
    assert event.changes == {
        "Tài liệu chờ phê duyệt": ["Gửi ngay", "Không gửi (chỉ trong hệ thống)"],
        "Nhiệm vụ sắp đến hạn": ["Trong bản tin hằng ngày", "Gửi ngay"],
    }


def test_preferences_bad_input_keeps_values_and_changes_nothing(personas, client):
    client.force_login(personas.staff)
    response = client.post(
        reverse("notifications:preferences"), {IMMEDIATE: "weekly", DAILY: "never"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Hãy chọn một trong các tùy chọn có sẵn." in page
    assert "Hãy chọn cách nhận loại thông báo này." in page  # NEVER missing
    assert response.context["form"][DAILY].value() == "never"  # what was chosen is kept
    assert not NotificationPreference.objects.exists()
    assert not AuditEvent.objects.filter(action="notification_preferences.update").exists()


def test_bell_returns_own_unread_count(personas, client):
    notify(recipients=[personas.staff], kind=IMMEDIATE, title="X")
    notify(recipients=[personas.staff, personas.iso], kind=IMMEDIATE, title="Y")
    client.force_login(personas.staff)
    response = client.get(reverse("notifications:bell"))
    assert 'data-testid="unread-count">2<' in response.content.decode()
    client.logout()
    assert client.get(reverse("notifications:bell")).status_code == 204


def test_header_shows_unread_count(personas, client):
    notify(recipients=[personas.staff], kind=IMMEDIATE, title="X")
    client.force_login(personas.staff)
    page = client.get(reverse("notifications:inbox")).content.decode()
    assert 'data-testid="unread-count">1<' in page
    # The badge refreshes itself through htmx.
    assert f'hx-get="{reverse("notifications:bell")}"' in page
