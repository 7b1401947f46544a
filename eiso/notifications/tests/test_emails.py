"""Immediate e-mails: Vietnamese subject and body, absolute link, emailed_at, and nobody inactive
or without an address is ever e-mailed."""

import pytest
from django.core import mail

from eiso.notifications.delivery import send_notification_emails
from eiso.notifications.models import Notification
from eiso.notifications.services import notify
from eiso.notifications.tests.conftest import DAILY, IMMEDIATE

pytestmark = pytest.mark.django_db


def _notify_and_run(django_capture_on_commit_callbacks, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        return notify(**kwargs)


def test_email_sent_after_commit_in_vietnamese(
    personas, immediate_tasks, site_url, django_capture_on_commit_callbacks
):
    staff = personas.staff
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(
            recipients=[staff],
            kind=IMMEDIATE,
            title="Quy trình QT-05 chờ bạn phê duyệt",
            body="Phiên bản 2 do Hoàng Thị Thư trình.",
            url="/tai-lieu/qt-05/",
        )
    assert mail.outbox == []  # nothing is sent inside the transaction
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [staff.email]
    assert message.subject == "[eiso] Quy trình QT-05 chờ bạn phê duyệt"
    assert "Xin chào Bùi Văn Viên," in message.body
    assert "Phiên bản 2 do Hoàng Thị Thư trình." in message.body
    assert "Mở trong eiso: https://iso.hungyen.gov.vn/tai-lieu/qt-05/" in message.body
    assert "https://iso.hungyen.gov.vn/thong-bao/cai-dat/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="https://iso.hungyen.gov.vn/tai-lieu/qt-05/"' in html
    assert "Tài liệu chờ phê duyệt" in html  # the kind's label
    assert "Mở trong eiso" in html
    assert Notification.objects.get(recipient=staff).emailed_at is not None


def test_english_speaker_gets_english(
    personas, immediate_tasks, django_capture_on_commit_callbacks
):
    staff = personas.staff
    staff.language = "en"
    staff.save(update_fields=["language"])
    _notify_and_run(
        django_capture_on_commit_callbacks, recipients=[staff], kind=IMMEDIATE, title="QT-05"
    )
    assert "Hello Bùi Văn Viên," in mail.outbox[0].body


def test_no_link_points_to_the_inbox(
    personas, immediate_tasks, site_url, django_capture_on_commit_callbacks
):
    _notify_and_run(
        django_capture_on_commit_callbacks, recipients=[personas.staff], kind=IMMEDIATE, title="X"
    )
    assert "https://iso.hungyen.gov.vn/thong-bao/" in mail.outbox[0].body


def test_inactive_and_addressless_people_are_never_emailed(
    personas, immediate_tasks, django_capture_on_commit_callbacks
):
    inactive, no_email, ok = personas.staff, personas.iso, personas.head
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    no_email.email = ""
    no_email.save(update_fields=["email"])
    _notify_and_run(
        django_capture_on_commit_callbacks,
        recipients=[inactive, no_email, ok],
        kind=IMMEDIATE,
        title="X",
    )
    assert [m.to for m in mail.outbox] == [[ok.email]]
    # They still have it in the app, not marked as e-mailed.
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 2


def test_daily_kind_is_not_emailed_immediately(
    personas, immediate_tasks, django_capture_on_commit_callbacks
):
    _notify_and_run(
        django_capture_on_commit_callbacks, recipients=[personas.staff], kind=DAILY, title="X"
    )
    assert mail.outbox == []


def test_already_read_or_emailed_is_not_sent_again(personas):
    created = notify(recipients=[personas.staff, personas.iso], kind=IMMEDIATE, title="X")
    ids = [str(n.pk) for n in created]
    Notification.objects.filter(recipient=personas.iso).update(read_at="2026-03-02T08:00:00+07:00")
    assert send_notification_emails(ids) == 1
    assert send_notification_emails(ids) == 0  # a duplicated job sends nothing twice
    assert len(mail.outbox) == 1


def test_one_bad_address_does_not_stop_the_others(personas, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    original = EmailBackend.send_messages

    def flaky(self, messages):
        if messages[0].to == [personas.staff.email]:
            raise OSError("mailbox unavailable")
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    created = notify(recipients=[personas.staff, personas.iso], kind=IMMEDIATE, title="X")
    assert send_notification_emails([str(n.pk) for n in created]) == 1
    assert [m.to for m in mail.outbox] == [[personas.iso.email]]
    assert Notification.objects.get(recipient=personas.staff).emailed_at is None
