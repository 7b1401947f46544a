"""The global audit log: scope, filters, Excel export, append-only, permissions, query counts."""

import datetime as dt
import io
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from eiso.core import audit, history
from eiso.core.models import AuditEvent
from eiso.organizations import events
from tests.support.matrix import check_matrix

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
LOG = "/nhat-ky/"
EXPORT = "/nhat-ky/xuat-excel/"
ADMINS = {"admin", "province_admin"}


def _at(day, hour=9, minute=0):
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=HANOI)


def _record(moment, **kwargs):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        return audit.record(**kwargs)


@pytest.fixture
def log(personas):
    """Events in the province under test (agency, other agency) and in another province."""
    w = personas.world
    return {
        "unit": _record(
            _at(2, 8, 30),
            actor=personas.iso,
            action=events.UNIT_UPDATE,
            obj=w.office,
            changes={"name": ["Văn phòng", "Văn phòng Sở"], "is_active": [False, True]},
        ),
        "agency": _record(
            _at(4, 10), actor=personas.admin, action=events.AGENCY_UPDATE, obj=w.agency
        ),
        "other": _record(
            _at(6, 15, 45), actor=personas.other_agency, action=events.UNIT_CREATE, obj=w.other_unit
        ),
        "foreign": _record(
            _at(7), actor=personas.other_province, action=events.UNIT_CREATE, obj=w.foreign_unit
        ),
    }


def _ids(response):
    return [row.event.pk for row in response.context["rows"]]


def _state():
    return list(AuditEvent.objects.values_list("id", "action", "changes").order_by("id"))


# Scope ---------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_global_admin_sees_every_event_newest_first(client, personas, log):
    client.force_login(personas.admin)
    response = client.get(LOG)
    assert response.status_code == 200
    assert _ids(response) == [log[k].pk for k in ("foreign", "other", "agency", "unit")]
    html = response.content.decode()
    assert "Nhật ký hệ thống" in html
    assert "06/03/2026 15:45" in html
    assert "Sở Y tế" in html  # the agency column


@pytest.mark.django_db
def test_province_admin_sees_only_the_province(client, personas, log):
    client.force_login(personas.province_admin)
    response = client.get(LOG)
    assert _ids(response) == [log[k].pk for k in ("other", "agency", "unit")]


# Filters -------------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"actor": "Thư"}, ["unit"]),
        ({"actor": "yt.thuky"}, ["other"]),
        ({"action": events.UNIT_CREATE}, ["foreign", "other"]),
        ({"object_type": "organizations.agency"}, ["agency"]),
        ({"agency": "Sở Y tế"}, ["other"]),
        ({"agency": "SGDĐT"}, ["agency", "unit"]),
        ({"date_from": "03/03/2026"}, ["foreign", "other", "agency"]),
        ({"date_to": "04/03/2026"}, ["agency", "unit"]),
        ({"date_from": "04/03/2026", "date_to": "06/03/2026"}, ["other", "agency"]),
        ({"q": "văn phòng"}, ["foreign", "other", "unit"]),
        ({"q": "Văn phòng", "actor": "Ngô"}, ["foreign"]),
    ],
)
def test_filters(client, personas, log, query, expected):
    client.force_login(personas.admin)
    response = client.get(LOG, query)
    assert response.status_code == 200
    assert _ids(response) == [log[k].pk for k in expected]


@pytest.mark.django_db
def test_agency_filter_by_id(client, personas, log):
    client.force_login(personas.admin)
    response = client.get(LOG, {"agency": str(personas.world.other_agency.pk)})
    assert _ids(response) == [log["other"].pk]


@pytest.mark.django_db
def test_bad_filter_values_get_a_clear_message_and_keep_the_input(client, personas, log):
    client.force_login(personas.admin)
    response = client.get(LOG, {"date_from": "31/02/2026", "actor": "Thư"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nhập một ngày hợp lệ." in html
    assert 'value="31/02/2026"' in html
    # The valid filter still applies.
    assert _ids(response) == [log["unit"].pk]
    reversed_range = client.get(LOG, {"date_from": "06/03/2026", "date_to": "01/03/2026"})
    assert "Ngày kết thúc không được trước ngày bắt đầu." in reversed_range.content.decode()
    unknown_action = client.get(LOG, {"action": "no.such.action"})
    assert unknown_action.status_code == 200
    assert len(_ids(unknown_action)) == 4


@pytest.mark.django_db
def test_action_and_object_type_choices_come_from_the_registries(client, personas):
    client.force_login(personas.admin)
    form = client.get(LOG).context["form"]
    actions = dict(form.fields["action"].choices)
    assert actions[events.UNIT_CREATE] == audit.action_label(events.UNIT_CREATE)
    types = dict(form.fields["object_type"].choices)
    assert set(history.registered_types()) <= set(types)


@pytest.mark.django_db
def test_changes_and_links_to_history(client, personas, log):
    client.force_login(personas.admin)
    response = client.get(LOG, {"action": events.UNIT_UPDATE})
    row = response.context["rows"][0]
    assert [(c.old, c.new) for c in row.changes] == [("Văn phòng", "Văn phòng Sở"), ("Không", "Có")]
    office = personas.world.office
    assert row.history_url == reverse("core:history", args=["organizations.unit", str(office.pk)])
    assert row.history_url in response.content.decode()


@pytest.mark.django_db
def test_pagination(client, personas, settings):
    settings.EISO_PAGE_SIZE = 3
    for index in range(5):
        audit.record(
            actor=personas.admin,
            action=events.UNIT_UPDATE,
            obj=personas.world.office,
            changes={"symbol": [str(index), str(index + 1)]},
        )
    client.force_login(personas.admin)
    second = client.get(LOG, {"page": 2, "action": events.UNIT_UPDATE})
    assert [row.changes[0].new for row in second.context["rows"]] == ["2", "1"]
    html = second.content.decode()
    assert "Trang 2/2" in html
    assert f"action={events.UNIT_UPDATE}" in html  # filters survive paging


# Export --------------------------------------------------------------------------------------
def _sheet_rows(response):
    book = load_workbook(io.BytesIO(response.content))
    return [list(row) for row in book.active.iter_rows(values_only=True)]


@pytest.mark.django_db
def test_export_uses_the_same_filters_and_scope(client, personas, log):
    client.force_login(personas.province_admin)
    response = client.get(EXPORT, {"action": events.UNIT_CREATE})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert "attachment;" in response["Content-Disposition"]
    rows = _sheet_rows(response)
    assert rows[0] == [
        "Thời gian",
        "Người thực hiện",
        "Thao tác",
        "Loại đối tượng",
        "Đối tượng",
        "Cơ quan",
        "Thay đổi",
        "Địa chỉ IP",
    ]
    # The foreign province's creation is out of scope.
    assert len(rows) == 2
    assert rows[1][0] == dt.datetime(2026, 3, 6, 15, 45)
    assert rows[1][1:6] == [
        "Đỗ Thị Khác",
        audit.action_label(events.UNIT_CREATE),
        history.object_type_label("organizations.unit"),
        "Văn phòng Sở",
        "Sở Y tế",
    ]


@pytest.mark.django_db
def test_export_writes_changes_as_text(client, personas, log):
    client.force_login(personas.admin)
    rows = _sheet_rows(client.get(EXPORT, {"action": events.UNIT_UPDATE}))
    name = history.field_label("organizations.unit", "name")
    active = history.field_label("organizations.unit", "is_active")
    assert rows[1][6] == f"{name}: Văn phòng → Văn phòng Sở\n{active}: Không → Có"


# Append-only and permissions ---------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("url", [LOG, EXPORT])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_no_write_paths(client, personas, log, url, method):
    client.force_login(personas.admin)
    before = _state()
    response = getattr(client, method)(url, {"action": "x"})
    assert response.status_code == 405
    assert _state() == before


@pytest.mark.django_db
def test_urls_are_the_published_ones():
    assert reverse("core:audit_log") == LOG
    assert reverse("core:audit_log_export") == EXPORT


@pytest.mark.django_db
@pytest.mark.parametrize("url", [LOG, EXPORT])
def test_matrix(client, personas, log, url):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(url),
        allowed=ADMINS,
        state=_state,
        denied_statuses=(403,),
    )


# Query counts --------------------------------------------------------------------------------
def _page_queries(client, personas, count):
    agencies = [personas.world.agency, personas.world.other_agency]
    for index in range(count):
        audit.record(
            actor=personas.iso,
            action=events.AGENCY_UPDATE,
            obj=agencies[index % 2],
            changes={"phone": [str(index), str(index + 1)]},
        )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LOG, {"actor": "Thư", "date_from": "01/01/2026"})
    assert response.status_code == 200
    assert len(response.context["rows"]) == min(count, 25)
    return len(queries)


@pytest.mark.django_db
def test_query_count_does_not_grow_with_events(client, personas):
    client.force_login(personas.province_admin)
    small = _page_queries(client, personas, 4)
    large = _page_queries(client, personas, 80)
    assert small == large
