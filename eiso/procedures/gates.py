"""The legal-time submit gate: a TTHC procedure whose steps take longer than the TTHC's legal
processing time cannot be submitted for review.

Steps in hours are converted at 8 working hours a day (`HOURS_PER_WORKING_DAY`), as is a legal
time published in hours, so "4 giờ" counts as 0,5 ngày làm việc on both sides.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from eiso.procedures.models import HOURS_PER_WORKING_DAY
from eiso.procedures.selectors import tthcs_for_document


def format_days(value: Decimal) -> str:
    """12 -> "12", 2.5 -> "2,5", 0.125 -> "0,13" (Vietnamese decimal comma)."""
    value = Decimal(value).quantize(Decimal("0.01")).normalize()
    text = f"{value:f}"
    return text.replace(".", ",")


def steps_total_days(edition) -> Decimal:
    total = Decimal(0)
    for duration, unit in edition.steps.values_list("duration", "duration_unit"):
        if duration is None:
            continue
        total += Decimal(duration) / HOURS_PER_WORKING_DAY if unit == "hours" else Decimal(duration)
    return total


def legal_time_check(edition) -> list[str]:
    """Messages for every TTHC (of the procedure's scopes) whose legal time the steps exceed."""
    document = edition.document
    if not getattr(document, "is_tthc", False):
        return []
    tthcs = tthcs_for_document(document)
    if not tthcs:
        return []
    total = steps_total_days(edition)
    return [
        _(
            "The steps add up to %(total)s working days, more than the legal processing time "
            "(%(limit)s working days) of TTHC %(code)s."
        )
        % {"total": format_days(total), "limit": format_days(tthc.legal_days), "code": tthc.code}
        for tthc in tthcs
        if total > tthc.legal_days
    ]
