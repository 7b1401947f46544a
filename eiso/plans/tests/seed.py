"""Seed 002 (plan 187/KH-SGDĐT) entered through the services, from the texts of
``eiso.core.documents.samples.plan_187`` (one copy of the published plan in the code base)."""

from __future__ import annotations

import datetime as dt
import re

from eiso.core.documents import Heading, Paragraph, samples
from eiso.plans import services, timeframes
from eiso.plans.models import Plan

NUMBERED = re.compile(r"^(\d+)\. ")


def _text(paragraph: Paragraph) -> str:
    return "".join(run.text for run in paragraph.runs)


def sample_parts() -> dict:
    """The published plan split into the plan's fields."""
    document = samples.plan_187()
    parts: dict = {"opening": [], "purposes": [], "intro": [], "organisation": []}
    section = "opening"
    names = {"I.": "purposes", "II.": "intro", "III.": "organisation"}
    for block in document.body:
        if isinstance(block, Heading) and block.level == 1:
            section = names[block.number]
        elif section == "organisation":
            parts[section].append(block)
        else:
            parts[section].append(_text(block))
    opening = parts["opening"]
    sections: list[dict] = []
    for block in parts["organisation"][:-1]:
        if isinstance(block, Heading):
            sections.append({"heading": block.text, "paragraphs": []})
        elif NUMBERED.match(_text(block)):
            sections.append({"heading": "", "paragraphs": [NUMBERED.sub("", _text(block))]})
        else:
            sections[-1]["paragraphs"].append(_text(block))
    return {
        "title": document.summary,
        "preamble": [t for t in opening if t.startswith("Thực hiện")],
        "legal_bases": [t for t in opening if t.startswith("Căn cứ")],
        "preamble_closing": opening[-1],
        "purposes": [NUMBERED.sub("", t) for t in parts["purposes"]],
        "tasks_intro": parts["intro"][0],
        "implementation": sections,
        "closing": _text(parts["organisation"][-1]),
        "recipients": list(document.recipients.items),
        "archive": list(document.recipients.archive),
        "signer_authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer_name": "Đỗ Văn Khải",
        "appendix_title": document.appendices[0].title,
    }


def task_data(row: tuple[str, ...], year: int = 2022) -> services.TaskData:
    _order, content, lead, coordinating, when = row
    frame = timeframes.parse(when, year=year)
    return services.TaskData(
        content=content,
        lead_label=lead,
        coordinating_label=coordinating,
        timeframe_kind=frame.kind,
        start_date=frame.start_date,
        due_date=frame.due_date,
        rhythm=frame.rhythm,
        regulation=frame.regulation,
        timeframe_label=frame.label,
    )


def enter_plan_187(*, drafter, head, agency) -> Plan:
    """Draft by the ISO coordinator, issued by the head as 187/KH-SGDĐT on 07/02/2022."""
    from eiso.core.models import NumberSequence

    plan = services.plan_create(actor=drafter, agency=agency, year=2022)
    services.plan_update(actor=drafter, plan=plan, **sample_parts())
    for row in samples.PLAN_187_TASKS:
        services.task_add(actor=drafter, plan=plan, data=task_data(row))
    NumberSequence.objects.update_or_create(
        agency=agency, year=2022, doc_type="KH", defaults={"last_number": 186}
    )
    return services.plan_issue(actor=head, plan=plan, issued_on=dt.date(2022, 2, 7))
