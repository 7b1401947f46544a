"""notify(): bulk in-app rows, the actor left out, e-mail jobs queued only after commit and only
for recipients who want this kind immediately."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from eiso.accounts.models import User
from eiso.notifications.models import EmailMode, Notification, NotificationPreference
from eiso.notifications.services import notify
from eiso.notifications.tests.conftest import DAILY, IMMEDIATE, NEVER
from tests.support.world import make_user

pytestmark = pytest.mark.django_db


def _users(count: int, prefix: str = "nguoi") -> list[User]:
    return [make_user(f"{prefix}{i}", f"Người Nhận {i}") for i in range(count)]


def _queued_ids(backend) -> list[str]:
    return [i for result in backend.results for i in result.kwargs["notification_ids"]]


def test_one_insert_for_many_recipients(personas):
    recipients = _users(30)
    with CaptureQueriesContext(connection) as queries:
        created = notify(recipients=recipients, kind=IMMEDIATE, title="Quy trình mới")
    inserts = [q["sql"] for q in queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 1 and "notifications_notification" in inserts[0]
    assert len(created) == 30
    assert Notification.objects.filter(kind=IMMEDIATE, title="Quy trình mới").count() == 30
    # A fixed number of queries whatever the number of recipients: insert + preferences.
    assert len(queries) <= 4


def test_actor_duplicates_and_ids(personas, world):
    staff, iso = personas.staff, personas.iso
    created = notify(
        recipients=[staff, staff.pk, iso, None],
        kind=IMMEDIATE,
        title="Phê duyệt tài liệu",
        body="Quy trình QT-01",
        url="/tai-lieu/1/",
        agency=world.agency,
        actor=iso,
    )
    assert [n.recipient_id for n in created] == [staff.pk]
    stored = Notification.objects.get(recipient=staff)
    assert (stored.title, stored.body, stored.url, stored.agency) == (
        "Phê duyệt tài liệu",
        "Quy trình QT-01",
        "/tai-lieu/1/",
        world.agency,
    )
    assert not Notification.objects.filter(recipient=iso).exists()


def test_nobody_left_creates_nothing(personas):
    assert notify(recipients=[personas.iso], kind=IMMEDIATE, title="X", actor=personas.iso) == []
    assert not Notification.objects.exists()


def test_unregistered_kind_is_refused(personas):
    with pytest.raises(ValueError):
        notify(recipients=[personas.staff], kind="khong.co", title="X")
    assert not Notification.objects.exists()


def test_lazy_title_is_stored_in_vietnamese(personas):
    from django.utils import translation
    from django.utils.translation import gettext_lazy as _

    with translation.override("en"):
        notify(recipients=[personas.staff], kind=NEVER, title=_("Notifications"))
    assert Notification.objects.get().title == "Thông báo"


def test_email_job_enqueued_only_after_commit(
    personas, dummy_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        created = notify(recipients=[personas.staff, personas.iso], kind=IMMEDIATE, title="X")
    assert dummy_tasks.results == []  # nothing before commit
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(dummy_tasks.results) == 1
    result = dummy_tasks.results[0]
    assert result.task.name == "send_notification_emails"
    assert result.task.queue_name == "email"
    assert sorted(_queued_ids(dummy_tasks)) == sorted(str(n.pk) for n in created)


@pytest.mark.django_db(transaction=True)
def test_rolled_back_notification_enqueues_nothing(dummy_tasks):
    user = make_user("rollback", "Người Hoàn Tác")
    with pytest.raises(RuntimeError), transaction.atomic():
        notify(recipients=[user], kind=IMMEDIATE, title="X")
        raise RuntimeError("the calling service failed")
    assert dummy_tasks.results == []
    assert not Notification.objects.exists()


def test_only_immediate_recipients_get_an_email_job(
    personas, dummy_tasks, django_capture_on_commit_callbacks
):
    staff, iso, head = personas.staff, personas.iso, personas.head
    NotificationPreference.objects.create(user=iso, kind=IMMEDIATE, email_mode=EmailMode.DAILY)
    NotificationPreference.objects.create(user=head, kind=IMMEDIATE, email_mode=EmailMode.NEVER)
    with django_capture_on_commit_callbacks(execute=True):
        created = notify(recipients=[staff, iso, head], kind=IMMEDIATE, title="X")
    by_user = {n.recipient_id: str(n.pk) for n in created}
    assert _queued_ids(dummy_tasks) == [by_user[staff.pk]]


@pytest.mark.parametrize(
    ("kind", "saved", "queued"),
    [
        (IMMEDIATE, None, True),
        (DAILY, None, False),
        (NEVER, None, False),
        (DAILY, EmailMode.IMMEDIATE, True),
        (NEVER, EmailMode.IMMEDIATE, True),
        (IMMEDIATE, EmailMode.NEVER, False),
    ],
)
def test_mode_defaults_and_preferences(
    personas, dummy_tasks, django_capture_on_commit_callbacks, kind, saved, queued
):
    staff = personas.staff
    if saved:
        NotificationPreference.objects.create(user=staff, kind=kind, email_mode=saved)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notify(recipients=[staff], kind=kind, title="X")
    assert bool(callbacks) is queued
    assert bool(dummy_tasks.results) is queued


def test_many_recipients_are_split_into_several_jobs(
    db, dummy_tasks, django_capture_on_commit_callbacks, monkeypatch
):
    from eiso.notifications import services

    monkeypatch.setattr(services, "EMAIL_TASK_CHUNK", 4)
    with django_capture_on_commit_callbacks(execute=True):
        created = notify(recipients=_users(10), kind=IMMEDIATE, title="X")
    assert [len(r.kwargs["notification_ids"]) for r in dummy_tasks.results] == [4, 4, 2]
    assert sorted(_queued_ids(dummy_tasks)) == sorted(str(n.pk) for n in created)
