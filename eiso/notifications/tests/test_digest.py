"""The daily digest: one e-mail per person gathering their unread "daily" notifications, marked
digested so they are never sent twice, in a fixed number of queries per batch of people."""

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from eiso.notifications.delivery import send_daily_digest
from eiso.notifications.models import EmailMode, Notification, NotificationPreference
from eiso.notifications.services import notify
from eiso.notifications.tests.conftest import DAILY, IMMEDIATE, NEVER
from tests.support.world import make_user

pytestmark = pytest.mark.django_db


def _later():
    return timezone.now() + dt.timedelta(seconds=1)


def test_one_email_per_person_grouped_by_kind(personas, site_url):
    staff, iso = personas.staff, personas.iso
    NotificationPreference.objects.create(user=staff, kind=IMMEDIATE, email_mode=EmailMode.DAILY)
    notify(recipients=[staff, iso], kind=DAILY, title="Nhiệm vụ 1 sắp đến hạn", url="/ke-hoach/1/")
    notify(recipients=[staff], kind=DAILY, title="Nhiệm vụ 2 sắp đến hạn")
    notify(recipients=[staff], kind=IMMEDIATE, title="Tài liệu QT-07 chờ phê duyệt")
    notify(recipients=[staff], kind=NEVER, title="Tin nội bộ không gửi")

    assert send_daily_digest(now=_later()) == 2
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {staff.email, iso.email}
    message = by_recipient[staff.email]
    assert message.subject == "[eiso] Bản tin hằng ngày: 3 thông báo mới"
    body = message.body
    assert "Xin chào Bùi Văn Viên," in body
    assert "Bạn có 3 thông báo chưa đọc trong eiso:" in body
    assert "Nhiệm vụ sắp đến hạn" in body and "Tài liệu chờ phê duyệt" in body  # kind groups
    assert "Nhiệm vụ 1 sắp đến hạn" in body and "Tài liệu QT-07 chờ phê duyệt" in body
    assert "https://iso.hungyen.gov.vn/ke-hoach/1/" in body
    assert "https://iso.hungyen.gov.vn/viec-cua-toi/" in body
    assert "Tin nội bộ không gửi" not in body
    assert "Bạn có 1 thông báo chưa đọc trong eiso:" in by_recipient[iso.email].body

    digested = Notification.objects.filter(digested_at__isnull=False)
    assert digested.count() == 4
    assert not Notification.objects.filter(kind=NEVER, digested_at__isnull=False).exists()


def test_second_run_sends_nothing(personas):
    notify(recipients=[personas.staff], kind=DAILY, title="X")
    assert send_daily_digest(now=_later()) == 1
    assert send_daily_digest(now=_later()) == 0
    assert len(mail.outbox) == 1


def test_read_emailed_and_newer_notifications_are_left_out(personas):
    staff = personas.staff
    notify(recipients=[staff], kind=DAILY, title="Đã đọc")
    Notification.objects.update(read_at=timezone.now())
    cutoff = timezone.now()
    notify(recipients=[staff], kind=DAILY, title="Tạo sau giờ gửi")
    assert send_daily_digest(now=cutoff) == 0
    assert mail.outbox == []


def test_preference_never_overrides_daily_default(personas):
    staff = personas.staff
    NotificationPreference.objects.create(user=staff, kind=DAILY, email_mode=EmailMode.NEVER)
    notify(recipients=[staff], kind=DAILY, title="X")
    assert send_daily_digest(now=_later()) == 0


def test_inactive_and_addressless_people_get_no_digest(personas):
    inactive, no_email = personas.staff, personas.iso
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    no_email.email = ""
    no_email.save(update_fields=["email"])
    notify(recipients=[inactive, no_email], kind=DAILY, title="X")
    assert send_daily_digest(now=_later()) == 0
    assert mail.outbox == []
    assert not Notification.objects.filter(digested_at__isnull=False).exists()


def test_long_digest_lists_thirty_and_counts_the_rest(personas, monkeypatch):
    staff = personas.staff
    for i in range(33):
        notify(recipients=[staff], kind=DAILY, title=f"Nhiệm vụ số {i:02d}")
    assert send_daily_digest(now=_later()) == 1
    body = mail.outbox[0].body
    assert "Nhiệm vụ số 32" in body and "Nhiệm vụ số 03" in body  # newest first
    assert "Nhiệm vụ số 02" not in body
    assert "… và 3 thông báo khác." in body
    assert Notification.objects.filter(digested_at__isnull=False).count() == 33


def _digest_queries(people: int, per_person: int, batch_size: int) -> tuple[int, int]:
    users = [make_user(f"tonghop{people}_{i}", f"Người {i}") for i in range(people)]
    for _ in range(per_person):
        notify(recipients=users, kind=DAILY, title="Nhiệm vụ")
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as queries:
        sent = send_daily_digest(now=_later(), batch_size=batch_size)
    Notification.objects.all().delete()
    return sent, len(queries)


def test_query_count_does_not_grow_with_notifications(db):
    small = _digest_queries(people=2, per_person=1, batch_size=10)
    large = _digest_queries(people=8, per_person=6, batch_size=10)
    assert small[0] == 2 and large[0] == 8
    assert small[1] == large[1]


def test_queries_per_batch_are_fixed(db):
    # 6 people in batches of 2 = 3 batches + the final empty look-up.
    sent, queries = _digest_queries(people=6, per_person=2, batch_size=2)
    assert sent == 6
    assert queries == 3 * 3 + 1
