"""The demo generator's external documents and records registers (one run for both)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from eiso.demo import pipeline
from eiso.demo.context import SCALES, BuiltProvince, Context
from eiso.demo.places import province_info
from eiso.demo.writer import BatchWriter
from eiso.organizations.models import Agency
from eiso.records import selectors as record_selectors
from eiso.records.models import RecordRegister
from eiso.references.models import ExternalDocument, ExternalStatusChange, Status

# The steps these two need (the whole generator takes much longer; the records registers' lines
# from procedures are covered by the records tests, here only the unit's own lines exist).
STEPS = {"organizations", "people", "references", "records"}


def _generate() -> None:
    ctx = Context(seed=1, scale=SCALES["demo"], writer=BatchWriter(), log=lambda _: None)
    registered = [s for s in pipeline.steps() if s.name in STEPS]
    for code in pipeline.province_codes(ctx.scale):
        province = BuiltProvince(info=province_info(code), id=ctx.uuid("province", code))
        ctx.provinces.append(province)
        for item in registered:
            item.run(ctx, province)
        ctx.writer.flush()


@pytest.mark.django_db
def test_demo_external_documents_and_records_registers():
    _generate()
    today = timezone.localdate()
    national = {d.number: d for d in ExternalDocument.objects.filter(province__isnull=True)}
    for number in (
        "19/2014/QĐ-TTg",
        "26/2014/TT-BKHCN",
        "30/2020/NĐ-CP",
        "118/2025/NĐ-CP",
        "TCVN ISO 9001:2015",
        "43/2019/QH14",
        "31/2024/QH15",
        "60/2014/QH13",
        "23/2015/NĐ-CP",
    ):
        assert number in national
    assert national["19/2014/QĐ-TTg"].issued_date == dt.date(2014, 3, 5)
    assert national["19/2014/QĐ-TTg"].status == Status.IN_FORCE
    old_standard = national["TCVN ISO 9001:2008"]
    assert old_standard.status == Status.REPLACED
    assert old_standard.replaced_by == national["TCVN ISO 9001:2015"]
    assert national["61/2018/NĐ-CP"].replaced_by == national["118/2025/NĐ-CP"]
    changed = ExternalDocument.objects.exclude(status=Status.IN_FORCE)
    assert ExternalStatusChange.objects.count() == changed.count()
    recent = ExternalDocument.objects.get(province__isnull=False, status=Status.AMENDED)
    assert today - dt.timedelta(days=21) <= recent.status_effective_date < today
    agencies = Agency.objects.filter(units__kind="office").distinct()
    assert agencies.exists()
    for agency in agencies:
        years = set(
            RecordRegister.objects.filter(agency=agency, established_on__isnull=False).values_list(
                "year", flat=True
            )
        )
        assert years == {today.year - 1, today.year}, agency.name
    register = RecordRegister.objects.filter(year=today.year).select_related("unit__agency")
    differing = [
        r
        for r in register[:10]
        if record_selectors.differences(r, record_selectors.current_lines(r.unit, r)).any
    ]
    assert differing
