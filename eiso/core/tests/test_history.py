""" "Lịch sử" on any object: registry, page, htmx panel, permissions and query counts."""

import datetime as dt
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.core import audit, history
from eiso.core.models import AuditEvent
from eiso.organizations import events
from eiso.organizations.models import Membership, RoleGrant, SteeringCommittee
from tests.support.matrix import check_matrix

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
READERS_OF_AGENCY = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}


def _url(obj, **query):
    url = reverse("core:history", args=[obj._meta.label_lower, str(obj.pk)])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def _record_at(moment, **kwargs):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        return audit.record(**kwargs)


def _events_state():
    return list(AuditEvent.objects.values_list("id", "action").order_by("id"))


# Registry ------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_load_fetches_and_authorises(personas):
    agency = personas.world.agency
    assert history.load(personas.staff, "organizations.agency", str(agency.pk)) == agency
    assert history.load(personas.other_agency, "organizations.agency", str(agency.pk)) is None
    assert history.load(personas.admin, "organizations.agency", "not-a-uuid") is None
    assert history.load(personas.admin, "unknown.thing", str(agency.pk)) is None
    assert history.load(None, "organizations.agency", str(agency.pk)) is None


@pytest.mark.django_db
def test_an_app_registration_replaces_the_default(personas):
    agency = personas.world.agency
    original = history._entries()["organizations.agency"]
    try:
        history.register("organizations.agency", lambda user, object_id: None)
        assert history.load(personas.admin, "organizations.agency", str(agency.pk)) is None
    finally:
        history._REGISTRY["organizations.agency"] = original
    assert history.load(personas.admin, "organizations.agency", str(agency.pk)) == agency


def test_display_value_formats_dates_booleans_and_empty_values():
    assert history.display_value("2026-03-05") == "05/03/2026"
    assert history.display_value("2026-03-05T01:30:00+00:00") == "05/03/2026 08:30"
    assert history.display_value(None) == "—"
    assert history.display_value("") == "—"
    assert history.display_value(["a", "b"]) == "a, b"
    assert history.display_value(7) == "7"


@pytest.mark.django_db
def test_field_labels_come_from_verbose_names(personas):
    assert history.field_label("organizations.unit", "name") == "Tên"
    # Only the first letter changes case: abbreviations keep theirs.
    assert history.object_type_label("organizations.steeringdecision") == (
        "Quyết định về Ban chỉ đạo ISO"
    )
    assert history.object_type_label("no.such_model") == "no.such_model"
    assert history.field_label("organizations.unit", "no_such_field") == "No such field"
    assert history.field_label("organizations.steeringdecision", "legal_bases") == "Căn cứ pháp lý"


# Page ----------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_history_lists_events_newest_first_with_time_actor_action_and_changes(client, personas):
    unit = personas.world.division
    _record_at(
        dt.datetime(2026, 3, 5, 8, 15, tzinfo=HANOI),
        actor=personas.admin,
        action=events.UNIT_CREATE,
        obj=unit,
        changes=audit.created({"name": "Phòng Giáo dục phổ thông"}),
    )
    _record_at(
        dt.datetime(2026, 3, 6, 14, 40, tzinfo=HANOI),
        actor=personas.iso,
        action=events.UNIT_UPDATE,
        obj=unit,
        changes={"name": ["Phòng Giáo dục phổ thông", "Phòng Giáo dục Trung học"]},
    )
    client.force_login(personas.head)
    response = client.get(_url(unit))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lịch sử: Phòng Giáo dục phổ thông" in html
    rows = response.context["rows"]
    assert [r.event.action for r in rows] == [events.UNIT_UPDATE, events.UNIT_CREATE]
    assert rows[0].action == audit.action_label(events.UNIT_UPDATE)
    name_label = history.field_label("organizations.unit", "name")
    assert rows[0].changes == [
        history.Change(name_label, "Phòng Giáo dục phổ thông", "Phòng Giáo dục Trung học")
    ]
    assert rows[1].changes == [history.Change(name_label, "—", "Phòng Giáo dục phổ thông")]
    assert html.index("06/03/2026 14:40") < html.index("05/03/2026 08:15")
    assert "Hoàng Thị Thư" in html and "Quản Trị Viên" in html
    assert "<del>Phòng Giáo dục phổ thông</del>" in html
    assert "<ins>Phòng Giáo dục Trung học</ins>" in html
    assert "Giá trị cũ" in html and "Giá trị mới" in html
    back = reverse("organizations:unit_tree", args=[unit.agency_id])
    assert f'href="{back}"' in html and "Quay lại" in html


@pytest.mark.django_db
def test_history_without_events_says_so(client, personas):
    client.force_login(personas.admin)
    response = client.get(_url(personas.world.office))
    assert response.status_code == 200
    assert "Chưa có thay đổi nào được ghi nhận." in response.content.decode()


@pytest.mark.django_db
def test_htmx_request_gets_the_panel_only(client, personas):
    audit.record(actor=personas.admin, action=events.UNIT_UPDATE, obj=personas.world.office)
    client.force_login(personas.iso)
    response = client.get(_url(personas.world.office), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'data-testid="history-panel"' in html
    assert html.count('data-testid="history-event"') == 1


@pytest.mark.django_db
def test_agency_history_includes_sub_objects_on_request(client, personas):
    world = personas.world
    audit.record(actor=personas.admin, action=events.AGENCY_UPDATE, obj=world.agency)
    audit.record(actor=personas.iso, action=events.UNIT_CREATE, obj=world.office)
    audit.record(actor=personas.iso, action=events.UNIT_CREATE, obj=world.other_unit)
    client.force_login(personas.iso)
    own = client.get(_url(world.agency))
    assert [r.event.action for r in own.context["rows"]] == [events.AGENCY_UPDATE]
    assert "Hiển thị cả đối tượng con" in own.content.decode()
    both = client.get(_url(world.agency, sub=1))
    rows = both.context["rows"]
    assert [(r.event.action, r.event.object_repr) for r in rows] == [
        (events.UNIT_CREATE, "Văn phòng Sở"),
        (events.AGENCY_UPDATE, "Sở Giáo dục và Đào tạo"),
    ]
    # The sub-object's event links to its own history.
    assert rows[0].history_url == _url(world.office)
    assert _url(world.office) in both.content.decode()


@pytest.mark.django_db
def test_unit_history_includes_its_subtree_on_request(client, personas):
    world = personas.world
    audit.record(actor=personas.iso, action=events.UNIT_UPDATE, obj=world.subdivision)
    audit.record(actor=personas.iso, action=events.UNIT_UPDATE, obj=world.office)
    client.force_login(personas.iso)
    rows = client.get(_url(world.division, sub=1)).context["rows"]
    assert [r.event.object_repr for r in rows] == ["Tổ Kiểm định chất lượng"]


@pytest.mark.django_db
def test_history_is_paginated(client, personas, settings):
    settings.EISO_PAGE_SIZE = 4
    for index in range(6):
        audit.record(
            actor=personas.admin,
            action=events.UNIT_UPDATE,
            obj=personas.world.office,
            changes={"symbol": [f"VP{index}", f"VP{index + 1}"]},
        )
    client.force_login(personas.admin)
    first = client.get(_url(personas.world.office))
    second = client.get(_url(personas.world.office, page=2))
    assert len(first.context["rows"]) == 4
    assert [r.changes[0].new for r in second.context["rows"]] == ["VP2", "VP1"]
    assert "Trang 1/2" in first.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_history_refuses_writes(client, personas, method):
    audit.record(actor=personas.admin, action=events.UNIT_UPDATE, obj=personas.world.office)
    client.force_login(personas.admin)
    before = _events_state()
    response = getattr(client, method)(_url(personas.world.office))
    assert response.status_code == 405
    assert _events_state() == before


# Permissions ---------------------------------------------------------------------------------
@pytest.mark.django_db
def test_matrix_agency_history(client, personas):
    audit.record(actor=personas.admin, action=events.AGENCY_UPDATE, obj=personas.world.agency)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(_url(personas.world.agency, sub=1)),
        allowed=READERS_OF_AGENCY,
        state=_events_state,
        denied_statuses=(404,),
    )


@pytest.mark.django_db
def test_matrix_unit_membership_and_role_grant_history(client, personas):
    unit = personas.world.subdivision
    membership = Membership.objects.get(user=personas.staff)
    grant = RoleGrant.objects.get(user=personas.staff)
    for obj in (unit, membership, grant):
        check_matrix(
            personas,
            client,
            request=lambda c, p, obj=obj: c.get(_url(obj)),
            allowed=READERS_OF_AGENCY,
            state=_events_state,
            denied_statuses=(404,),
        )


@pytest.mark.django_db
def test_matrix_iso_unit_and_steering_committee_history(client, personas):
    agency = personas.world.agency
    committee = SteeringCommittee.objects.create(agency=agency)
    for obj in (agency.iso_unit, committee):
        check_matrix(
            personas,
            client,
            request=lambda c, p, obj=obj: c.get(_url(obj)),
            allowed=READERS_OF_AGENCY,
            state=_events_state,
            denied_statuses=(404,),
        )


@pytest.mark.django_db
def test_matrix_person_history(client, personas):
    """A person's own record; global and province administrators; the agency's managers."""
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(_url(personas.staff)),
        allowed={"admin", "province_admin", "head", "iso", "staff"},
        state=_events_state,
        denied_statuses=(404,),
    )


@pytest.mark.django_db
def test_matrix_province_history(client, personas):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(_url(personas.world.province)),
        allowed={"admin", "province_admin", "dost", "inspector"},
        state=_events_state,
        denied_statuses=(404,),
    )


# Query counts --------------------------------------------------------------------------------
def _history_queries(client, obj, count):
    for index in range(count):
        audit.record(
            actor=None,
            action=events.AGENCY_UPDATE,
            obj=obj,
            changes={"phone": [str(index), str(index + 1)], "is_active": [True, False]},
        )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(_url(obj, sub=1))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_history_query_count_does_not_grow_with_events(client, personas):
    world = personas.world
    client.force_login(personas.iso)
    small = _history_queries(client, world.agency, 3)
    audit.record(actor=None, action=events.AGENCY_UPDATE, obj=world.other_agency)
    client.force_login(personas.other_agency)
    large = _history_queries(client, world.other_agency, 60)
    assert small == large


# Template tags -------------------------------------------------------------------------------
@pytest.mark.django_db
def test_history_button_opens_the_panel_and_ignores_unregistered_types(personas):
    from django.template import Context, Template

    from eiso.core.models import NumberSequence

    template = Template("{% load history_tags %}{% history_button obj %}|{% history_url obj %}")
    office = personas.world.office
    html = template.render(Context({"obj": office}))
    url = _url(office)
    assert f'href="{url}"' in html and f'hx-get="{url}"' in html
    assert 'data-bs-target="#history-offcanvas"' in html and "Lịch sử" in html
    assert html.endswith(f"|{url}")
    sequence = NumberSequence(agency=personas.world.agency, year=2026, doc_type="QĐ")
    assert template.render(Context({"obj": sequence})).strip() == "|"
