"""Who may call each endpoint, by session and by token; the anonymous caller gets a 401."""

import pytest

from eiso.api.tests.conftest import bearer
from eiso.organizations.models import Agency, Membership, RoleGrant, Unit
from tests.support.matrix import check_matrix

EVERYONE = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
    "other_agency",
    "other_province",
}
# Readers of the agency under test: the province's administrator, overseer and inspector, and
# everyone working in it. The other agency's coordinator and the other province's are outsiders.
AGENCY_READERS = EVERYONE - {"other_agency", "other_province"}


def _state():
    return (
        list(Agency.objects.values_list("id", "name", "is_active").order_by("id")),
        list(Unit.objects.values_list("id", "name", "path").order_by("id")),
        list(Membership.objects.values_list("id", "is_active").order_by("id")),
        list(RoleGrant.objects.values_list("id", "is_active").order_by("id")),
    )


def _request(url, tokens, via):
    def request(client, persona):
        if via == "session" or persona == "anonymous":
            return client.get(url)
        client.logout()
        return client.get(url, **bearer(tokens[persona]))

    return request


@pytest.mark.parametrize("via", ["session", "token"])
@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/api/v1/me", EVERYONE),
        ("/api/v1/provinces", EVERYONE),
        ("/api/v1/agencies", EVERYONE),
        ("/api/v1/agencies/{agency}", AGENCY_READERS),
        ("/api/v1/agencies/{agency}/units", AGENCY_READERS),
        ("/api/v1/agencies/{agency}/people", AGENCY_READERS),
        ("/api/v1/agencies/{agency}/roles", AGENCY_READERS),
    ],
)
def test_permission_matrix(client, personas, world, tokens, via, path, allowed):
    url = path.format(agency=world.agency.pk)
    results = check_matrix(
        personas,
        client,
        request=_request(url, tokens, via),
        allowed=allowed,
        state=_state,
        allowed_statuses=(200,),
        denied_statuses=(404,),
        anonymous_statuses=(401,),
    )
    assert results["anonymous"] == 401


def test_foreign_agency_is_invisible_even_to_the_province_administrator(call, world):
    url = f"/api/v1/agencies/{world.foreign_agency.pk}"
    assert call("province_admin", url).status_code == 404
    assert call("dost", url).status_code == 404
    assert call("other_province", url).status_code == 200
    assert call("admin", url).status_code == 200
