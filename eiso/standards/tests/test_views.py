"""Pages and API of the standards app: permission matrix, ISO unit edition (audited, denied
writes change nothing), mapping side by side, constant query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.core import history
from eiso.core.models import AuditEvent
from eiso.standards import selectors, services
from eiso.standards.loader import load_standards
from eiso.standards.models import ISOUnitEdition
from tests.support.matrix import check_matrix
from tests.support.world import make_agency

pytestmark = pytest.mark.django_db

SIGNED_IN = {
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
MANAGERS = {"admin", "province_admin", "head", "iso"}


@pytest.fixture
def loaded(db):
    load_standards()


def test_reference_pages_are_read_by_every_signed_in_user(personas, client, loaded):
    e2008 = selectors.edition_by_code("TCVN ISO 9001:2008")
    e2015 = selectors.edition_by_code("TCVN ISO 9001:2015")
    urls = [
        reverse("standards:index"),
        reverse("standards:edition", args=[e2015.pk]),
        reverse("standards:mapping", args=[e2008.pk, e2015.pk]),
        "/api/v1/standards/editions",
        f"/api/v1/standards/editions/{e2015.pk}/clauses",
        f"/api/v1/standards/editions/{e2008.pk}/mappings?to={e2015.pk}",
    ]
    for url in urls:
        check_matrix(
            personas,
            client,
            request=lambda c, p, url=url: c.get(url),
            allowed=SIGNED_IN,
            anonymous_statuses=(302, 401),
        )


def test_mapping_page_shows_both_editions_side_by_side(personas, client, loaded):
    e2008 = selectors.edition_by_code("TCVN ISO 9001:2008")
    e2015 = selectors.edition_by_code("TCVN ISO 9001:2015")
    client.force_login(personas.staff)
    page = client.get(reverse("standards:mapping", args=[e2008.pk, e2015.pk])).content.decode()
    assert "<strong>4.2.3</strong> Kiểm soát tài liệu" in page
    assert '#clause-7.5"><strong>7.5</strong> Thông tin dạng văn bản' in page
    assert "Hành động phòng ngừa được thay bằng tư duy dựa trên rủi ro." in page
    tree = client.get(reverse("standards:edition", args=[e2015.pk])).content.decode()
    assert 'id="clause-7.5.3"' in tree
    assert "Phân phối, thu hồi bản hết hiệu lực" in tree


def test_iso_unit_edition_set_by_the_agency_managers(personas, client, loaded):
    iso_unit = personas.world.agency.iso_unit
    url = reverse("standards:iso_unit_edition", args=[iso_unit.pk])
    e2026 = selectors.edition_by_code("ISO 9001:2026")
    e2015 = selectors.edition_by_code("TCVN ISO 9001:2015")

    def state():
        return list(ISOUnitEdition.objects.values_list("iso_unit_id", "edition_id", "since"))

    def request(c, p):
        record = ISOUnitEdition.objects.filter(iso_unit=iso_unit).first()
        target = e2015 if record is not None and record.edition_id == e2026.pk else e2026
        return c.post(url, {"edition": str(target.pk), "since": "01/09/2026"})

    check_matrix(personas, client, request=request, allowed=MANAGERS, state=state)
    record = ISOUnitEdition.objects.get(iso_unit=iso_unit)
    assert selectors.isounit_edition(iso_unit) == record.edition
    assert AuditEvent.objects.filter(action="standards.isounit_edition_set").count() == 4
    client.force_login(personas.iso)
    assert client.get(history.url_for(record)).status_code == 200
    api = client.get(f"/api/v1/standards/iso-units/{iso_unit.pk}/edition").json()
    assert api["edition_code"] == record.edition.code and api["recorded"] is True


def test_future_date_is_refused_with_a_message(personas, client, loaded):
    iso_unit = personas.world.agency.iso_unit
    client.force_login(personas.iso)
    url = reverse("standards:iso_unit_edition", args=[iso_unit.pk])
    e2015 = selectors.edition_by_code("TCVN ISO 9001:2015")
    page = client.post(url, {"edition": str(e2015.pk), "since": "01/01/2099"}).content.decode()
    assert "Ngày không được ở trong tương lai." in page
    assert not ISOUnitEdition.objects.exists()


def test_isounit_edition_defaults_to_the_current_edition(personas, loaded):
    iso_unit = personas.world.agency.iso_unit
    assert selectors.isounit_edition(iso_unit).code == "TCVN ISO 9001:2015"
    services.isounit_edition_set(
        actor=personas.iso,
        iso_unit=iso_unit,
        edition=selectors.edition_by_code("ISO 9001:2026"),
    )
    assert selectors.isounit_edition(iso_unit).code == "ISO 9001:2026"


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_index_query_count_does_not_grow(personas, client, loaded, settings):
    settings.EISO_PAGE_SIZE = 50
    client.force_login(personas.admin)
    small = _count(client, reverse("standards:index"))
    for index in range(6):
        agency = make_agency(personas.world.province, f"Sở Thử {index}", f"ST{index}")
        services.isounit_edition_set(
            actor=personas.admin,
            iso_unit=agency.iso_unit,
            edition=selectors.edition_by_code("TCVN ISO 9001:2015"),
        )
    assert _count(client, reverse("standards:index")) == small


def test_index_search_finds_an_iso_unit_by_its_agency(personas, client, loaded):
    client.force_login(personas.admin)
    make_agency(personas.world.province, "Sở Xây dựng", "SXD")
    page = client.get(reverse("standards:index") + "?q=xây").content.decode()
    assert "Sở Xây dựng" in page
    assert "Sở Giáo dục" not in page
