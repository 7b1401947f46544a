"""Agency switcher: only to agencies the user belongs to; POST with CSRF; safe redirects."""

import pytest
from django.test import Client
from django.urls import reverse

from eiso.accounts.models import User
from eiso.core.models import AuditEvent
from eiso.organizations.models import Membership
from tests.support.matrix import check_matrix

SWITCH = reverse("accounts:switch_agency")
MY_WORK = reverse("core:my_work")


def _state():
    return list(User.objects.order_by("username").values_list("username", "active_agency_id"))


@pytest.fixture
def two_agency_staff(personas, world):
    """The staff member also works in the other agency of the province."""
    Membership.objects.create(user=personas.staff, agency=world.other_agency, position="Kiêm nhiệm")
    return personas.staff


def test_switch_matrix_only_members_of_the_agency(personas, client, world):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(SWITCH, {"agency": str(world.agency.pk)}),
        allowed={"head", "iso", "unit_head", "auditor", "staff"},
        state=_state,
    )


def test_switch_matrix_to_the_other_agency(personas, client, world):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(SWITCH, {"agency": str(world.other_agency.pk)}),
        allowed={"other_agency"},
        state=_state,
    )


def test_switch_changes_active_agency_records_event_and_goes_back(client, world, two_agency_staff):
    client.force_login(two_agency_staff)

    response = client.post(
        SWITCH, {"agency": str(world.other_agency.pk)}, HTTP_REFERER="http://testserver/to-chuc/"
    )

    assert response.status_code == 302
    assert response["Location"] == "http://testserver/to-chuc/"
    two_agency_staff.refresh_from_db()
    assert two_agency_staff.active_agency == world.other_agency
    event = AuditEvent.objects.get(action="user.switch_agency")
    assert event.actor == two_agency_staff
    assert event.changes == {"active_agency": ["Sở Giáo dục và Đào tạo", "Sở Y tế"]}
    response = client.get(MY_WORK)
    assert "Bạn đang làm việc tại Sở Y tế." in response.content.decode()


def test_switch_to_current_agency_records_nothing(client, personas, world):
    client.force_login(personas.staff)
    response = client.post(SWITCH, {"agency": str(world.agency.pk)})
    assert response.status_code == 302
    assert not AuditEvent.objects.filter(action="user.switch_agency").exists()


@pytest.mark.parametrize(
    ("next_url", "referer", "expected"),
    [
        ("/to-chuc/", "", "/to-chuc/"),
        ("https://evil.example.com/", "", MY_WORK),
        ("//evil.example.com/x", "", MY_WORK),
        ("", "https://evil.example.com/", MY_WORK),
        ("", "", MY_WORK),
    ],
)
def test_switch_redirect_is_never_off_site(
    client, world, two_agency_staff, next_url, referer, expected
):
    client.force_login(two_agency_staff)
    extra = {"HTTP_REFERER": referer} if referer else {}
    response = client.post(
        SWITCH, {"agency": str(world.other_agency.pk), "next": next_url}, **extra
    )
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("agency", ["", "khong-phai-uuid", "00000000-0000-0000-0000-000000000000"])
def test_switch_with_bad_agency_is_refused(client, personas, agency):
    client.force_login(personas.staff)
    before = _state()
    response = client.post(SWITCH, {"agency": agency})
    assert response.status_code == 403
    assert _state() == before


def test_switch_to_deactivated_agency_is_refused(client, world, two_agency_staff):
    world.other_agency.is_active = False
    world.other_agency.save(update_fields=["is_active"])
    client.force_login(two_agency_staff)
    before = _state()

    response = client.post(SWITCH, {"agency": str(world.other_agency.pk)})

    assert response.status_code == 403
    assert _state() == before


def test_switch_after_membership_ended_is_refused(client, world, two_agency_staff):
    Membership.objects.filter(user=two_agency_staff, agency=world.other_agency).update(
        is_active=False
    )
    client.force_login(two_agency_staff)
    response = client.post(SWITCH, {"agency": str(world.other_agency.pk)})
    assert response.status_code == 403


def test_switch_requires_post(client, personas, world):
    client.force_login(personas.staff)
    response = client.get(SWITCH, {"agency": str(world.agency.pk)})
    assert response.status_code == 405


def test_switch_without_csrf_token_is_refused(world, two_agency_staff):
    client = Client(enforce_csrf_checks=True)
    client.force_login(two_agency_staff)
    before = _state()

    response = client.post(SWITCH, {"agency": str(world.other_agency.pk)})

    assert response.status_code == 403
    assert _state() == before


def test_header_switcher_lists_only_own_agencies(client, world, two_agency_staff):
    client.force_login(two_agency_staff)
    html = client.get(reverse("accounts:profile")).content.decode()
    switcher = html.split('id="agency-switcher"')[1].split("</select>")[0]
    assert f'value="{world.agency.pk}"' in switcher
    assert f'value="{world.other_agency.pk}"' in switcher
    assert f'value="{world.foreign_agency.pk}"' not in switcher
