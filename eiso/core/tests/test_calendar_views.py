"""The calendar page and exception forms: who may do what, what they see, what is recorded."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.core import calendar
from eiso.core.models import AuditEvent, CalendarException
from tests.support.matrix import check_matrix

D = dt.date
CALENDAR_URL = reverse("core:calendar")
CREATE_URL = reverse("core:calendar_exception_create")


def exceptions_state():
    return list(
        CalendarException.objects.order_by("date", "province_id").values_list(
            "date", "kind", "province_id", "note"
        )
    )


def make_exception(day, kind="day_off", province=None, note="Nghỉ thêm"):
    return CalendarException.objects.create(date=day, kind=kind, province=province, note=note)


def update_url(exception):
    return reverse("core:calendar_exception_update", args=[exception.pk])


def delete_url(exception):
    return reverse("core:calendar_exception_delete", args=[exception.pk])


@pytest.mark.django_db
def test_only_system_administrators_see_the_calendar(personas, client):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(CALENDAR_URL, {"year": 2026}),
        allowed={"admin", "province_admin"},
        denied_statuses=(403,),
    )


@pytest.mark.django_db
def test_only_the_global_administrator_adds_nationwide_exceptions(personas, client):
    data = {"date": "14/03/2026", "kind": "working_day", "province": "", "note": "Làm bù"}
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(CREATE_URL, data),
        allowed={"admin"},
        state=exceptions_state,
        personas_to_check=personas.names(exclude=("province_admin",)),
    )
    created = CalendarException.objects.get()
    assert (created.date, created.kind, created.province) == (D(2026, 3, 14), "working_day", None)
    assert calendar.is_working_day(D(2026, 3, 14))
    # A province administrator cannot choose "the whole country": the form says so, nothing saved.
    client.force_login(personas.province_admin)
    response = client.post(CREATE_URL, {**data, "date": "21/03/2026"})
    assert response.status_code == 200
    assert "Hãy chọn tỉnh, thành phố." in response.content.decode()
    assert CalendarException.objects.count() == 1


@pytest.mark.django_db
def test_province_exceptions_by_their_administrators_only(personas, client):
    w = personas.world
    data = {"date": "16/03/2026", "kind": "day_off", "province": w.province.pk, "note": "Lễ hội"}
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(CREATE_URL, data),
        allowed={"province_admin"},
        state=exceptions_state,
        personas_to_check=personas.names(exclude=("admin",)),
    )
    assert exceptions_state() == [(D(2026, 3, 16), "day_off", w.province.pk, "Lễ hội")]
    assert not calendar.is_working_day(D(2026, 3, 16), province=w.province)
    assert calendar.is_working_day(D(2026, 3, 16))
    # Another province is not theirs to choose.
    client.force_login(personas.province_admin)
    other = {**data, "date": "17/03/2026", "province": w.other_province.pk}
    response = client.post(CREATE_URL, other)
    assert response.status_code == 200
    assert "Hãy chọn tỉnh, thành phố mà bạn quản trị." in response.content.decode()
    assert len(exceptions_state()) == 1


@pytest.mark.django_db
def test_editing_and_deleting_follow_the_scope(personas, client):
    w = personas.world
    target = {"exception": make_exception(D(2026, 3, 16), province=w.province)}

    def edit(c, persona):
        return c.post(
            update_url(target["exception"]),
            {"date": "16/03/2026", "kind": "day_off", "province": w.province.pk, "note": persona},
        )

    check_matrix(
        personas, client, request=edit, allowed={"admin", "province_admin"}, state=exceptions_state
    )
    assert CalendarException.objects.get().note == "province_admin"

    def delete(c, persona):
        response = c.post(delete_url(target["exception"]))
        if not CalendarException.objects.exists():  # deleted: give the next persona one to try
            target["exception"] = make_exception(D(2026, 3, 16), province=w.province)
        return response

    check_matrix(
        personas,
        client,
        request=delete,
        allowed={"admin", "province_admin"},
        state=exceptions_state,
    )


@pytest.mark.django_db
def test_province_administrator_sees_but_cannot_change_nationwide_or_other_province_rows(
    personas, client
):
    w = personas.world
    national = make_exception(D(2026, 3, 16), note="Nghỉ toàn quốc")
    foreign = make_exception(D(2026, 3, 17), province=w.other_province, note="Nghỉ Hà Nội")
    client.force_login(personas.province_admin)
    page = client.get(CALENDAR_URL, {"year": 2026}).content.decode()
    assert "Nghỉ toàn quốc" in page and "Nghỉ Hà Nội" not in page
    assert update_url(national) not in page
    for url in (update_url(national), delete_url(national)):
        assert client.post(url, {"note": "x"}).status_code == 403
    for url in (update_url(foreign), delete_url(foreign)):
        assert client.get(url).status_code == 404
    assert {e.note for e in CalendarException.objects.all()} == {"Nghỉ toàn quốc", "Nghỉ Hà Nội"}


@pytest.mark.django_db
def test_the_page_shows_holidays_exceptions_and_working_days_per_month(personas, client):
    make_exception(D(2026, 3, 14), kind="working_day", note="Làm bù thứ Bảy")
    client.force_login(personas.admin)
    response = client.get(CALENDAR_URL, {"year": 2026})
    page = response.content.decode()
    assert "Lịch ngày làm việc 2026" in page
    assert "Tết Nguyên Đán" in page and "17/02/2026" in page
    assert "Ngày Văn hóa Việt Nam" in page and "24/11/2026" in page
    assert "22/08/2026" in page  # the package's compensatory Saturday
    assert "Làm bù thứ Bảy" in page and "14/03/2026" in page
    months = {m.month: m.working_days for m in response.context["months"]}
    assert months[2] == 15 and months[3] == 23 and months[8] == 21 and months[9] == 20
    assert response.context["total_working_days"] == 250


@pytest.mark.django_db
def test_the_page_shows_a_province_calendar(personas, client):
    w = personas.world
    make_exception(D(2026, 3, 16), province=w.province, note="Lễ hội tỉnh")
    client.force_login(personas.admin)
    national = client.get(CALENDAR_URL, {"year": 2026})
    assert national.context["province"] is None
    assert national.context["months"][2].working_days == 22  # March, nationwide
    provincial = client.get(CALENDAR_URL, {"year": 2026, "province": w.province.pk})
    assert provincial.context["province"] == w.province
    assert provincial.context["months"][2].working_days == 21
    client.force_login(personas.province_admin)
    own = client.get(CALENDAR_URL, {"year": 2026})  # defaults to their province
    assert own.context["province"] == w.province
    assert own.context["months"][2].working_days == 21


@pytest.mark.django_db
def test_a_bad_year_or_province_shows_the_current_year(personas, client):
    client.force_login(personas.admin)
    for year in ("abc", "1800", "", "2026'--"):
        response = client.get(CALENDAR_URL, {"year": year, "province": "not-a-uuid", "page": "x"})
        assert response.status_code == 200
        assert response.context["year"] == dt.date.today().year
        assert response.context["province"] is None


@pytest.mark.django_db
def test_exception_list_query_count_does_not_grow(personas, client):
    w = personas.world
    client.force_login(personas.admin)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(CALENDAR_URL, {"year": 2026}).status_code == 200
        return len(queries.captured_queries)

    make_exception(D(2026, 3, 16), province=w.province)
    small = count_queries()
    for offset in range(40):
        day = D(2026, 6, 1) + dt.timedelta(days=offset)
        make_exception(
            day, kind="day_off" if day.weekday() < 5 else "working_day", province=w.province
        )
    assert count_queries() == small


@pytest.mark.django_db
def test_form_errors_are_vietnamese_and_keep_what_was_typed(personas, client):
    w = personas.world
    make_exception(D(2026, 3, 16), province=w.province, note="Đã có")
    client.force_login(personas.province_admin)
    typed = {"date": "16/03/2026", "kind": "day_off", "province": w.province.pk, "note": "Lễ hội"}
    page = client.post(CREATE_URL, typed).content.decode()
    assert "Đã có ngày điều chỉnh vào ngày 16/03/2026 cho Tỉnh Hưng Yên" in page
    assert 'value="16/03/2026"' in page and 'value="Lễ hội"' in page
    page = client.post(CREATE_URL, {**typed, "date": "31/02/2026"}).content.decode()
    assert "Hãy nhập ngày theo định dạng dd/mm/yyyy" in page and 'value="31/02/2026"' in page
    page = client.post(CREATE_URL, {**typed, "date": "17/03/2026", "kind": "working_day"})
    assert "Ngày 17/03/2026 đã là ngày làm việc tại Tỉnh Hưng Yên" in page.content.decode()
    page = client.post(CREATE_URL, {**typed, "date": "17/03/2026", "note": "  "}).content.decode()
    assert "Nêu lý do" in page
    assert CalendarException.objects.count() == 1


@pytest.mark.django_db
def test_every_change_is_audited(personas, client):
    w = personas.world
    client.force_login(personas.province_admin)
    data = {"date": "16/03/2026", "kind": "day_off", "province": w.province.pk, "note": "Lễ hội"}
    assert client.post(CREATE_URL, data).status_code == 302
    exception = CalendarException.objects.get()
    assert client.post(update_url(exception), {**data, "note": "Lễ hội tỉnh"}).status_code == 302
    assert client.post(delete_url(exception)).status_code == 302
    events = list(AuditEvent.objects.order_by("id"))
    assert [e.action for e in events] == [
        "calendar_exception.create",
        "calendar_exception.update",
        "calendar_exception.delete",
    ]
    assert all(e.actor == personas.province_admin for e in events)
    assert all(e.province_id == w.province.pk for e in events)
    assert events[0].changes["kind"] == [None, "Ngày nghỉ"]
    assert events[1].changes == {"note": ["Lễ hội", "Lễ hội tỉnh"]}
    assert events[2].changes["date"] == ["2026-03-16", None]
    assert calendar.is_working_day(D(2026, 3, 16), province=w.province)


@pytest.mark.django_db
def test_edit_form_starts_with_the_saved_values(personas, client):
    exception = make_exception(D(2026, 3, 16), note="Nghỉ toàn quốc")
    client.force_login(personas.admin)
    page = client.get(update_url(exception)).content.decode()
    assert 'value="16/03/2026"' in page and 'value="Nghỉ toàn quốc"' in page
    confirm = client.get(delete_url(exception)).content.decode()
    assert "16/03/2026" in confirm and CalendarException.objects.exists()


@pytest.mark.django_db
def test_history_of_an_exception_follows_calendar_visibility(personas, client):
    w = personas.world
    client.force_login(personas.province_admin)
    data = {"date": "16/03/2026", "kind": "day_off", "province": w.province.pk, "note": "Lễ hội"}
    client.post(CREATE_URL, data)
    exception = CalendarException.objects.get()
    url = reverse("core:history", args=["core.calendarexception", exception.pk])
    assert url in client.get(CALENDAR_URL, {"year": 2026}).content.decode()
    page = client.get(url)
    assert page.status_code == 200
    assert "Thêm ngày điều chỉnh lịch" in page.content.decode()
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url),
        allowed={"admin", "province_admin"},
    )
