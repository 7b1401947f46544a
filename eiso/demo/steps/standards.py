"""Step "standards": the editions of ISO 9001 (loaded once, from the data files) and the edition
each ISO unit's QMS follows — TCVN ISO 9001:2015 for every unit that has started its QMS."""

from __future__ import annotations

from eiso.demo.context import BuiltProvince, Context
from eiso.demo.pipeline import step
from eiso.standards.loader import load_standards
from eiso.standards.models import ISOUnitEdition
from eiso.standards.selectors import edition_by_code

FOLLOWED_EDITION = "TCVN ISO 9001:2015"


@step("standards", order=12)
def build_standards(ctx: Context, province: BuiltProvince) -> None:
    if not ctx.stats["standards_loaded"]:
        load_standards()
        ctx.stats["standards_loaded"] = 1
    edition = edition_by_code(FOLLOWED_EDITION)
    if edition is None:
        return
    seen = set()
    for agency in province.agencies:
        if agency.iso_unit_id in seen or agency.status == "not_started":
            continue
        seen.add(agency.iso_unit_id)
        ctx.writer.add(
            ISOUnitEdition(
                id=ctx.uuid("iso_unit_edition", agency.iso_unit_id),
                iso_unit_id=agency.iso_unit_id,
                edition_id=edition.pk,
            )
        )
    ctx.stats["iso_unit_editions"] += len(seen)
