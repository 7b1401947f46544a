"""Heavy operations: the steering decision download and a 100-task plan through eiso.core.documents."""

from __future__ import annotations

import dataclasses

from django.urls import reverse

from eiso.bench.registry import Call, Request, register_case
from eiso.core import documents
from eiso.core.documents import samples

PLAN_TASKS = 100


def plan_with_tasks(count: int = PLAN_TASKS) -> documents.OfficialDocument:
    """Plan 187/KH-SGDĐT with its appendix grown to `count` tasks (the sample's rows repeated)."""
    plan = samples.plan_187()
    rows = []
    for index in range(count):
        _number, content, lead, partners, when = samples.PLAN_187_TASKS[
            index % len(samples.PLAN_187_TASKS)
        ]
        rows.append((str(index + 1), content, lead, partners, when))
    appendix = plan.appendices[0]
    table = documents.Table(samples.PLAN_187_TASK_COLUMNS, rows)
    grown = documents.Appendix(appendix.title, [table], landscape=appendix.landscape)
    return dataclasses.replace(plan, appendices=(grown,))


def _decision(ctx, extension: str) -> Request:
    agency, decision = ctx.fixture("agency"), ctx.fixture("decision")
    path = reverse(
        "organizations:steering_decision_download", args=[agency.pk, str(decision.pk), extension]
    )
    return Request(ctx.user("iso"), path)


register_case("Steering decision DOCX", "docx", lambda ctx: _decision(ctx, "docx"))
register_case("Steering decision PDF", "pdf", lambda ctx: _decision(ctx, "pdf"))
register_case(
    f"Plan with {PLAN_TASKS} tasks: DOCX",
    "docx",
    lambda ctx: Call(lambda: documents.render_docx(plan_with_tasks())),
)
register_case(
    f"Plan with {PLAN_TASKS} tasks: PDF",
    "pdf",
    lambda ctx: Call(lambda: documents.render_pdf(plan_with_tasks())),
)
